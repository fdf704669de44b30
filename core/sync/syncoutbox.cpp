// The local outbox (see syncoutbox.h).
//
// sync_outbox holds one row per message that may need pushing, in the order it was first marked
// (seq). Triggers on messages add a row whenever a message is inserted or its version (revision,
// updated_at) changes, inside the saving statement, so a save and its mark are one durable write
// whoever saves (the form, an amendment, a pull). SyncLedger::setBase removes the row once the
// server has that version. The pending scan then reads the outbox, not the messages table.
//
// The table and triggers are created here rather than in a migration: migrations are split at ';',
// which a trigger body contains, and the first marking must happen in the same transaction as the
// triggers' creation so no save falls between the two.
#include "sync/syncoutbox.h"

#include "storage/database.h"
#include "storage/sqlerrortext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace relais::syncoutbox {

namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under SyncText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct SyncText
{
    Q_DECLARE_TR_FUNCTIONS(SyncText)
};

// Every message whose version differs from the one both sides last agreed on.
const char *const kSeed =
    "INSERT INTO sync_outbox (message_id) SELECT m.id FROM messages m "
    "LEFT JOIN sync_pushed p ON p.message_id = m.id "
    "WHERE (p.message_id IS NULL OR p.revision <> m.revision OR p.updated_at <> m.updated_at) "
    "AND NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE o.message_id = m.id) "
    "ORDER BY m.updated_at, m.id";

// Not INSERT OR IGNORE: the saving statement's own conflict clause (an upsert) would override it.
const char *const kMarkNew = " BEGIN INSERT INTO sync_outbox (message_id) SELECT NEW.id "
                             "WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE message_id = NEW.id); END";

QStringList sqliteStatements()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS sync_outbox (seq INTEGER PRIMARY KEY, "
                       "message_id TEXT NOT NULL UNIQUE)"),
        QLatin1String(kSeed),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS messages_outbox_insert AFTER INSERT ON messages") +
            QLatin1String(kMarkNew),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS messages_outbox_update AFTER UPDATE ON messages "
                       "WHEN NEW.revision IS NOT OLD.revision OR NEW.updated_at IS NOT OLD.updated_at") +
            QLatin1String(kMarkNew),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS messages_outbox_delete AFTER DELETE ON messages "
                       "BEGIN DELETE FROM sync_outbox WHERE message_id = OLD.id; END"),
    };
}

QStringList postgresStatements()
{
    return {
        QStringLiteral("SET LOCAL client_min_messages = warning"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS sync_outbox (seq BIGSERIAL PRIMARY KEY, "
                       "message_id TEXT NOT NULL UNIQUE)"),
        // Taken first, so no save commits between the marking below and the trigger's creation.
        QStringLiteral("LOCK TABLE messages IN SHARE ROW EXCLUSIVE MODE"),
        QLatin1String(kSeed),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION relais_outbox_mark() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN IF TG_OP = 'DELETE' THEN DELETE FROM sync_outbox WHERE message_id = OLD.id; "
            "RETURN OLD; END IF; "
            "IF TG_OP = 'INSERT' OR NEW.revision IS DISTINCT FROM OLD.revision "
            "OR NEW.updated_at IS DISTINCT FROM OLD.updated_at THEN "
            "INSERT INTO sync_outbox (message_id) VALUES (NEW.id) ON CONFLICT DO NOTHING; END IF; "
            "RETURN NEW; END $$"),
        QStringLiteral("CREATE OR REPLACE TRIGGER messages_outbox_mark AFTER INSERT OR UPDATE OR DELETE "
                       "ON messages FOR EACH ROW EXECUTE FUNCTION relais_outbox_mark()"),
    };
}

Result<bool> installed(Database &local)
{
    const bool sqlite = local.engine() == DatabaseUrl::Engine::Sqlite;
    QSqlQuery query(local.connection());
    const bool ok = query.exec(
        sqlite
            ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                             "('messages_outbox_insert', 'messages_outbox_update', 'messages_outbox_delete')")
            : QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'messages_outbox_mark' "
                             "AND tgrelid = 'messages'::regclass"));
    if (!ok || !query.next())
        return Error{
            SyncText::tr("cannot read the local store's triggers: %1").arg(sqlErrorText(query.lastError())),
            local.url().redacted()};
    return query.value(0).toInt() == (sqlite ? 3 : 1);
}

} // namespace

Status install(Database &local)
{
    const Result<bool> present = installed(local);
    if (!present)
        return present.error();
    if (*present)
        return success();
    if (Status begun = local.beginWrite(); !begun)
        return begun;
    Status done = success();
    const QStringList statements =
        local.engine() == DatabaseUrl::Engine::Sqlite ? sqliteStatements() : postgresStatements();
    for (const QString &statement : statements) {
        QSqlQuery query(local.connection());
        if (!query.exec(statement)) {
            done = Error{
                SyncText::tr("cannot prepare the local outbox: %1").arg(sqlErrorText(query.lastError())),
                local.url().redacted()};
            break;
        }
    }
    if (done && !local.connection().commit())
        done = Error{SyncText::tr("cannot prepare the local outbox: %1")
                         .arg(sqlErrorText(local.connection().lastError())),
                     local.url().redacted()};
    if (!done)
        local.connection().rollback();
    return done;
}

} // namespace relais::syncoutbox

// The outbox and change log of the call records and reviews (see supervisionsyncschema.h).
//
// Local: sync_supervision_outbox holds one row per changed key, in the order it last changed (seq).
// A trigger deletes the key's row and inserts it again, so a key changed while a push was reading it
// gets a higher seq and outlives the push, which deletes only the seqs it read. (No UNIQUE index and
// no conflict clause: the saving statement's upsert would override a trigger's conflict clause.)
// Server: sync_supervision_log holds one row per key, stamped in commit order by a BIGSERIAL taken
// under the same advisory lock as message writes (syncserverschema.cpp), so a reader whose cursor
// passed a number never misses a row that commits later with a smaller one.
//
// In code, not in a migration, as sync_outbox is: migrations are split at ';', which trigger bodies
// contain, and the first marking must be in the transaction that creates the triggers.
#include "supervision/supervisionsyncschema.h"

#include "storage/database.h"
#include "storage/sqlerrortext.h"
#include "sync/syncserverschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace relais::supervisionsyncschema {

namespace {

struct SupervisionSyncText
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionSyncText)
};

// One trigger: after `event` on `table`, the key made of `key1` and `key2` (NEW.… expressions) moves
// to the end of the outbox.
QString markTrigger(const QString &name, const QString &event, const QString &table, const QString &kind,
                    const QString &key1, const QString &key2)
{
    return QStringLiteral(
               "CREATE TRIGGER IF NOT EXISTS %1 AFTER %2 ON %3 BEGIN "
               "DELETE FROM sync_supervision_outbox WHERE kind = '%4' AND key1 = %5 AND key2 = %6; "
               "INSERT INTO sync_supervision_outbox (kind, key1, key2) VALUES ('%4', %5, %6); END")
        .arg(name, event, table, kind, key1, key2);
}

const QStringList kTriggers{
    QStringLiteral("calls_supervision_outbox_insert"), QStringLiteral("calls_supervision_outbox_update"),
    QStringLiteral("call_events_supervision_outbox_insert"),
    QStringLiteral("reviews_supervision_outbox_insert"), QStringLiteral("reviews_supervision_outbox_update")};

QStringList localStatements()
{
    const QString call = QString::fromLatin1(callKind);
    const QString review = QString::fromLatin1(reviewKind);
    const QString callKey1 = QStringLiteral("NEW.call_id");
    const QString callKey2 = QStringLiteral("NEW.operator_login");
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS sync_supervision_outbox (seq INTEGER PRIMARY KEY, "
                       "kind TEXT NOT NULL, key1 TEXT NOT NULL, key2 TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS sync_supervision_outbox_key ON sync_supervision_outbox "
                       "(kind, key1, key2)"),
        // What was stored before: every call (and events without a call row) and every review.
        QStringLiteral("DELETE FROM sync_supervision_outbox"),
        QStringLiteral(
            "INSERT INTO sync_supervision_outbox (kind, key1, key2) SELECT '%1', call_id, "
            "operator_login FROM (SELECT call_id, operator_login, MIN(offered_at) AS t FROM calls "
            "GROUP BY call_id, operator_login UNION SELECT e.call_id, e.operator_login, MIN(e.at) "
            "FROM call_events e WHERE NOT EXISTS (SELECT 1 FROM calls c WHERE c.call_id = e.call_id "
            "AND c.operator_login = e.operator_login) GROUP BY e.call_id, e.operator_login) "
            "ORDER BY t")
            .arg(call),
        QStringLiteral("INSERT INTO sync_supervision_outbox (kind, key1, key2) SELECT '%1', message_id, '' "
                       "FROM reviews ORDER BY created_at")
            .arg(review),
        markTrigger(kTriggers[0], QStringLiteral("INSERT"), QStringLiteral("calls"), call, callKey1,
                    callKey2),
        markTrigger(kTriggers[1], QStringLiteral("UPDATE"), QStringLiteral("calls"), call, callKey1,
                    callKey2),
        markTrigger(kTriggers[2], QStringLiteral("INSERT"), QStringLiteral("call_events"), call, callKey1,
                    callKey2),
        markTrigger(kTriggers[3], QStringLiteral("INSERT"), QStringLiteral("reviews"), review,
                    QStringLiteral("NEW.message_id"), QStringLiteral("''")),
        markTrigger(kTriggers[4], QStringLiteral("UPDATE"), QStringLiteral("reviews"), review,
                    QStringLiteral("NEW.message_id"), QStringLiteral("''")),
    };
}

Error failure(Database &db, const QString &detail)
{
    return Error{
        SupervisionSyncText::tr("cannot prepare the sync of call records and reviews: %1").arg(detail),
        db.url().redacted()};
}

// Runs `statements` in one write transaction; nothing is left half-done.
Status runAll(Database &db, const QStringList &statements, bool lockServer)
{
    if (Status begun = db.beginWrite(); !begun)
        return begun;
    Status done = lockServer ? syncserver::lockWrites(db) : success();
    for (const QString &statement : statements) {
        if (!done)
            break;
        QSqlQuery query(db.connection());
        if (!query.exec(statement))
            done = failure(db, sqlErrorText(query.lastError()));
    }
    if (done && !db.connection().commit())
        done = failure(db, sqlErrorText(db.connection().lastError()));
    if (!done)
        db.connection().rollback();
    return done;
}

} // namespace

Status installLocal(Database &local)
{
    if (local.engine() != DatabaseUrl::Engine::Sqlite)
        return failure(local, SupervisionSyncText::tr("a console's store must be SQLite"));
    QSqlQuery query(local.connection());
    if (!query.exec(
            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ('") +
            kTriggers.join(QStringLiteral("', '")) + QStringLiteral("')")) ||
        !query.next())
        return failure(local, sqlErrorText(query.lastError()));
    if (query.value(0).toInt() == kTriggers.size())
        return success();
    query.finish();
    return runAll(local, localStatements(), false);
}

Status installServer(Database &server)
{
    QSqlQuery query(server.connection());
    if (!query.exec(QStringLiteral("SELECT to_regclass('sync_supervision_log') IS NOT NULL")) ||
        !query.next())
        return failure(server, sqlErrorText(query.lastError()));
    if (query.value(0).toBool())
        return success();
    query.finish();
    // Under the write lock: two consoles connecting together would race on CREATE TABLE IF NOT EXISTS.
    return runAll(
        server,
        {QStringLiteral("SET LOCAL client_min_messages = warning"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS sync_supervision_log (seq BIGSERIAL PRIMARY KEY, "
                        "kind TEXT NOT NULL, key1 TEXT NOT NULL, key2 TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS sync_supervision_log_key ON sync_supervision_log "
                        "(kind, key1, key2)")},
        true);
}

} // namespace relais::supervisionsyncschema

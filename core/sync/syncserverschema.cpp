// The server side of the pull cursor.
//
// Every insert or update of a message on the server gets the next value of relais_sync_seq in
// messages.server_seq, from a trigger, so a console's direct write is stamped as well as a push.
// A console pulls "server_seq > my cursor" in order. A sequence alone would lose rows: a transaction
// that took number 10 may commit after one that took 11, and a reader that already moved its cursor
// to 11 would never see 10. So the trigger first takes a transaction-scoped advisory lock: writers
// of messages hold it from their first stamped row to their commit, numbers are handed out in
// commit order, and any row a reader cannot see yet has a higher number than every row it can see.
// Message writes on the server are serialized by this; a push is one batch in one transaction.
//
// The trigger lives here rather than in a migration because migrations are shared with SQLite and
// split at ';', which a function body contains.
#include "sync/syncserverschema.h"

#include "storage/database.h"
#include "storage/sqlerrortext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace relais::syncserver {

namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under SyncText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct SyncText
{
    Q_DECLARE_TR_FUNCTIONS(SyncText)
};

} // namespace

Status lockWrites(Database &server)
{
    QSqlQuery query(server.connection());
    if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(writeLockKey)))
        return Error{SyncText::tr("cannot lock the shared messages: %1").arg(sqlErrorText(query.lastError())),
                     server.url().redacted()};
    return success();
}

Status install(Database &server)
{
    if (server.engine() != DatabaseUrl::Engine::Postgres)
        return Error{SyncText::tr("the shared database must be PostgreSQL"), server.url().redacted()};
    // Installed already: leave it. Replacing a trigger locks the messages table against every
    // writer, and would wait behind any open write transaction, at each console's every reconnect.
    {
        QSqlQuery query(server.connection());
        if (!query.exec(QStringLiteral("SELECT 1 FROM pg_trigger WHERE tgname = 'messages_sync_stamp' "
                                       "AND tgrelid = 'messages'::regclass")))
            return Error{SyncText::tr("cannot read the shared database's triggers: %1")
                             .arg(sqlErrorText(query.lastError())),
                         server.url().redacted()};
        if (query.next())
            return success();
    }
    const QStringList statements{
        QStringLiteral("SET LOCAL client_min_messages = warning"), // no "already exists" notices
        QStringLiteral("CREATE SEQUENCE IF NOT EXISTS relais_sync_seq"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION relais_sync_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN PERFORM pg_advisory_xact_lock(%1); "
            "NEW.server_seq := nextval('relais_sync_seq'); PERFORM pg_notify('relais_sync', ''); "
            "RETURN NEW; END $$")
            .arg(writeLockKey),
        QStringLiteral("CREATE OR REPLACE TRIGGER messages_sync_stamp BEFORE INSERT OR UPDATE ON messages "
                       "FOR EACH ROW EXECUTE FUNCTION relais_sync_stamp()"),
        // Rows written before the trigger existed (a server that held messages before 0004) get a
        // number too: the update fires the trigger.
        QStringLiteral("UPDATE messages SET server_seq = 0 WHERE server_seq = 0"),
    };
    // Two consoles starting together would race on CREATE OR REPLACE; the lock makes it one at a time.
    if (Status begun = server.beginWrite(); !begun)
        return begun;
    Status done = lockWrites(server);
    for (const QString &statement : statements) {
        if (!done)
            break;
        QSqlQuery query(server.connection());
        if (!query.exec(statement))
            done = Error{SyncText::tr("cannot prepare the shared database for sync: %1")
                             .arg(sqlErrorText(query.lastError())),
                         server.url().redacted()};
    }
    if (done && !server.connection().commit())
        done = Error{SyncText::tr("cannot prepare the shared database for sync: %1")
                         .arg(sqlErrorText(server.connection().lastError())),
                     server.url().redacted()};
    if (!done)
        server.connection().rollback();
    return done;
}

} // namespace relais::syncserver

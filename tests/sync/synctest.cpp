// Sync through a real PostgreSQL: consoles converge, nothing is lost or doubled across a server
// outage or a crash, and a message amended on two consoles keeps its losing version.
#include "sync/privatepostgres.h"
#include "sync/synctestsupport.h"

#include "storage/migrationrunner.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace relais;
using test::Console;

namespace {

QString freshServer()
{
    return test::freshPostgresDatabase(QStringLiteral("relais_sync"));
}

SyncReport syncOrFail(Console &console)
{
    Result<SyncReport> report = console.engine->syncUntilIdle();
    if (!report)
        FAIL(report.error().toString().toStdString());
    return *report;
}

qint64 inAnHour()
{
    return QDateTime::currentMSecsSinceEpoch() + 3'600'000;
}

QJsonObject lostRow(Database &db, const QString &messageId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT lost_row FROM message_conflicts WHERE message_id = ?"));
    query.addBindValue(messageId);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

} // namespace

TEST_CASE("two consoles converge through one server: each sees every message of both", "[postgres]")
{
    const QString server = freshServer();
    Console a(server);
    Console b(server);
    const Message fromA = a.save(QStringLiteral("Rappeler Mme Martin"));
    a.save(QStringLiteral("Livraison demain"));
    a.save(QStringLiteral("Urgent: fuite"));
    const Message fromB = b.save(QStringLiteral("Devis à envoyer"));
    b.save(QStringLiteral("RDV annulé"));

    const SyncReport first = syncOrFail(a);
    CHECK(first.pushed == 3);
    CHECK(first.pulled == 0);
    const SyncReport second = syncOrFail(b);
    CHECK(second.pushed == 2);
    CHECK(second.pulled == 3);
    const SyncReport third = syncOrFail(a);
    CHECK(third.pushed == 0);
    CHECK(third.pulled == 2);

    CHECK(a.count() == 5);
    CHECK(b.count() == 5);
    CHECK(*a.engine->pendingCount() == 0);
    CHECK(*b.engine->pendingCount() == 0);
    REQUIRE(b.find(fromA.id).has_value());
    CHECK(b.find(fromA.id)->notes == QStringLiteral("Rappeler Mme Martin"));
    CHECK(a.find(fromB.id)->notes == QStringLiteral("Devis à envoyer"));
    CHECK(a.conflictRows() == 0);
    CHECK(b.conflictRows() == 0);

    // An amendment travels too, and a pulled message is not pushed back.
    b.amend(fromA.id, QStringLiteral("Rappeler Mme Martin avant 18h"), 2,
            fromA.updatedAt.toMSecsSinceEpoch() + 1000);
    CHECK(*b.engine->pendingCount() == 1);
    CHECK(syncOrFail(b).pushed == 1);
    CHECK(syncOrFail(a).pulled == 1);
    CHECK(a.find(fromA.id)->notes == QStringLiteral("Rappeler Mme Martin avant 18h"));
    CHECK(a.find(fromA.id)->revision == 2);
    CHECK(*a.engine->pendingCount() == 0);
    auto shared = test::openUrl(server);
    CHECK(test::scalar(*shared, QStringLiteral("SELECT COUNT(*) FROM messages")) == 5);
}

TEST_CASE("500 messages pushed across a server outage reach the server exactly once", "[postgres]")
{
    test::PrivatePostgres postgres;
    INFO(postgres.error().toStdString());
    REQUIRE(postgres.error().isEmpty());
    Console console(postgres.url(), 100);
    for (int i = 0; i < 500; ++i)
        console.save(QStringLiteral("message %1").arg(i));

    const Result<SyncReport> firstBatch = console.engine->pushBatch();
    REQUIRE(firstBatch.ok());
    CHECK(firstBatch->pushed == 100);
    REQUIRE(postgres.stop());

    const Result<SyncReport> offline = console.engine->pushBatch();
    REQUIRE_FALSE(offline.ok());
    CHECK_FALSE(offline.error().where.contains(QStringLiteral("password")));
    CHECK(*console.engine->pendingCount() == 400);
    CHECK_FALSE(console.engine->syncUntilIdle().ok());

    REQUIRE(postgres.start());
    const SyncReport rest = syncOrFail(console);
    CHECK(rest.pushed == 400);
    CHECK(*console.engine->pendingCount() == 0);
    auto shared = test::openUrl(postgres.url());
    CHECK(test::scalar(*shared, QStringLiteral("SELECT COUNT(*) FROM messages")) == 500);
    CHECK(test::scalar(*shared, QStringLiteral("SELECT COUNT(DISTINCT id) FROM messages")) == 500);
    CHECK(test::scalar(*shared, QStringLiteral("SELECT COUNT(DISTINCT server_seq) FROM messages")) == 500);
    CHECK(test::scalar(*shared, QStringLiteral("SELECT COUNT(*) FROM message_conflicts")) == 0);
}

TEST_CASE("a push the server committed but the console never recorded is pushed again harmlessly",
          "[postgres]")
{
    const QString server = freshServer();
    Console console(server);
    for (int i = 0; i < 10; ++i)
        console.save(QStringLiteral("message %1").arg(i));
    CHECK(syncOrFail(console).pushed == 10);

    // The crash: the server has the versions, the console's record of them is gone. That record is
    // one local transaction (the acknowledged versions and the outbox rows they clear), lost whole.
    QSqlQuery forget(console.db->connection());
    REQUIRE(forget.exec(QStringLiteral("DELETE FROM sync_pushed")));
    REQUIRE(forget.exec(QStringLiteral("INSERT INTO sync_outbox (message_id) SELECT id FROM messages")));
    CHECK(*console.engine->pendingCount() == 10);

    const SyncReport again = syncOrFail(console);
    CHECK(again.pushed == 10);
    CHECK(again.conflicts.isEmpty());
    CHECK(*console.engine->pendingCount() == 0);
    auto shared = test::openUrl(server);
    CHECK(test::scalar(*shared, QStringLiteral("SELECT COUNT(*) FROM messages")) == 10);
    CHECK(test::scalar(*shared, QStringLiteral("SELECT MAX(revision) FROM messages")) == 1);
    CHECK(test::scalar(*shared, QStringLiteral("SELECT COUNT(*) FROM message_conflicts")) == 0);
}

TEST_CASE("amended on two consoles at one revision: the later update wins and the other is kept",
          "[postgres]")
{
    const QString server = freshServer();
    Console a(server);
    Console b(server);
    const qint64 t0 = inAnHour(); // ahead of the clock, so saves keep these times
    const Message m = a.save(QStringLiteral("original"), t0);
    syncOrFail(a);
    syncOrFail(b);
    a.amend(m.id, QStringLiteral("amended on A"), 2, t0 + 1000);
    b.amend(m.id, QStringLiteral("amended on B"), 2, t0 + 2000);
    syncOrFail(a);

    const SyncReport atB = syncOrFail(b);
    REQUIRE(atB.conflicts.size() == 1);
    CHECK(atB.conflicts[0].localKept);
    CHECK(atB.conflicts[0].kept == MessageVersion{2, t0 + 2000});
    CHECK(atB.conflicts[0].lost == MessageVersion{2, t0 + 1000});
    const SyncReport atA = syncOrFail(a);
    CHECK(atA.conflicts.isEmpty());
    CHECK(a.find(m.id)->notes == QStringLiteral("amended on B"));
    CHECK(b.find(m.id)->notes == QStringLiteral("amended on B"));

    // The losing version is on the server and on the console that settled it, whole.
    auto shared = test::openUrl(server);
    CHECK(lostRow(*shared, m.id).value(QStringLiteral("notes")).toString() == QStringLiteral("amended on A"));
    CHECK(lostRow(*b.db, m.id).value(QStringLiteral("notes")).toString() == QStringLiteral("amended on A"));
    CHECK(test::scalar(*shared, QStringLiteral("SELECT COUNT(*) FROM messages")) == 1);
}

TEST_CASE("the higher revision wins a conflict even when it is older, and the pulling console keeps its own",
          "[postgres]")
{
    const QString server = freshServer();
    Console a(server);
    Console b(server);
    const qint64 t0 = inAnHour(); // ahead of the clock, so saves keep these times
    const Message m = a.save(QStringLiteral("original"), t0);
    syncOrFail(a);
    syncOrFail(b);
    a.amend(m.id, QStringLiteral("A, first amendment"), 2, t0 + 1000);
    a.amend(m.id, QStringLiteral("A, second amendment"), 3, t0 + 1500);
    b.amend(m.id, QStringLiteral("B, later but one amendment"), 2, t0 + 9000);
    syncOrFail(a);

    // B pulls before pushing: its pending revision 2 meets the server's revision 3.
    const Result<SyncReport> pulled = b.engine->pullBatch();
    REQUIRE(pulled.ok());
    REQUIRE(pulled->conflicts.size() == 1);
    CHECK_FALSE(pulled->conflicts[0].localKept);
    CHECK(pulled->conflicts[0].detectedDuring == QStringLiteral("pull"));
    CHECK(b.find(m.id)->notes == QStringLiteral("A, second amendment"));
    CHECK(b.find(m.id)->revision == 3);
    CHECK(lostRow(*b.db, m.id).value(QStringLiteral("notes")).toString() ==
          QStringLiteral("B, later but one amendment"));
    CHECK(*b.engine->pendingCount() == 0);
    CHECK(syncOrFail(b).pushed == 0);
}

TEST_CASE("a console's own amendment pushed over a newer pull-time winner replaces the server's version",
          "[postgres]")
{
    const QString server = freshServer();
    Console a(server);
    Console b(server);
    const qint64 t0 = inAnHour(); // ahead of the clock, so saves keep these times
    const Message m = a.save(QStringLiteral("original"), t0);
    syncOrFail(a);
    syncOrFail(b);
    a.amend(m.id, QStringLiteral("A"), 2, t0 + 1000);
    b.amend(m.id, QStringLiteral("B"), 3, t0 + 500);
    syncOrFail(a);

    const Result<SyncReport> pulled = b.engine->pullBatch();
    REQUIRE(pulled.ok());
    REQUIRE(pulled->conflicts.size() == 1);
    CHECK(pulled->conflicts[0].localKept);
    CHECK(b.find(m.id)->notes == QStringLiteral("B"));
    CHECK(*b.engine->pendingCount() == 1);
    CHECK(syncOrFail(b).pushed == 1);
    syncOrFail(a);
    CHECK(a.find(m.id)->notes == QStringLiteral("B"));
    CHECK(lostRow(*b.db, m.id).value(QStringLiteral("notes")).toString() == QStringLiteral("A"));
}

TEST_CASE("migrating a shared database that already holds messages keeps them and makes them pullable",
          "[postgres]")
{
    const QString server = freshServer();
    {
        auto shared = test::openUrl(server);
        const Result<QList<Migration>> all = MigrationRunner::shipped();
        REQUIRE(all.ok());
        REQUIRE(MigrationRunner(*shared).apply(all->mid(0, 3)).ok()); // the schema before sync existed
        QSqlQuery insert(shared->connection());
        for (int i = 0; i < 3; ++i)
            REQUIRE(insert.exec(QStringLiteral("INSERT INTO messages (id, notes, created_at, updated_at) "
                                               "VALUES ('old-%1', 'kept %1', 1000, 1000)")
                                    .arg(i)));
    }
    Console console(server);
    const SyncReport report = syncOrFail(console);
    CHECK(report.pulled == 3);
    CHECK(console.find(QStringLiteral("old-1"))->notes == QStringLiteral("kept 1"));

    auto shared = test::openUrl(server);
    CHECK(shared->schemaVersion() == Database::latestSchemaVersion());
    REQUIRE(shared->migrate().ok()); // again: nothing changes
    CHECK(test::scalar(*shared, QStringLiteral("SELECT COUNT(*) FROM messages")) == 3);
    CHECK(test::scalar(*shared, QStringLiteral("SELECT COUNT(*) FROM messages WHERE server_seq > 0")) == 3);
    CHECK(syncOrFail(console).pulled == 0);
}

TEST_CASE(
    "two different amendments with one revision and one millisecond: the server's is kept, the other too",
    "[postgres]")
{
    const QString server = freshServer();
    Console a(server);
    Console b(server);
    const qint64 t0 = inAnHour();
    const Message m = a.save(QStringLiteral("original"), t0);
    syncOrFail(a);
    syncOrFail(b);
    a.amend(m.id, QStringLiteral("A"), 2, t0 + 1000);
    b.amend(m.id, QStringLiteral("B"), 2, t0 + 1000);
    syncOrFail(a);

    const SyncReport atB = syncOrFail(b);
    REQUIRE(atB.conflicts.size() == 1);
    CHECK_FALSE(atB.conflicts[0].localKept);
    CHECK(atB.pushed == 0);
    CHECK(atB.pulled == 1);
    CHECK(b.find(m.id)->notes == QStringLiteral("A"));
    CHECK(lostRow(*b.db, m.id).value(QStringLiteral("notes")).toString() == QStringLiteral("B"));
    CHECK(*b.engine->pendingCount() == 0);
}

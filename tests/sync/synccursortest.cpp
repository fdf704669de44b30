// The pull cursor against concurrent writers: a row numbered before another but committed after it
// must still be pulled (the server's write lock hands out numbers in commit order).
#include "sync/synctestsupport.h"

#include "common/clock.h"
#include "storage/messagerepository.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <thread>

using namespace relais;

namespace {

// A console pushing one message on its own thread; no Catch macros here (they are not thread-safe).
QString pushOneMessage(const QString &localPath, const QString &server)
{
    Result<std::unique_ptr<Database>> db =
        Database::open(*DatabaseUrl::parse(QStringLiteral("sqlite://") + localPath));
    if (!db)
        return db.error().toString();
    if (Status migrated = (*db)->migrate(); !migrated)
        return migrated.error().toString();
    Message m;
    m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.notes = QStringLiteral("fast writer");
    if (Status saved = MessageRepository(**db).save(m); !saved)
        return saved.error().toString();
    const SystemClock clock;
    SyncEngine engine(**db, *DatabaseUrl::parse(server), clock);
    const Result<SyncReport> report = engine.pushBatch();
    return report ? QString() : report.error().toString();
}

} // namespace

TEST_CASE("a pull never skips a row that took its number before another row but committed after it",
          "[postgres]")
{
    const QString server = test::freshPostgresDatabase(QStringLiteral("relais_sync"));
    test::Console reader(server);
    REQUIRE(reader.engine->syncUntilIdle().ok()); // prepares the server

    // A writer that stamps a row and keeps its transaction open.
    auto slow = test::openUrl(server);
    REQUIRE(slow->beginWrite().ok());
    QSqlQuery insert(slow->connection());
    REQUIRE(insert.exec(QStringLiteral("INSERT INTO messages (id, notes, created_at, updated_at) "
                                       "VALUES ('slow', 'slow writer', 1, 1)")));

    // Meanwhile another console pushes from its own thread: it must wait for the slow writer.
    QTemporaryDir dir;
    std::atomic<bool> done{false};
    QString pushError;
    std::thread other([&] {
        pushError = pushOneMessage(dir.filePath(QStringLiteral("other.db")), server);
        done = true;
    });
    auto watch = test::openUrl(server);
    bool waiting = false;
    for (int i = 0; i < 3000 && !done && !waiting; ++i) {
        QThread::msleep(10);
        waiting = test::scalar(*watch, QStringLiteral("SELECT COUNT(*) FROM pg_locks "
                                                      "WHERE locktype = 'advisory' AND NOT granted")) > 0;
    }
    const bool pushedBeforeCommit = done;
    // The reader pulls now: whatever it sees, its cursor must not pass the slow writer's row.
    REQUIRE(reader.engine->pullBatch().ok());
    REQUIRE(slow->connection().commit());
    other.join();
    INFO(pushError.toStdString());
    REQUIRE(pushError.isEmpty());
    CHECK_FALSE(pushedBeforeCommit);
    CHECK(waiting);

    REQUIRE(reader.engine->syncUntilIdle().ok());
    CHECK(reader.count() == 2);
    CHECK(reader.find(QStringLiteral("slow")).has_value());
}

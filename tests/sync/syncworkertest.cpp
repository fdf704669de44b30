// The sync worker on its own thread: the status bar's offline and synced states.
#include "sync/synctestsupport.h"

#include "support/testsupport.h"
#include "sync/syncworker.h"

#include <catch2/catch.hpp>

#include <QThread>

using namespace relais;

namespace {

// Runs a worker on a thread for the length of a test and records what it reports.
struct RunningWorker
{
    RunningWorker(const DatabaseUrl &local, const QString &shared, const Clock &clock)
    {
        SyncWorker::Options options;
        options.firstRetryMs = 20;
        options.maxRetryMs = 100;
        worker = new SyncWorker(local, *DatabaseUrl::parse(shared), clock, options);
        worker->moveToThread(&thread);
        QObject::connect(&thread, &QThread::started, worker, &SyncWorker::start);
        QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        QObject::connect(worker, &SyncWorker::statusChanged, &receiver,
                         [this](const SyncStatus &status) { statuses.push_back(status); });
        QObject::connect(worker, &SyncWorker::synced, &receiver,
                         [this](qint64 pushedNow, qint64) { pushed += pushedNow; });
        thread.start();
    }
    ~RunningWorker()
    {
        QMetaObject::invokeMethod(worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
    bool lastIs(SyncStatus::Kind kind) const { return !statuses.empty() && statuses.back().kind == kind; }

    QThread thread;
    QObject receiver; // lives on the test's thread, so the worker's signals arrive queued
    SyncWorker *worker = nullptr;
    std::vector<SyncStatus> statuses;
    qint64 pushed = 0;
};

} // namespace

TEST_CASE("the worker says offline since the first failure while the server is unreachable", "[postgres]")
{
    const QString unreachable =
        QStringLiteral("postgresql://postgres:secret@127.0.0.1:1/relais?connect_timeout=1");
    test::Console console(unreachable);
    console.save(QStringLiteral("one"));
    console.save(QStringLiteral("two"));
    const QDateTime nineFortyOne(QDate(2026, 11, 23), QTime(9, 41), Qt::UTC);
    const FixedClock clock(nineFortyOne);

    RunningWorker running(console.db->url(), unreachable, clock);
    REQUIRE(test::waitUntil([&] { return running.lastIs(SyncStatus::Kind::Offline); }, 20000));
    const SyncStatus offline = running.statuses.back();
    CHECK(offline.waiting == 2);
    CHECK(offline.offlineSince == nineFortyOne);
    CHECK(offline.text() == QStringLiteral("Offline since %1 (2 waiting)")
                                .arg(nineFortyOne.toLocalTime().toString(QStringLiteral("HH:mm"))));
    CHECK_FALSE(offline.lastError.contains(QStringLiteral("secret")));
    CHECK(running.pushed == 0);
}

TEST_CASE("the worker pushes what is waiting and then says synced", "[postgres]")
{
    const QString server = test::freshPostgresDatabase(QStringLiteral("relais_sync"));
    test::Console console(server);
    console.save(QStringLiteral("one"));
    console.save(QStringLiteral("two"));
    const SystemClock clock;

    RunningWorker running(console.db->url(), server, clock);
    REQUIRE(test::waitUntil([&] { return running.lastIs(SyncStatus::Kind::Synced); }, 20000));
    CHECK(running.statuses.back().text() == QStringLiteral("Synced"));
    CHECK(running.pushed == 2);
    auto shared = test::openUrl(server);
    CHECK(test::scalar(*shared, QStringLiteral("SELECT COUNT(*) FROM messages")) == 2);
}

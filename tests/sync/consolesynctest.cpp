// The console's sync as the operator sees it: the real main window over a temporary store, the sync
// worker on its thread against the test PostgreSQL, read through the status bar's sync label.
#include "privatepostgres.h"
#include "sync/synctestsupport.h"
#include "ui/uifixture.h"

#include "callarea.h"
#include "consolesync.h"
#include "delivery/deliveryids.h"
#include "delivery/deliveryrepository.h"
#include "followupview.h"
#include "statusbarview.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "sync/syncthread.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QUuid>

using namespace relais;
using namespace relais::test;

namespace {

QString syncText(const ConsoleFixture &console)
{
    return label(console.window.get(), "statusPendingSync")->text();
}

// Fast retries; a poll so rare that only a prompt sync can push within a test's wait.
SyncWorker::Options testOptions()
{
    SyncWorker::Options options;
    options.firstRetryMs = 50;
    options.maxRetryMs = 200;
    options.pollIntervalMs = 600'000;
    return options;
}

Message newMessage(const QString &notes)
{
    Message m;
    m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.callId = QStringLiteral("call-") + m.id.left(8);
    m.clientCode = QStringLiteral("LEROY");
    m.callerNumber = QStringLiteral("+33612345678");
    m.notes = notes;
    m.status = MessageStatus::Completed;
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.updatedAt = m.createdAt;
    return m;
}

// Saved as the message form saves: durably in the console's store, then CallArea::messageSaved
// (the form's own tests cover the keys that lead there).
void saveAsTheFormDoes(ConsoleFixture &console, const Message &m)
{
    const Status saved = console.services->messages().save(m);
    if (!saved)
        FAIL(saved.error().toString().toStdString());
    Q_EMIT console.window->callArea().messageSaved(m);
}

void saveMany(ConsoleFixture &console, int count)
{
    Database &db = console.services->database();
    REQUIRE(db.beginWrite().ok());
    for (int i = 0; i < count; ++i)
        REQUIRE(console.services->messages().save(newMessage(QStringLiteral("bulk %1").arg(i))).ok());
    REQUIRE(db.connection().commit());
}

qint64 serverCount(const QString &url, const QString &what = QStringLiteral("COUNT(*)"))
{
    auto shared = openUrl(url);
    // Before the worker's first connection the server has no schema yet.
    if (scalar(*shared, QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE tablename = 'messages'")) == 0)
        return 0;
    return scalar(*shared, QStringLiteral("SELECT %1 FROM messages").arg(what));
}

} // namespace

TEST_CASE("without a shared database the status bar says messages stay on this desk")
{
    ConsoleFixture console;
    ConsoleSync sync(*console.window, console.services->database().url(), QString(), *console.clock);
    sync.start();
    CHECK_FALSE(sync.isSyncing());
    CHECK(syncText(console) == QStringLiteral("Messages stay on this desk"));
}

TEST_CASE("a shared database that is not PostgreSQL turns the sync off and says why")
{
    ConsoleFixture console;
    ConsoleSync sync(*console.window, console.services->database().url(),
                     QStringLiteral("sqlite:///tmp/elsewhere.db"), *console.clock);
    sync.start();
    CHECK_FALSE(sync.isSyncing());
    CHECK(syncText(console).startsWith(QStringLiteral("Sync off: the shared database must be PostgreSQL")));
}

TEST_CASE("messages saved in the console reach the shared database at once and the status bar says Synced",
          "[postgres]")
{
    const QString server = freshPostgresDatabase(QStringLiteral("relais_console"));
    ConsoleFixture console;
    ConsoleSync sync(*console.window, console.services->database().url(), server, *console.clock,
                     testOptions());
    sync.start();
    REQUIRE(waitUntil([&] { return syncText(console) == QStringLiteral("Synced"); }, 20000));

    for (int i = 0; i < 3; ++i)
        saveAsTheFormDoes(console, newMessage(QStringLiteral("message %1").arg(i)));
    // The poll is ten minutes away: only the prompt sync after each save can get them there.
    REQUIRE(waitUntil([&] { return serverCount(server) == 3; }, 20000));
    REQUIRE(waitUntil([&] { return syncText(console) == QStringLiteral("Synced"); }, 20000));
    CHECK(serverCount(server, QStringLiteral("COUNT(DISTINCT id)")) == 3);
}

TEST_CASE("the status bar goes from offline with N waiting to Synced when the server comes back",
          "[postgres]")
{
    PrivatePostgres postgres;
    REQUIRE(postgres.error().isEmpty());
    REQUIRE(postgres.stop());
    ConsoleFixture console;
    ConsoleSync sync(*console.window, console.services->database().url(), postgres.url(), *console.clock,
                     testOptions());
    sync.start();
    REQUIRE(waitUntil([&] { return syncText(console).startsWith(QStringLiteral("Offline since")); }, 20000));
    for (int i = 0; i < 3; ++i)
        saveAsTheFormDoes(console, newMessage(QStringLiteral("while offline %1").arg(i)));
    REQUIRE(waitUntil([&] { return syncText(console).endsWith(QStringLiteral("(3 waiting)")); }, 20000));
    CHECK(label(console.window.get(), "statusPendingSync")
              ->toolTip()
              .contains(QStringLiteral("kept on this desk")));

    REQUIRE(postgres.start());
    REQUIRE(waitUntil([&] { return syncText(console) == QStringLiteral("Synced"); }, 30000));
    CHECK(serverCount(postgres.url()) == 3);
}

TEST_CASE("with the shared database's port closed the console says offline and keeps taking messages")
{
    ConsoleFixture console;
    const QString closedPort =
        QStringLiteral("postgresql://postgres:secret@127.0.0.1:1/relais?connect_timeout=1");
    ConsoleSync sync(*console.window, console.services->database().url(), closedPort, *console.clock,
                     testOptions());
    sync.start();
    REQUIRE(waitUntil([&] { return syncText(console).startsWith(QStringLiteral("Offline since")); }, 20000));
    // "Offline since" the fixed clock's time, in local time like every time the operator reads.
    const QString since = kTuesdayMorning.toLocalTime().toString(QStringLiteral("HH:mm"));
    CHECK(syncText(console).startsWith(QStringLiteral("Offline since ") + since));

    saveAsTheFormDoes(console, newMessage(QStringLiteral("first")));
    saveAsTheFormDoes(console, newMessage(QStringLiteral("second")));
    CHECK(*console.services->messages().count() == 2);
    REQUIRE(waitUntil([&] { return syncText(console).endsWith(QStringLiteral("(2 waiting)")); }, 20000));
    CHECK_FALSE(
        label(console.window.get(), "statusPendingSync")->toolTip().contains(QStringLiteral("secret")));
    CHECK(sync.isSyncing());
}

TEST_CASE("quitting in the middle of a sync loses nothing and the next start pushes the rest once",
          "[postgres]")
{
    const QString server = freshPostgresDatabase(QStringLiteral("relais_quit"));
    ConsoleFixture console;
    constexpr int kMessages = 3000;
    saveMany(console, kMessages);
    SyncWorker::Options small = testOptions();
    small.batchSize = 25; // many batches, so the stop falls between two of them
    {
        ConsoleSync sync(*console.window, console.services->database().url(), server, *console.clock, small);
        sync.start();
        REQUIRE(waitUntil([&] { return serverCount(server) > 0; }, 20000));
        sync.stop(); // what quitting does (QCoreApplication::aboutToQuit)
        CHECK_FALSE(sync.thread()->isRunning());
    }
    const qint64 onServer = serverCount(server);
    if (onServer == kMessages)
        WARN("the sync finished before the stop: the stop did not fall mid-sync this time");
    CHECK(serverCount(server, QStringLiteral("COUNT(DISTINCT id)")) == onServer);
    CHECK(*console.services->messages().count() == kMessages);

    // The next start: exactly the rest is pushed, nothing twice.
    ConsoleSync again(*console.window, console.services->database().url(), server, *console.clock, small);
    again.start();
    REQUIRE(waitUntil([&] { return syncText(console) == QStringLiteral("Synced"); }, 60000));
    CHECK(serverCount(server) == kMessages);
    CHECK(serverCount(server, QStringLiteral("COUNT(DISTINCT id)")) == kMessages);
}

TEST_CASE("with a shared database the follow-up list shows its deliveries and Ctrl+K acknowledges there",
          "[postgres]")
{
    const QString server = freshPostgresDatabase(QStringLiteral("relais_followups"));
    ConsoleFixture console;
    ConsoleSync sync(*console.window, console.services->database().url(), server, *console.clock,
                     testOptions());
    sync.start();
    REQUIRE(waitUntil([&] { return syncText(console) == QStringLiteral("Synced"); }, 20000));

    // relais-cli deliver --shared could not plan a message: its failed line is on the server only.
    auto shared = openUrl(server);
    delivery::DeliveryRepository deliveries(*shared);
    delivery::DeliveryPlan plan;
    plan.payload.message = newMessage(QStringLiteral("rappeler"));
    plan.payload.message.callerName = QStringLiteral("Mme Durand");
    REQUIRE(deliveries.recordNotPlanned(plan, {QStringLiteral("nobody on call")}, console.clock->now()).ok());
    const QString id = delivery::planningIssueId(plan.payload.message.id);

    FollowUpView &view = console.window->followUpView();
    const auto listed = [&] {
        for (const FollowUpItem &item : view.items())
            if (item.deliveryId == id)
                return true;
        return false;
    };
    sync.thread()->syncNow(); // read after the next round, off the console's thread
    REQUIRE(waitUntil(listed, 20000));

    auto *table = view.findChild<QTableWidget *>(QStringLiteral("followUpList"));
    REQUIRE(table);
    int row = 0;
    while (view.items().at(row).deliveryId != id)
        ++row;
    table->setCurrentCell(row, 0);
    view.setConfirmAcknowledge([](QWidget *, const FollowUpItem &) { return true; });
    QTest::keyClick(table, Qt::Key_K, Qt::ControlModifier);
    REQUIRE(waitUntil(
        [&] { return deliveries.find(id).value()->state == delivery::DeliveryState::Acknowledged; }, 20000));
    CHECK(deliveries.find(id).value()->acknowledgedHow == QStringLiteral("operator"));
    REQUIRE(waitUntil([&] { return !listed(); }, 20000));
    CHECK(console.window->statusBar()->currentMessage().startsWith(QStringLiteral("Acknowledged")));
}

// Callbacks promised in messages: the typed time, its checks, the store (both directions), the
// follow-up list over several providers, and dialing a callback with its outcome on the message.
#include "common/clock.h"
#include "cti/simulatorsource.h"
#include "followup/callbackdialer.h"
#include "followup/callbackqueue.h"
#include "followup/followuplist.h"
#include "storage/database.h"
#include "storage/databaseurl.h"
#include "storage/messagerepository.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTimeZone>

using namespace relais;

namespace {

QDateTime utc(int h, int m)
{
    return QDateTime(QDate(2026, 11, 23), QTime(h, m), Qt::UTC);
}

struct Store
{
    Store()
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(
            DatabaseUrl::parse(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")))
                .value());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(db->migrate().ok());
        messages = std::make_unique<MessageRepository>(*db);
    }

    Message promise(const QString &id, QDateTime at, CallbackState state = CallbackState::Pending)
    {
        Message m;
        m.id = id;
        m.clientCode = QStringLiteral("PLOMBERIE-MARTIN");
        m.callerName = QStringLiteral("Jean Dupont ") + id;
        m.callerNumber = QStringLiteral("+33611223344");
        m.notes = QStringLiteral("Fuite sous l'évier");
        m.status = MessageStatus::Completed;
        m.createdAt = utc(9, 0);
        m.callback = {std::move(at), QStringLiteral("+33611223344"), state};
        const Status saved = messages->save(m);
        REQUIRE(saved.ok());
        return m;
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<MessageRepository> messages;
};

} // namespace

TEST_CASE("the callback field reads minutes, hours from now and a time today")
{
    const QDateTime now = utc(10, 0);
    const QTimeZone tz = QTimeZone::utc();
    CHECK(parseCallbackTime(QStringLiteral("30"), now, tz) == utc(10, 30));
    CHECK(parseCallbackTime(QStringLiteral("30 min"), now, tz) == utc(10, 30));
    CHECK(parseCallbackTime(QStringLiteral("+45"), now, tz) == utc(10, 45));
    CHECK(parseCallbackTime(QStringLiteral("+1h"), now, tz) == utc(11, 0));
    CHECK(parseCallbackTime(QStringLiteral("dans 1h30"), now, tz) == utc(11, 30));
    CHECK(parseCallbackTime(QStringLiteral("14:30"), now, tz) == utc(14, 30));
    CHECK(parseCallbackTime(QStringLiteral("14h30"), now, tz) == utc(14, 30));
    CHECK(parseCallbackTime(QStringLiteral("à 9h"), now, tz) == utc(9, 0));
    const QTimeZone paris("Europe/Paris");
    CHECK(parseCallbackTime(QStringLiteral("14:30"), now, paris) == utc(13, 30));
    for (const char *bad : {"", "soon", "25:00", "14:75", "14:", "+1h99", "1 2 3", "99999999", "\x01\x02"})
        CHECK_FALSE(parseCallbackTime(QString::fromUtf8(bad), now, tz).isValid());
    CHECK_FALSE(parseCallbackTime(QString(5000, QLatin1Char('1')), now, tz).isValid());
}

TEST_CASE("a callback promise must be in the future, within a month, with a number")
{
    const QDateTime now = utc(10, 0);
    const QString number = QStringLiteral("+33611223344");
    CHECK(validateNewCallback({utc(10, 30), number, CallbackState::Pending}, now).ok());
    CHECK(validateNewCallback({utc(9, 59).addSecs(30), number, CallbackState::Pending}, now).ok()); // grace
    CHECK(validateNewCallback({utc(9, 0), number, CallbackState::Pending}, now)
              .error()
              .what.contains(QStringLiteral("past")));
    CHECK_FALSE(validateNewCallback({now.addDays(40), number, CallbackState::Pending}, now).ok());
    CHECK_FALSE(validateNewCallback({QDateTime(), number, CallbackState::Pending}, now).ok());
    CHECK(validateNewCallback({utc(11, 0), QStringLiteral("  "), CallbackState::Pending}, now)
              .error()
              .what.contains(QStringLiteral("number")));
}

TEST_CASE("a message keeps its callback promise in the store")
{
    Store store;
    store.promise(QStringLiteral("m1"), utc(11, 0));
    const auto found = store.messages->find(QStringLiteral("m1"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    const Message &m = **found;
    CHECK(m.callback.at == utc(11, 0));
    CHECK(m.callback.number == QStringLiteral("+33611223344"));
    CHECK(m.callback.state == CallbackState::Pending);
    CHECK(toString(CallbackState::Attempted) == QStringLiteral("attempted"));
    CHECK(callbackStateFromString(QStringLiteral("\xff garbage")) == CallbackState::None);
}

TEST_CASE("the follow-up list gives open callbacks due soon, by deadline, and takes other providers")
{
    Store store;
    store.promise(QStringLiteral("later"), utc(11, 0));
    store.promise(QStringLiteral("late"), utc(9, 30), CallbackState::Attempted);
    store.promise(QStringLiteral("soon"), utc(10, 20));
    store.promise(QStringLiteral("done"), utc(9, 0), CallbackState::Done);
    CallbackQueue callbacks(*store.db, 30);
    FollowUpList list;
    list.addProvider([&](const QDateTime &now) { return callbacks.followUps(now); });
    // A provider that gives a plain list (as DeliveryRepository::followUps does) and one that fails.
    list.addProvider([](const QDateTime &) {
        return QList<FollowUpItem>{{FollowUpKind::DeliveryFailed,
                                    QStringLiteral("d1"),
                                    QStringLiteral("X"),
                                    utc(10, 0),
                                    {},
                                    QStringLiteral("SMS refused"),
                                    QStringLiteral("delivery-1")}};
    });
    list.addProvider([](const QDateTime &) -> Result<QList<FollowUpItem>> {
        return Error{QStringLiteral("delivery log unreadable"), QStringLiteral("test")};
    });
    const FollowUpSnapshot snapshot = list.collect(utc(10, 0));
    QStringList ids;
    for (const FollowUpItem &item : snapshot.items)
        ids << item.messageId;
    CHECK(ids == QStringList{QStringLiteral("late"), QStringLiteral("d1"), QStringLiteral("soon")});
    CHECK(snapshot.items.first().kind == FollowUpKind::Callback);
    CHECK(snapshot.items.first().summary.contains(QStringLiteral("not reached")));
    CHECK(snapshot.items.first().number == QStringLiteral("+33611223344"));
    CHECK(snapshot.errors.size() == 1);
    CHECK(isOverdue(snapshot.items.first(), utc(10, 0)));
    CHECK_FALSE(isOverdue(snapshot.items.last(), utc(10, 0)));
    // Reminded once: only what fell due between two looks.
    CHECK(fallenDue(snapshot.items, utc(10, 0), utc(10, 25)).size() == 1);
    CHECK(fallenDue(snapshot.items, utc(10, 25), utc(10, 26)).isEmpty());
}

TEST_CASE("dialing a callback records the outcome: answered is done, busy stays to do")
{
    Store store;
    store.promise(QStringLiteral("m1"), utc(10, 0));
    FixedClock clock(utc(10, 5));
    SimulatorSource::Options options;
    options.dialedNumbers = {QStringLiteral("+33142685300")};
    options.callControlAfterMs = 10;
    SimulatorSource simulator(options, clock);
    CallControlResult::Outcome outcome = CallControlResult::Outcome::Busy;
    QStringList dialed;
    simulator.setCallControlOutcome([&](const CallControlRequest &request) {
        dialed << QStringLiteral("%1 %2").arg(toString(request.kind), request.destination);
        return outcome;
    });
    simulator.start();
    CallbackDialer dialer(&simulator, *store.messages, clock, QStringLiteral("camille"));
    int finished = 0;
    QObject::connect(&dialer, &CallbackDialer::finished, [&] { ++finished; });
    CallbackQueue queue(*store.db);
    const FollowUpItem item = queue.followUps(clock.now()).value().first();

    QString why;
    REQUIRE(dialer.dial(item, &why));
    CHECK_FALSE(dialer.dial(item, &why)); // one at a time
    REQUIRE(test::waitUntil([&] { return finished == 1; }));
    CHECK(dialed == QStringList{QStringLiteral("originate 0611223344")});
    Message m = store.messages->find(QStringLiteral("m1")).value().value();
    CHECK(m.callback.state == CallbackState::Attempted);
    REQUIRE(m.actions.size() == 1);
    CHECK(m.actions[0].kind == ActionKind::Callback);
    CHECK(m.actions[0].result == QStringLiteral("busy (simulated)"));
    CHECK(m.actions[0].confirmedBy == QStringLiteral("camille"));
    CHECK(queue.followUps(clock.now()).value().size() == 1); // still to do

    outcome = CallControlResult::Outcome::Answered;
    REQUIRE(dialer.dial(item, &why));
    REQUIRE(test::waitUntil([&] { return finished == 2; }));
    m = store.messages->find(QStringLiteral("m1")).value().value();
    CHECK(m.callback.state == CallbackState::Done);
    CHECK(m.actions.size() == 2);
    CHECK(m.revision >= 3); // each outcome is a new version, for sync
    CHECK(queue.followUps(clock.now()).value().isEmpty());
}

TEST_CASE("a callback to a number the dialing rules refuse fails before the PBX and is recorded")
{
    Store store;
    Message premium = store.promise(QStringLiteral("m2"), utc(10, 0));
    premium.callback.number = QStringLiteral("+33899123456");
    REQUIRE(store.messages->save(premium).ok());
    FixedClock clock(utc(10, 5));
    SimulatorSource::Options options;
    options.dialedNumbers = {QStringLiteral("+33142685300")};
    SimulatorSource simulator(options, clock);
    bool reached = false;
    simulator.setCallControlOutcome([&](const CallControlRequest &) {
        reached = true;
        return CallControlResult::Outcome::Answered;
    });
    simulator.start();
    CallbackDialer dialer(&simulator, *store.messages, clock, QStringLiteral("camille"));
    QString text;
    QObject::connect(&dialer, &CallbackDialer::finished,
                     [&](const QString &, bool, bool, const QString &t) { text = t; });
    QString why;
    REQUIRE(dialer.dial(CallbackQueue(*store.db).followUps(clock.now()).value().first(), &why));
    REQUIRE(test::waitUntil([&] { return !text.isEmpty(); }));
    CHECK_FALSE(reached);
    CHECK(text.contains(QStringLiteral("premium")));
    const Message m = store.messages->find(QStringLiteral("m2")).value().value();
    CHECK(m.callback.state == CallbackState::Attempted);
    CHECK(m.actions.last().result.contains(QStringLiteral("premium")));
}

// The planner sweep on a SQLite file and on the test PostgreSQL: messages saved through
// MessageRepository (as a console or sync does) are planned by the worker's round, once.
#include "deliverychecks.h"
#include "deliveryfixtures.h"
#include "deliveryrig.h"
#include "faketransport.h"

#include "common/clock.h"
#include "delivery/deliveryrepository.h"
#include "delivery/deliverysweep.h"
#include "delivery/deliveryworker.h"
#include "phone/phonenumbers.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/messagerepository.h"

#include <catch2/catch.hpp>

#include <QAtomicInt>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <array>
#include <atomic>

namespace relais::test {

using namespace relais::delivery;

namespace {

// The fixture's consignes with the greeting a stored document must have.
Consignes storable(Consignes c)
{
    c.greetings.open = QStringLiteral("{salutation}, cabinet de test, {operator} à votre écoute");
    return c;
}

int saveClient(Database &db, const Consignes &consignes)
{
    ClientRepository clients(db, phones());
    const Result<int> version = clients.save(storable(consignes), QStringLiteral("test"));
    INFO((version ? QString() : version.error().toString()).toStdString());
    REQUIRE(version.ok());
    return *version;
}

void saveMessage(Database &db, const Message &m)
{
    MessageRepository messages(db);
    const Status saved = messages.save(m);
    INFO((saved ? QString() : saved.error().toString()).toStdString());
    REQUIRE(saved.ok());
}

QList<DeliveryRecord> deliveriesOf(Database &db, const QString &messageId)
{
    DeliveryRepository repo(db);
    const Result<QList<DeliveryRecord>> r = repo.forMessage(messageId);
    REQUIRE(r.ok());
    return *r;
}

qint64 countRows(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QList<SweptMessage> sweepOnce(Database &db, const QDateTime &now, const QDateTime &since = {})
{
    DeliverySweep sweep(db, phones());
    const Result<QList<SweptMessage>> r = sweep.sweep(now, since, 3, QStringLiteral("sweeper"));
    INFO((r ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
    return *r;
}

} // namespace

void checkSweepPlansSavedMessages(Database &db)
{
    const QDateTime now = paris(2026, 11, 24, 3, 0); // night: alice is on call
    saveClient(db, deliveryConsignes());
    const Message urgent = deliveryMessage(newId(), QStringLiteral("urgent"), now.addSecs(-600));
    Message draft = deliveryMessage(newId(), QStringLiteral("urgent"), now.addSecs(-300));
    draft.status = MessageStatus::Draft;
    const Message old = deliveryMessage(newId(), QStringLiteral("urgent"), now.addDays(-3));
    saveMessage(db, urgent);
    saveMessage(db, draft);
    saveMessage(db, old);

    // One worker round plans the saved message, then sends it: nobody called planAndQueue.
    DeliveryRepository repo(db);
    FixedClock clock(now);
    FakeTransport email(Channel::Email);
    FakeTransport sms(Channel::Sms);
    WorkerOptions o;
    o.workerId = QStringLiteral("worker-a");
    DeliveryWorker worker(repo, clock, {{Channel::Email, &email}, {Channel::Sms, &sms}}, o);
    DeliverySweep sweep(db, phones());
    worker.setSweep(&sweep);
    const Result<RunReport> r = worker.runOnce();
    INFO((r ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
    REQUIRE(r->planned.size() == 1); // not the draft, not the message of three days ago
    CHECK(r->planned.first().messageId == urgent.id);
    CHECK(r->planned.first().queued == 2);
    CHECK(r->planned.first().problems.isEmpty());
    CHECK(r->attempts.size() == 2);
    const QList<DeliveryRecord> records = deliveriesOf(db, urgent.id);
    REQUIRE(records.size() == 2);
    for (const DeliveryRecord &d : records) {
        CHECK(d.state == DeliveryState::Sent);
        CHECK(d.planned.recipient.personId == QStringLiteral("alice"));
    }
    CHECK(deliveriesOf(db, draft.id).isEmpty());
    CHECK(deliveriesOf(db, old.id).isEmpty());

    // Swept again (next round, another worker): nothing new, each delivery queued once.
    CHECK(sweepOnce(db, now.addSecs(60)).isEmpty());
    CHECK(countRows(db, QStringLiteral("SELECT COUNT(*) FROM deliveries")) == 2);
    CHECK(countRows(db, QStringLiteral("SELECT COUNT(*) FROM delivery_events WHERE kind = 'queued'")) == 2);
    CHECK(countRows(db, QStringLiteral("SELECT COUNT(*) FROM delivery_messages")) == 1);

    // Told to look further back, the old message is planned; the draft still is not.
    const QList<SweptMessage> back = sweepOnce(db, now.addSecs(120), now.addDays(-7));
    REQUIRE(back.size() == 1);
    CHECK(back.first().messageId == old.id);
    CHECK(deliveriesOf(db, draft.id).isEmpty());
}

void checkSweepUsesTheMessagesConsignesVersion(Database &db)
{
    const QDateTime now = paris(2026, 11, 24, 3, 0);
    const int first = saveClient(db, deliveryConsignes());
    Consignes changed = deliveryConsignes();
    changed.transmission.clear(); // the newer version sends nothing
    saveClient(db, changed);
    Message taken = deliveryMessage(newId(), QStringLiteral("urgent"), now.addSecs(-60));
    taken.consignesVersion = first;
    const Message unversioned = deliveryMessage(newId(), QStringLiteral("urgent"), now.addSecs(-30));
    saveMessage(db, taken);
    saveMessage(db, unversioned);
    sweepOnce(db, now);
    CHECK(deliveriesOf(db, taken.id).size() == 2);     // under the version it was taken with
    CHECK(deliveriesOf(db, unversioned.id).isEmpty()); // under the latest: no rule, recorded
    DeliveryRepository repo(db);
    const Result<QList<FollowUpItem>> items = repo.followUps(now);
    REQUIRE(items.ok());
    bool said = false;
    for (const FollowUpItem &item : *items)
        said = said || (item.messageId == unversioned.id && item.kind == FollowUpKind::DeliveryFailed &&
                        item.summary.contains(QStringLiteral("no transmission rule")));
    CHECK(said);
}

void checkSweepRecordsUnplannableMessages(Database &db)
{
    const QDateTime now = paris(2026, 11, 24, 3, 0);
    Message stray = deliveryMessage(newId(), QStringLiteral("urgent"), now.addSecs(-60));
    stray.clientCode = QStringLiteral("NOBODY");
    saveMessage(db, stray);
    const QList<SweptMessage> swept = sweepOnce(db, now);
    REQUIRE(swept.size() == 1);
    REQUIRE(swept.first().problems.size() == 1);
    CHECK(swept.first().problems.first().contains(QStringLiteral("unknown client 'NOBODY'")));
    CHECK(sweepOnce(db, now.addSecs(60)).isEmpty()); // recorded once, not retried every round

    DeliveryRepository repo(db);
    const Result<QList<FollowUpItem>> items = repo.followUps(now);
    REQUIRE(items.ok());
    REQUIRE(items->size() == 1);
    CHECK(items->first().kind == FollowUpKind::DeliveryFailed);
    CHECK(items->first().messageId == stray.id);
    CHECK(items->first().summary.contains(QStringLiteral("unknown client 'NOBODY'")));
    CHECK(deliveriesOf(db, stray.id).isEmpty()); // no delivery: nothing a worker could claim
}

void checkConcurrentSweepsPlanOnce(const QString &url, int messages)
{
    const QDateTime now = paris(2026, 11, 24, 3, 0);
    {
        std::unique_ptr<Database> db = openDeliveryDb(url);
        saveClient(*db, deliveryConsignes());
        for (int i = 0; i < messages; ++i)
            saveMessage(*db, deliveryMessage(newId(), QStringLiteral("urgent"), now.addSecs(-i)));
    }
    QAtomicInt errors;
    std::array<std::atomic<int>, 2> queuedBy{0, 0};
    auto work = [&](int index) {
        Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
        Result<std::unique_ptr<Database>> db = Database::open(*parsed);
        if (!db) {
            errors.ref();
            return;
        }
        DeliverySweep sweep(**db, phones());
        const Result<QList<SweptMessage>> r =
            sweep.sweep(now, {}, 7, QStringLiteral("sweeper-%1").arg(index));
        if (!r) {
            WARN(r.error().toString().toStdString());
            errors.ref();
            return;
        }
        for (const SweptMessage &m : *r)
            queuedBy[index] += m.queued;
    };
    std::unique_ptr<QThread> a(QThread::create(work, 0));
    std::unique_ptr<QThread> b(QThread::create(work, 1));
    a->start();
    b->start();
    REQUIRE(a->wait(120000));
    REQUIRE(b->wait(120000));
    CHECK(errors.loadRelaxed() == 0);
    INFO("sweeper 0 queued " << queuedBy[0].load() << ", sweeper 1 queued " << queuedBy[1].load());
    CHECK(queuedBy[0] + queuedBy[1] == messages * 2);
    std::unique_ptr<Database> db = openDeliveryDb(url);
    CHECK(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM delivery_messages")) == messages);
    CHECK(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM deliveries")) == messages * 2);
    CHECK(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM delivery_events WHERE kind = 'queued'")) ==
          messages * 2);
}

} // namespace relais::test

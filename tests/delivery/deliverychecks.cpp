// The delivery checks shared by the SQLite and PostgreSQL tests.
#include "deliverychecks.h"

#include "deliveryfixtures.h"
#include "deliveryrig.h"
#include "faketransport.h"

#include "common/clock.h"
#include "delivery/deliveryids.h"
#include "delivery/deliveryqueue.h"
#include "delivery/deliveryrepository.h"
#include "delivery/deliveryworker.h"
#include "phone/phonenumbers.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QAtomicInt>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <array>
#include <atomic>

namespace relais::test {

using namespace relais::delivery;
using transport::SendOutcome;

std::unique_ptr<Database> openDeliveryDb(const QString &url)
{
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    REQUIRE(parsed.ok());
    Result<std::unique_ptr<Database>> db = Database::open(*parsed);
    INFO((db ? QString() : db.error().toString()).toStdString());
    REQUIRE(db.ok());
    const Status migrated = (*db)->migrate();
    INFO((migrated ? QString() : migrated.error().toString()).toStdString());
    REQUIRE(migrated.ok());
    return std::move(db).value();
}

void checkQueueIsIdempotent(Database &db)
{
    const QDateTime now = paris(2026, 11, 24, 3, 0);
    const QString id = newId();
    const DeliveryPlan plan = queueMessage(db, id, QStringLiteral("urgent"), now);
    REQUIRE(plan.deliveries.size() == 2);
    DeliveryRepository repo(db);
    // Planned again (after an amendment, a second console's save): nothing new.
    const Result<int> again = repo.queue(plan, now.addSecs(30));
    REQUIRE(again.ok());
    CHECK(*again == 0);
    const Result<QList<DeliveryRecord>> stored = repo.forMessage(id);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 2);
    for (const DeliveryRecord &r : *stored) {
        CHECK(r.state == DeliveryState::Queued);
        CHECK(r.clientCode == QStringLiteral("CAB-TEST"));
        CHECK(r.planned.acknowledgeBy == now.addSecs(15 * 60));
        CHECK(r.planned.escalation.size() == 1);
        CHECK(eventKinds(repo, r.planned.deliveryId) == QStringList{QStringLiteral("queued")});
    }
}

void checkSendAndLog(Database &db)
{
    const QDateTime now = paris(2026, 11, 24, 3, 0);
    const QString id = newId();
    const DeliveryPlan plan = queueMessage(db, id, QStringLiteral("urgent"), now);
    Rig rig(db, now);
    const RunReport report = runOnce(rig.worker);
    REQUIRE(report.attempts.size() == 2);
    REQUIRE(rig.sms.sent().size() == 1);
    REQUIRE(rig.email.sent().size() == 1);
    const transport::Outgoing o = rig.sms.sent().first();
    const PlannedDelivery &planned = plan.deliveries.first();
    CHECK(o.deliveryId == planned.deliveryId);
    CHECK(o.address == QStringLiteral("+33612345678"));
    CHECK(o.recipientName == QStringLiteral("Dr Alice Martin"));
    CHECK(o.clientName == QStringLiteral("Cabinet Test"));
    CHECK(o.urgencyLabel == QStringLiteral("Urgent"));
    CHECK(o.urgent);
    CHECK(o.message.id == id);
    CHECK(o.message.notes == QStringLiteral("Douleur thoracique depuis ce matin"));
    CHECK(o.message.callerName == QStringLiteral("Mme Durand"));
    CHECK(o.fieldLabels.value(QStringLiteral("callback_number")) == QStringLiteral("Numéro de rappel"));
    CHECK(o.acknowledgeCode == displayCode(planned.acknowledgeCode));
    CHECK(o.acknowledgeUrl == QStringLiteral("https://ack.service.example/a/") + planned.acknowledgeCode);

    const DeliveryRecord r = record(rig.repo, planned.deliveryId);
    CHECK(r.state == DeliveryState::Sent);
    CHECK(r.attempts == 1);
    CHECK(r.sentAt == now);
    CHECK(r.lastAnswer == QStringLiteral("250 2.0.0 Ok: queued"));
    CHECK(r.leaseOwner.isEmpty());
    CHECK(eventKinds(rig.repo, planned.deliveryId) ==
          QStringList{QStringLiteral("queued"), QStringLiteral("sending"), QStringLiteral("sent")});
    // Nothing left to do: the next step sends nothing.
    CHECK(runOnce(rig.worker).attempts.isEmpty());
    CHECK(rig.sms.sent().size() == 1);
}

void checkRetryBackoff(Database &db)
{
    const QDateTime now = paris(2026, 11, 24, 13, 0);
    Message m = deliveryMessage(newId(), QStringLiteral("normal"), now);
    m.answers.insert(QStringLiteral("filtered"), QStringLiteral("x")); // at once, email to carol
    DeliveryQueue queue(db, phones());
    const Result<QueueResult> queued = queue.planAndQueue(m, deliveryConsignes(), now);
    REQUIRE(queued.ok());
    REQUIRE(queued->plan.deliveries.size() == 1);
    const QString deliveryId = queued->plan.deliveries.first().deliveryId;

    Rig rig(db, now);
    rig.email.script({SendOutcome::TemporaryFailure, SendOutcome::TemporaryFailure, SendOutcome::Sent});
    RunReport r = runOnce(rig.worker);
    REQUIRE(r.attempts.size() == 1);
    CHECK(r.attempts.first().state == DeliveryState::Queued);
    CHECK(r.attempts.first().nextAttemptAt == now.addSecs(60)); // 1 min
    rig.clock.set(now.addSecs(59));
    CHECK(runOnce(rig.worker).attempts.isEmpty()); // not before the backoff
    rig.clock.set(now.addSecs(60));
    r = runOnce(rig.worker);
    REQUIRE(r.attempts.size() == 1);
    CHECK(r.attempts.first().attempt == 2);
    CHECK(r.attempts.first().nextAttemptAt == now.addSecs(60 + 120)); // then 2 min
    rig.clock.set(now.addSecs(179));
    CHECK(runOnce(rig.worker).attempts.isEmpty());
    rig.clock.set(now.addSecs(180));
    r = runOnce(rig.worker);
    REQUIRE(r.attempts.size() == 1);
    CHECK(r.attempts.first().state == DeliveryState::Sent);
    CHECK(rig.email.counts().value(deliveryId) == 3); // three attempts, one id: one distinct email
    CHECK(record(rig.repo, deliveryId).state == DeliveryState::Sent);
    CHECK(eventKinds(rig.repo, deliveryId) == QStringList{QStringLiteral("queued"), QStringLiteral("sending"),
                                                          QStringLiteral("retry"), QStringLiteral("sending"),
                                                          QStringLiteral("retry"), QStringLiteral("sending"),
                                                          QStringLiteral("sent")});

    SECTION("a delivery that keeps failing for a while gives up after the last attempt, with the answer")
    {
        Message other = deliveryMessage(newId(), QStringLiteral("normal"), now);
        other.answers.insert(QStringLiteral("filtered"), QStringLiteral("x"));
        const Result<QueueResult> q2 = queue.planAndQueue(other, deliveryConsignes(), rig.clock.now());
        REQUIRE(q2.ok());
        const QString id2 = q2->plan.deliveries.first().deliveryId;
        rig.email.script(QList<SendOutcome>(10, SendOutcome::TemporaryFailure));
        QList<qint64> waits;
        DeliveryState last = DeliveryState::Queued;
        for (int i = 0; i < 10 && last != DeliveryState::Failed; ++i) {
            const RunReport step = runOnce(rig.worker);
            REQUIRE(step.attempts.size() == 1);
            last = step.attempts.first().state;
            if (last == DeliveryState::Queued) {
                waits << rig.clock.now().secsTo(step.attempts.first().nextAttemptAt);
                rig.clock.set(step.attempts.first().nextAttemptAt);
            }
        }
        CHECK(waits == QList<qint64>{60, 120, 240}); // maxAttempts 4: the 4th failure is final
        const DeliveryRecord failed = record(rig.repo, id2);
        CHECK(failed.state == DeliveryState::Failed);
        CHECK(failed.attempts == 4);
        CHECK(failed.lastAnswer == QStringLiteral("421 4.7.0 Try again later"));
    }
}

void checkPermanentFailure(Database &db)
{
    const QDateTime now = paris(2026, 11, 24, 3, 0);
    const DeliveryPlan plan = queueMessage(db, newId(), QStringLiteral("urgent"), now);
    Rig rig(db, now);
    rig.email.script({SendOutcome::PermanentFailure});
    const RunReport r = runOnce(rig.worker);
    REQUIRE(r.attempts.size() == 2);
    const QString emailId = plan.deliveries.at(1).deliveryId;
    const DeliveryRecord failed = record(rig.repo, emailId);
    CHECK(failed.state == DeliveryState::Failed);
    CHECK(failed.attempts == 1);
    CHECK(failed.lastAnswer == QStringLiteral("550 5.1.1 No such user"));
    const Result<QList<DeliveryEvent>> events = rig.repo.events(emailId);
    REQUIRE(events.ok());
    CHECK(events->last().kind == QStringLiteral("failed"));
    CHECK(events->last().detail == QStringLiteral("550 5.1.1 No such user"));
    // Never retried.
    rig.clock.set(now.addSecs(3600 * 24));
    rig.worker.runOnce().value();
    CHECK(rig.email.counts().value(emailId) == 1);
}

void checkLeaseExpiryResendsSameId(Database &db)
{
    const QDateTime now = paris(2026, 11, 24, 13, 0);
    Message m = deliveryMessage(newId(), QStringLiteral("normal"), now);
    m.answers.insert(QStringLiteral("filtered"), QStringLiteral("x"));
    DeliveryQueue queue(db, phones());
    const Result<QueueResult> queued = queue.planAndQueue(m, deliveryConsignes(), now);
    REQUIRE(queued.ok());
    const QString deliveryId = queued->plan.deliveries.first().deliveryId;

    // Worker A claims, then "crashes" mid-send: nothing recorded.
    DeliveryRepository repo(db);
    ClaimRequest crashed;
    crashed.workerId = QStringLiteral("worker-crashed");
    crashed.now = now;
    crashed.leaseSeconds = 60;
    crashed.channels = {Channel::Email};
    const Result<QList<ClaimedDelivery>> claimedByA = repo.claim(crashed);
    REQUIRE(claimedByA.ok());
    REQUIRE(claimedByA->size() == 1);
    CHECK(record(repo, deliveryId).state == DeliveryState::Sending);

    Rig rig(db, now.addSecs(30), QStringLiteral("worker-b"));
    CHECK(runOnce(rig.worker).attempts.isEmpty()); // the lease still holds
    rig.clock.set(now.addSecs(60));
    const RunReport r = runOnce(rig.worker);
    REQUIRE(r.attempts.size() == 1);
    CHECK(r.attempts.first().attempt == 2);
    REQUIRE(rig.email.sent().size() == 1);
    CHECK(rig.email.sent().first().deliveryId == deliveryId); // the same id, so the same Message-ID
    CHECK(rig.email.sent().first().deliveryId == claimedByA->first().outgoing.deliveryId);
    CHECK(record(repo, deliveryId).state == DeliveryState::Sent);
    CHECK(eventKinds(repo, deliveryId).contains(QStringLiteral("lease-expired")));

    // The crashed worker coming back cannot overwrite what B recorded.
    const Status late =
        repo.recordSent(deliveryId, QStringLiteral("worker-crashed"), QStringLiteral("250"), now.addSecs(90));
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().what.contains(QStringLiteral("no longer held")));
    const Result<FailureOutcome> lateFailure =
        repo.recordFailure(deliveryId, QStringLiteral("worker-crashed"), true, QStringLiteral("550"),
                           now.addSecs(90), RetryPolicy{});
    CHECK_FALSE(lateFailure.ok());
    CHECK(record(repo, deliveryId).state == DeliveryState::Sent);
}

void checkEscalationChain(Database &db)
{
    const QDateTime t0 = paris(2026, 11, 24, 3, 0);
    const QString messageId = newId();
    queueMessage(db, messageId, QStringLiteral("urgent"), t0);
    Rig rig(db, t0);
    CHECK(runOnce(rig.worker).attempts.size() == 2); // alice: SMS + email

    rig.clock.set(t0.addSecs(15 * 60 - 1));
    CHECK(runOnce(rig.worker).idle());

    // Deadline: the next person of the rota (bob) on both channels, sent in the same step.
    rig.clock.set(t0.addSecs(15 * 60));
    RunReport r = runOnce(rig.worker);
    REQUIRE(r.escalations.size() == 2);
    for (const Escalation &e : r.escalations) {
        REQUIRE(e.to.has_value());
        CHECK(e.to->step == 1);
        CHECK(e.to->recipient.personId == QStringLiteral("bob"));
        CHECK(e.to->acknowledgeBy == t0.addSecs(30 * 60));
    }
    CHECK(r.attempts.size() == 2);
    CHECK(rig.sms.sent().last().address == QStringLiteral("+33698765432"));
    CHECK(rig.email.sent().last().address == QStringLiteral("bob@cabinet.example"));
    CHECK(runOnce(rig.worker).idle()); // escalated once only

    // Bob does not acknowledge either: the service's supervisor.
    rig.clock.set(t0.addSecs(30 * 60));
    r = runOnce(rig.worker);
    REQUIRE(r.escalations.size() == 2);
    for (const Escalation &e : r.escalations) {
        REQUIRE(e.to.has_value());
        CHECK(e.to->step == 2);
        CHECK(e.to->recipient.name == QStringLiteral("Superviseur"));
    }
    CHECK(rig.sms.sent().last().address == QStringLiteral("+33699990000"));
    CHECK(rig.email.sent().last().address == QStringLiteral("supervision@service.example"));

    // Nobody is left: logged, and the follow-up list keeps showing it.
    rig.clock.set(t0.addSecs(45 * 60));
    r = runOnce(rig.worker);
    REQUIRE(r.escalations.size() == 2);
    CHECK_FALSE(r.escalations.first().to.has_value());
    CHECK(runOnce(rig.worker).idle());

    const Result<QList<DeliveryRecord>> all = rig.repo.forMessage(messageId);
    REQUIRE(all.ok());
    CHECK(all->size() == 6);
    const QString first = all->first().planned.deliveryId;
    CHECK(eventKinds(rig.repo, first) == QStringList{QStringLiteral("queued"), QStringLiteral("sending"),
                                                     QStringLiteral("sent"), QStringLiteral("escalated")});
    const Result<QList<DeliveryEvent>> events = rig.repo.events(first);
    CHECK(events->last().detail.contains(QStringLiteral("Dr Bob Petit")));

    Result<QList<FollowUpItem>> items = rig.repo.followUps(rig.clock.now());
    REQUIRE(items.ok());
    CHECK(items->size() == 6);
    for (const FollowUpItem &item : *items)
        CHECK(item.kind == FollowUpKind::Unacknowledged);
    CHECK(std::is_sorted(items->cbegin(), items->cend(), [](const FollowUpItem &a, const FollowUpItem &b) {
        return a.deadline < b.deadline;
    }));

    // The supervisor acknowledges by phone with the operator: the message leaves the list.
    const DeliveryRecord supervisorSms =
        *std::find_if(all->cbegin(), all->cend(), [](const DeliveryRecord &d) {
            return d.planned.step == 2 && d.planned.channel == Channel::Sms;
        });
    const Result<DeliveryRecord> acked =
        rig.repo.acknowledge(supervisorSms.planned.deliveryId, QStringLiteral("sophie"),
                             QStringLiteral("operator"), rig.clock.now());
    REQUIRE(acked.ok());
    items = rig.repo.followUps(rig.clock.now());
    REQUIRE(items.ok());
    CHECK(items->isEmpty());
}

void checkAcknowledgementStopsEscalation(Database &db)
{
    const QDateTime t0 = paris(2026, 11, 24, 3, 0);
    const DeliveryPlan plan = queueMessage(db, newId(), QStringLiteral("urgent"), t0);
    Rig rig(db, t0);
    runOnce(rig.worker);
    rig.clock.set(t0.addSecs(10 * 60));
    // Alice replies to the SMS with its code, in lower case with a space.
    const QString typed = displayCode(plan.deliveries.first().acknowledgeCode)
                              .toLower()
                              .replace(QLatin1Char('-'), QLatin1Char(' '));
    const Result<DeliveryRecord> acked = rig.repo.acknowledge(typed, QStringLiteral("Dr Alice Martin"),
                                                              QStringLiteral("code"), rig.clock.now());
    INFO((acked ? QString() : acked.error().toString()).toStdString());
    REQUIRE(acked.ok());
    CHECK(acked->state == DeliveryState::Acknowledged);
    CHECK(acked->acknowledgedBy == QStringLiteral("Dr Alice Martin"));
    CHECK(acked->acknowledgedAt == t0.addSecs(600));
    rig.clock.set(t0.addSecs(60 * 60));
    CHECK(runOnce(rig.worker).idle()); // the email to alice does not escalate either
    // A second acknowledgement keeps the first.
    const Result<DeliveryRecord> again =
        rig.repo.acknowledge(typed, QStringLiteral("someone"), QStringLiteral("code"), rig.clock.now());
    REQUIRE(again.ok());
    CHECK(again->acknowledgedBy == QStringLiteral("Dr Alice Martin"));
    CHECK(eventKinds(rig.repo, plan.deliveries.first().deliveryId).count(QStringLiteral("acknowledged")) ==
          1);
}

void checkAcknowledgementCodes(Database &db)
{
    DeliveryRepository repo(db);
    const QDateTime now = paris(2026, 11, 24, 3, 0);
    for (const char *garbage :
         {"", "12", "ZZZZ-ZZZZ-ZZZZ", "K7Q2-M9X!", "' OR 1=1 --", "\xF0\x9F\x98\x80\xF0\x9F\x98\x80"}) {
        INFO(garbage);
        const Result<DeliveryRecord> r = repo.acknowledge(
            QString::fromUtf8(garbage), QStringLiteral("sophie"), QStringLiteral("operator"), now);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().toString().contains(QStringLiteral("acknowledgement code")));
    }
    const Result<DeliveryRecord> unknown = repo.acknowledge(
        QStringLiteral("0000-0000"), QStringLiteral("sophie"), QStringLiteral("operator"), now);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().what == QStringLiteral("no delivery has the code 0000-0000"));
    const Result<DeliveryRecord> unknownId =
        repo.acknowledge(newId(), QStringLiteral("sophie"), QStringLiteral("operator"), now);
    REQUIRE_FALSE(unknownId.ok());
    CHECK(unknownId.error().what.startsWith(QStringLiteral("no delivery has the id")));
    const DeliveryPlan plan = queueMessage(db, newId(), QStringLiteral("urgent"), now);
    const Result<DeliveryRecord> nobody = repo.acknowledge(plan.deliveries.first().acknowledgeCode,
                                                           QStringLiteral("  "), QStringLiteral("code"), now);
    CHECK_FALSE(nobody.ok());
    CHECK(record(repo, plan.deliveries.first().deliveryId).state == DeliveryState::Queued);
}

void checkFollowUps(Database &db)
{
    const QDateTime now = paris(2026, 11, 24, 13, 0);
    const DeliveryPlan digest = queueMessage(db, newId(), QStringLiteral("normal"), now); // due 18:30
    Message filteredMessage = deliveryMessage(newId(), QStringLiteral("normal"), now);
    filteredMessage.answers.insert(QStringLiteral("filtered"), QStringLiteral("x"));
    DeliveryQueue queue(db, phones());
    REQUIRE(queue.planAndQueue(filteredMessage, deliveryConsignes(), now).ok()); // due now, will fail
    Rig rig(db, now);
    rig.email.script({SendOutcome::PermanentFailure});
    runOnce(rig.worker);

    const Result<QList<FollowUpItem>> items = rig.repo.followUps(now);
    REQUIRE(items.ok());
    REQUIRE(items->size() == 2);
    CHECK(items->at(0).kind == FollowUpKind::DeliveryFailed);
    CHECK(items->at(0).messageId == filteredMessage.id);
    CHECK(items->at(0).deadline == now);
    CHECK(items->at(0).summary.contains(QStringLiteral("550 5.1.1 No such user")));
    CHECK(items->at(0).summary.contains(QStringLiteral("Mme Durand")));
    CHECK(items->at(0).clientCode == QStringLiteral("CAB-TEST"));
    CHECK(items->at(1).kind == FollowUpKind::AwaitingDelivery);
    CHECK(items->at(1).messageId == digest.payload.message.id);
    CHECK(items->at(1).deadline == paris(2026, 11, 24, 18, 30));
    CHECK(items->at(1).summary.contains(QStringLiteral("carol@cabinet.example")));
}

void checkTwoWorkersDeliverOnce(const QString &url, int messages)
{
    const QDateTime now = paris(2026, 11, 24, 13, 0);
    Consignes consignes = deliveryConsignes();
    TransmissionRule both;
    both.urgency = QStringLiteral("*");
    both.channels = {Channel::Sms, Channel::Email};
    both.recipients = {QStringLiteral("bob")};
    consignes.transmission = {both};
    QStringList expected;
    {
        std::unique_ptr<Database> db = openDeliveryDb(url);
        for (int i = 0; i < messages; ++i)
            for (const PlannedDelivery &d :
                 queueMessage(*db, newId(), QStringLiteral("normal"), now, consignes).deliveries)
                expected << d.deliveryId;
    }
    REQUIRE(expected.size() == messages * 2);

    FakeTransport email(Channel::Email);
    FakeTransport sms(Channel::Sms);
    email.setDelayMs(1);
    sms.setDelayMs(1);
    QAtomicInt errors;
    std::array<std::atomic<int>, 2> sentBy{0, 0};
    auto work = [&](int index) {
        Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
        Result<std::unique_ptr<Database>> db = Database::open(*parsed);
        if (!db) {
            errors.ref();
            return;
        }
        DeliveryRepository repo(**db);
        FixedClock clock(now);
        WorkerOptions o = options(QStringLiteral("worker-%1").arg(index));
        o.batchSize = 5;
        DeliveryWorker worker(repo, clock, {{Channel::Email, &email}, {Channel::Sms, &sms}}, o);
        for (int idle = 0; idle < 3;) {
            Result<RunReport> r = worker.runOnce();
            if (!r) {
                errors.ref();
                return;
            }
            for (const AttemptReport &a : r->attempts)
                if (!a.recordError.isEmpty())
                    errors.ref();
            sentBy[index] += int(r->attempts.size());
            idle = r->idle() ? idle + 1 : 0;
        }
    };
    std::unique_ptr<QThread> a(QThread::create(work, 0));
    std::unique_ptr<QThread> b(QThread::create(work, 1));
    a->start();
    b->start();
    REQUIRE(a->wait(120000));
    REQUIRE(b->wait(120000));
    CHECK(errors.loadRelaxed() == 0);
    INFO("worker 0 sent " << sentBy[0].load() << ", worker 1 sent " << sentBy[1].load());
    QMap<QString, int> counts = email.counts();
    counts.insert(sms.counts());
    CHECK(counts.size() == expected.size());
    int duplicates = 0;
    for (const QString &id : expected)
        duplicates += counts.value(id) == 1 ? 0 : 1;
    CHECK(duplicates == 0);
    CHECK(sentBy[0].load() + sentBy[1].load() == expected.size());
    std::unique_ptr<Database> db = openDeliveryDb(url);
    DeliveryRepository repo(*db);
    CHECK(*repo.countInState(DeliveryState::Sent) == expected.size());
}

} // namespace relais::test

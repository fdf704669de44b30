// What the delivery checks share: a queued message, a worker over fake transports on a fixed clock,
// and short ways to read a delivery and its log.
#pragma once

#include "deliveryfixtures.h"
#include "faketransport.h"

#include "common/clock.h"
#include "delivery/deliveryqueue.h"
#include "delivery/deliveryrepository.h"
#include "delivery/deliveryworker.h"
#include "phone/phonenumbers.h"

#include <catch2/catch.hpp>

#include <QUuid>

namespace relais::test {

using namespace relais::delivery;

inline const PhoneNumbers &phones()
{
    static const PhoneNumbers p;
    return p;
}

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Queues `level` message `id` at `now`; returns its plan.
inline DeliveryPlan queueMessage(Database &db, const QString &id, const QString &level, const QDateTime &now,
                                 const Consignes &consignes = deliveryConsignes())
{
    DeliveryQueue queue(db, phones());
    const Result<QueueResult> r =
        queue.planAndQueue(deliveryMessage(id, level, now), consignes, now, QStringLiteral("sophie"));
    INFO((r ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
    return r->plan;
}

inline RunReport runOnce(DeliveryWorker &worker)
{
    Result<RunReport> r = worker.runOnce();
    INFO((r ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
    for (const AttemptReport &a : r->attempts) {
        INFO(a.recordError.toStdString());
        CHECK(a.recordError.isEmpty());
    }
    return std::move(r).value();
}

inline DeliveryRecord record(DeliveryRepository &repo, const QString &deliveryId)
{
    const Result<std::optional<DeliveryRecord>> r = repo.find(deliveryId);
    REQUIRE(r.ok());
    REQUIRE(r->has_value());
    return **r;
}

inline QStringList eventKinds(DeliveryRepository &repo, const QString &deliveryId)
{
    const Result<QList<DeliveryEvent>> events = repo.events(deliveryId);
    REQUIRE(events.ok());
    QStringList kinds;
    for (const DeliveryEvent &e : *events)
        kinds << e.kind;
    return kinds;
}

inline WorkerOptions options(const QString &workerId)
{
    WorkerOptions o;
    o.workerId = workerId;
    o.leaseSeconds = 60;
    o.retry = RetryPolicy{60, 600, 4};
    o.escalation =
        EscalationPolicy{QStringLiteral("Superviseur"), QStringLiteral("supervision@service.example"),
                         QStringLiteral("+33699990000")};
    o.acknowledgeUrlTemplate = QStringLiteral("https://ack.service.example/a/{code}");
    return o;
}

struct Rig
{
    explicit Rig(Database &db, const QDateTime &start, const QString &workerId = QStringLiteral("worker-a"))
        : repo(db)
        , clock(start)
        , worker(repo, clock, {{Channel::Email, &email}, {Channel::Sms, &sms}}, options(workerId))
    {}
    DeliveryRepository repo;
    FixedClock clock;
    FakeTransport email{Channel::Email};
    FakeTransport sms{Channel::Sms};
    DeliveryWorker worker;
};

} // namespace relais::test

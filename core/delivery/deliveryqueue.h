// What the console calls after a message is saved: plan its deliveries and queue them.
#pragma once

#include "common/result.h"
#include "delivery/delivery.h"
#include "delivery/deliveryplanner.h"
#include "delivery/deliveryrepository.h"

namespace relais {
class Database;
class PhoneNumbers;
} // namespace relais

namespace relais::delivery {

struct QueueResult
{
    DeliveryPlan plan; // with the planning issues to show the operator
    int queued = 0;    // deliveries new to the queue (0 when the message was queued before)
};

class DeliveryQueue final
{
public:
    // `db` is where deliveries run for the team: the shared database when there is one. Both must
    // outlive this.
    DeliveryQueue(Database &db, const PhoneNumbers &phones);

    // Plans the saved message under its client's consignes at `now` and queues what is new. Safe to
    // call again after an amendment or a retry: a delivery already queued is never queued twice.
    // Planning issues (nobody on call, no rule for the call) are also recorded as the message's
    // failed "not planned" row for the follow-up list. A draft is planned (to show its issue) but
    // nothing is stored.
    Result<QueueResult> planAndQueue(const Message &message, const Consignes &consignes, const QDateTime &now,
                                     const QString &actor = {});

private:
    DeliveryRepository m_repository;
    DeliveryPlanner m_planner;
};

} // namespace relais::delivery

// Plan, then queue, in one call for the console.
#include "delivery/deliveryqueue.h"

#include "logging/logging.h"

namespace relais::delivery {

DeliveryQueue::DeliveryQueue(Database &db, const PhoneNumbers &phones)
    : m_repository(db)
    , m_planner(phones)
{}

Result<QueueResult> DeliveryQueue::planAndQueue(const Message &message, const Consignes &consignes,
                                                const QDateTime &now, const QString &actor)
{
    QueueResult result;
    result.plan = m_planner.plan(message, consignes, now);
    for (const QString &issue : result.plan.issues)
        logging::module("delivery")->warn("message {}: {}", message.id.toStdString(), issue.toStdString());
    if (result.plan.deliveries.isEmpty())
        return result;
    const Result<int> queued = m_repository.queue(result.plan, now, actor);
    if (!queued)
        return queued.error();
    result.queued = *queued;
    return result;
}

} // namespace relais::delivery

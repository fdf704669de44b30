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
    if (message.status == MessageStatus::Draft)
        return result; // a draft is never sent; its issue tells the operator why
    if (!result.plan.deliveries.isEmpty()) {
        const Result<int> queued = m_repository.queue(result.plan, now, actor);
        if (!queued)
            return queued.error();
        result.queued = *queued;
    }
    // What could not be planned goes to the follow-up list, so somebody sees to it.
    if (!result.plan.issues.isEmpty())
        if (const Result<bool> recorded =
                m_repository.recordNotPlanned(result.plan, result.plan.issues, now, actor);
            !recorded)
            return recorded.error();
    return result;
}

} // namespace relais::delivery

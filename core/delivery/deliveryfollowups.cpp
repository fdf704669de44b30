// The delivery part of the follow-up list: what is waiting, failed or unacknowledged past its deadline.
#include "delivery/deliveryrepository.h"

#include "delivery/deliveryids.h"
#include "delivery/deliveryrows.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace relais::delivery {

using namespace rows;

namespace {

struct DeliveryFollowUpText
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryFollowUpText)
};

QString time(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("dd/MM HH:mm"));
}

} // namespace

Result<QList<FollowUpItem>> DeliveryRepository::followUps(const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
                  "SELECT %1, m.caller_name, m.caller_number FROM deliveries d "
                  "JOIN delivery_messages m ON m.message_id = d.message_id "
                  "WHERE (d.state IN ('queued', 'sending', 'failed') "
                  "OR (d.state IN ('sent', 'delivered') AND d.acknowledge_by > 0 AND d.acknowledge_by <= ?)) "
                  "AND NOT EXISTS (SELECT 1 FROM deliveries a WHERE a.message_id = d.message_id "
                  "AND a.state = 'acknowledged')")
                  .arg(recordColumns()));
    q.addBindValue(ms(now));
    if (Status s = exec(q, m_db, DeliveryFollowUpText::tr("read the deliveries to follow up")); !s)
        return s.error();
    QList<FollowUpItem> items;
    while (q.next()) {
        const DeliveryRecord r = readRecord(q);
        const QString callerName = q.value(24).toString();
        const QString callerNumber = q.value(25).toString();
        const QString caller = !callerName.isEmpty()     ? callerName
                               : !callerNumber.isEmpty() ? callerNumber
                                                         : DeliveryFollowUpText::tr("unknown caller");
        const QString what =
            (r.planned.channel == Channel::Email ? DeliveryFollowUpText::tr("Email to %1 (%2), message of %3")
                                                 : DeliveryFollowUpText::tr("SMS to %1 (%2), message of %3"))
                .arg(r.planned.recipient.name, r.planned.recipient.address, caller);
        const bool notPlanned = q.value(3).toString() == QLatin1String(kNoChannel);
        FollowUpItem item;
        item.messageId = r.planned.messageId;
        item.deliveryId = r.planned.deliveryId;
        item.clientCode = r.clientCode;
        switch (r.state) {
        case DeliveryState::Failed:
            item.kind = FollowUpKind::DeliveryFailed;
            item.deadline = r.planned.dueAt; // late since then: a failure sorts among the oldest
            item.summary =
                notPlanned
                    ? DeliveryFollowUpText::tr("Message of %1 not planned: %2").arg(caller, r.lastAnswer)
                    : DeliveryFollowUpText::tr("%1: failed: %2").arg(what, r.lastAnswer);
            break;
        case DeliveryState::Sent:
        case DeliveryState::Delivered:
            item.kind = FollowUpKind::Unacknowledged;
            item.deadline = r.planned.acknowledgeBy;
            item.summary =
                DeliveryFollowUpText::tr("%1: not acknowledged since %2 (code %3)")
                    .arg(what, time(r.planned.acknowledgeBy), displayCode(r.planned.acknowledgeCode));
            if (r.escalatedAt.isValid())
                item.summary += DeliveryFollowUpText::tr(", escalated at %1").arg(time(r.escalatedAt));
            break;
        default:
            item.kind = FollowUpKind::AwaitingDelivery;
            item.deadline = r.planned.dueAt;
            item.summary =
                r.attempts == 0 || r.lastAnswer.isEmpty()
                    ? DeliveryFollowUpText::tr("%1: waiting, due %2").arg(what, time(r.planned.dueAt))
                    : DeliveryFollowUpText::tr("%1: attempt %2 failed (%3), next try %4")
                          .arg(what)
                          .arg(r.attempts)
                          .arg(r.lastAnswer, time(r.nextAttemptAt));
            break;
        }
        items << item;
    }
    std::stable_sort(items.begin(), items.end(), [](const FollowUpItem &a, const FollowUpItem &b) {
        if (a.deadline != b.deadline)
            return a.deadline < b.deadline;
        return a.messageId < b.messageId;
    });
    return items;
}

} // namespace relais::delivery

// Escalation: a delivery nobody acknowledged by its deadline goes to the next contact of its chain
// (the next person of the on-call rota, planned with it), then to the service's supervisor.
#include "delivery/deliveryrepository.h"

#include "delivery/deliveryids.h"
#include "delivery/deliveryrows.h"
#include "logging/logging.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace relais::delivery {

using namespace rows;

namespace {

struct DeliveryEscalationText
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryEscalationText)
};

// The contact of step `step + 1`: the chain's entries in turn, then the supervisor once.
std::optional<Contact> nextContact(const DeliveryRecord &record, const EscalationPolicy &policy)
{
    const QList<Contact> &chain = record.planned.escalation;
    if (record.planned.step < chain.size())
        return chain.at(record.planned.step);
    if (record.planned.step == chain.size())
        return policy.supervisor(record.planned.channel);
    return std::nullopt;
}

} // namespace

Result<QList<Escalation>>
DeliveryRepository::escalateDue(const QDateTime &now, const EscalationPolicy &policy, const QString &actor)
{
    QList<Escalation> made;
    const Status done = inWriteTransaction(m_db, [&]() -> Status {
        QSqlQuery pick(m_db.connection());
        pick.prepare(
            QStringLiteral("SELECT %1 FROM deliveries d WHERE d.acknowledge_by > 0 AND d.acknowledge_by <= ? "
                           "AND d.escalated_at = 0 AND d.state <> 'acknowledged' AND NOT EXISTS ("
                           "SELECT 1 FROM deliveries a WHERE a.message_id = d.message_id "
                           "AND a.state = 'acknowledged') ORDER BY d.acknowledge_by, d.id LIMIT 100%2")
                .arg(recordColumns(),
                     isPostgres(m_db) ? QStringLiteral(" FOR UPDATE OF d SKIP LOCKED") : QString()));
        pick.addBindValue(ms(now));
        if (Status s = exec(pick, m_db, DeliveryEscalationText::tr("find unacknowledged deliveries")); !s)
            return s;
        QList<DeliveryRecord> due;
        while (pick.next())
            due << readRecord(pick);
        pick.finish();

        for (const DeliveryRecord &record : due) {
            Escalation escalation{record, std::nullopt};
            QString detail;
            if (const std::optional<Contact> contact = nextContact(record, policy)) {
                PlannedDelivery next;
                next.messageId = record.planned.messageId;
                next.channel = record.planned.channel;
                next.recipient = *contact;
                next.step = record.planned.step + 1;
                next.dueAt = now;
                next.acknowledgeWithinMinutes = record.planned.acknowledgeWithinMinutes;
                next.acknowledgeBy = now.addSecs(qint64(std::max(1, next.acknowledgeWithinMinutes)) * 60);
                next.escalation = record.planned.escalation;
                next.deliveryId = deliveryId(next.messageId, next.channel, next.recipient.address, next.step);
                next.acknowledgeCode = acknowledgeCode(next.deliveryId);
                const Result<bool> inserted = insertDelivery(
                    next, record.clientCode, now, actor,
                    DeliveryEscalationText::tr("escalation of %1").arg(record.planned.deliveryId));
                if (!inserted)
                    return inserted.error();
                escalation.to = next;
                detail = DeliveryEscalationText::tr("not acknowledged by %1: escalated to %2 <%3> (step %4)")
                             .arg(record.planned.acknowledgeBy.toString(Qt::ISODate), contact->name,
                                  contact->address)
                             .arg(next.step);
            } else {
                detail = DeliveryEscalationText::tr("not acknowledged by %1: nobody left to escalate to")
                             .arg(record.planned.acknowledgeBy.toString(Qt::ISODate));
            }
            QSqlQuery u(m_db.connection());
            u.prepare(QStringLiteral("UPDATE deliveries SET escalated_at = ?, updated_at = ? WHERE id = ?"));
            u.addBindValue(ms(now));
            u.addBindValue(ms(now));
            u.addBindValue(record.planned.deliveryId);
            if (Status s = exec(
                    u, m_db,
                    DeliveryEscalationText::tr("mark delivery %1 escalated").arg(record.planned.deliveryId));
                !s)
                return s;
            if (Status s = addEvent(m_db, record.planned.deliveryId, now, QStringLiteral("escalated"), actor,
                                    detail);
                !s)
                return s;
            made << escalation;
        }
        return success();
    });
    if (!done)
        return done.error();
    for (const Escalation &e : made)
        logging::module("delivery")
            ->warn("delivery {} not acknowledged: {}", e.from.planned.deliveryId.toStdString(),
                   e.to ? e.to->deliveryId.toStdString() : std::string("no further step"));
    return made;
}

} // namespace relais::delivery

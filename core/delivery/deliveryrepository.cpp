// Queueing planned deliveries, reading them and their log, and acknowledgements.
#include "delivery/deliveryrepository.h"

#include "delivery/deliveryids.h"
#include "delivery/deliveryrows.h"
#include "logging/logging.h"
#include "messages/messagecodec.h"
#include "storage/database.h"
#include "storage/sqlbind.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace relais::delivery {

using namespace rows;

namespace {

struct DeliveryRepoText
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryRepoText)
};

QString fieldLabelsToJson(const QMap<QString, QString> &labels)
{
    QJsonObject object;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

DeliveryRepository::DeliveryRepository(Database &db)
    : m_db(db)
{}

Result<bool> DeliveryRepository::insertDelivery(const PlannedDelivery &d, const QString &clientCode,
                                                const QDateTime &now, const QString &actor,
                                                const QString &why)
{
    QSqlQuery q(m_db.connection());
    // ON CONFLICT on the id only: a second planning of the same delivery is a no-op, while a clash of
    // acknowledgement codes (two ids, one code) fails loudly instead of dropping a delivery.
    q.prepare(QStringLiteral(
        "INSERT INTO deliveries (id, message_id, client_code, channel, person_id, recipient_name, address, "
        "step, "
        "state, due_at, acknowledge_minutes, acknowledge_by, acknowledge_code, attempts, next_attempt_at, "
        "escalation, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?, 0, ?, ?, "
        "?, ?) "
        "ON CONFLICT (id) DO NOTHING"));
    q.addBindValue(d.deliveryId);
    q.addBindValue(d.messageId);
    q.addBindValue(textValue(clientCode));
    q.addBindValue(channelName(d.channel));
    q.addBindValue(textValue(d.recipient.personId));
    q.addBindValue(textValue(d.recipient.name));
    q.addBindValue(d.recipient.address);
    q.addBindValue(d.step);
    q.addBindValue(ms(d.dueAt));
    q.addBindValue(d.acknowledgeWithinMinutes);
    q.addBindValue(ms(d.acknowledgeBy));
    q.addBindValue(d.acknowledgeCode.isEmpty() ? acknowledgeCode(d.deliveryId) : d.acknowledgeCode);
    q.addBindValue(ms(d.dueAt));
    q.addBindValue(contactsToJson(d.escalation));
    q.addBindValue(ms(now));
    q.addBindValue(ms(now));
    if (Status s = exec(q, m_db, DeliveryRepoText::tr("queue delivery %1").arg(d.deliveryId)); !s)
        return s.error();
    if (q.numRowsAffected() <= 0)
        return false;
    const QString detail = DeliveryRepoText::tr("%1 to %2 <%3>, step %4, due %5")
                               .arg(channelName(d.channel), d.recipient.name, d.recipient.address)
                               .arg(d.step)
                               .arg(d.dueAt.toString(Qt::ISODate)) +
                           (why.isEmpty() ? QString() : QStringLiteral(" (") + why + QLatin1Char(')'));
    if (Status s = addEvent(m_db, d.deliveryId, now, QStringLiteral("queued"), actor, detail); !s)
        return s.error();
    return true;
}

Status DeliveryRepository::storeMessage(const DeliveryPlan &plan, const QDateTime &now)
{
    const Message &m = plan.payload.message;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO delivery_messages (message_id, client_code, client_name, caller_name, "
        "caller_number, "
        "urgency_label, urgent, field_labels, message, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (message_id) DO UPDATE SET client_code = excluded.client_code, "
        "client_name = excluded.client_name, caller_name = excluded.caller_name, "
        "caller_number = excluded.caller_number, urgency_label = excluded.urgency_label, "
        "urgent = excluded.urgent, field_labels = excluded.field_labels, message = excluded.message, "
        "updated_at = excluded.updated_at"));
    q.addBindValue(m.id);
    q.addBindValue(textValue(m.clientCode));
    q.addBindValue(textValue(plan.payload.clientName));
    q.addBindValue(textValue(m.callerName));
    q.addBindValue(textValue(m.callerNumber));
    q.addBindValue(textValue(plan.payload.urgencyLabel));
    q.addBindValue(plan.payload.urgent ? 1 : 0);
    q.addBindValue(fieldLabelsToJson(plan.payload.fieldLabels));
    q.addBindValue(QString::fromUtf8(QJsonDocument(messagecodec::toJson(m)).toJson(QJsonDocument::Compact)));
    q.addBindValue(ms(now));
    return exec(q, m_db, DeliveryRepoText::tr("store message %1 for delivery").arg(m.id));
}

Result<int> DeliveryRepository::queue(const DeliveryPlan &plan, const QDateTime &now, const QString &actor)
{
    const Message &m = plan.payload.message;
    if (m.id.trimmed().isEmpty())
        return Error{DeliveryRepoText::tr("a message without an id cannot be queued"), m_db.url().redacted()};
    int added = 0;
    const Status done = inWriteTransaction(m_db, [&]() -> Status {
        if (Status s = storeMessage(plan, now); !s)
            return s;
        for (const PlannedDelivery &d : plan.deliveries) {
            const Result<bool> inserted = insertDelivery(d, m.clientCode, now, actor, {});
            if (!inserted)
                return inserted.error();
            added += *inserted ? 1 : 0;
        }
        return success();
    });
    if (!done)
        return done.error();
    if (added > 0)
        logging::module("delivery")->info("queued {} deliveries of message {}", added, m.id.toStdString());
    return added;
}

Result<bool> DeliveryRepository::recordNotPlanned(const DeliveryPlan &plan, const QStringList &reasons,
                                                  const QDateTime &now, const QString &actor)
{
    const Message &m = plan.payload.message;
    if (m.id.trimmed().isEmpty())
        return Error{DeliveryRepoText::tr("a message without an id cannot be recorded"),
                     m_db.url().redacted()};
    const QString id = planningIssueId(m.id);
    const QString reason = reasons.join(QStringLiteral("; "));
    bool added = false;
    const Status done = inWriteTransaction(m_db, [&]() -> Status {
        // Only when the message is not stored yet: a re-planning must not overwrite what the
        // transports already send.
        QSqlQuery exists(m_db.connection());
        exists.prepare(QStringLiteral("SELECT 1 FROM delivery_messages WHERE message_id = ?"));
        exists.addBindValue(m.id);
        if (Status s = exec(exists, m_db, DeliveryRepoText::tr("look for message %1").arg(m.id)); !s)
            return s;
        if (!exists.next())
            if (Status s = storeMessage(plan, now); !s)
                return s;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO deliveries (id, message_id, client_code, channel, address, state, due_at, "
            "acknowledge_code, next_attempt_at, last_answer, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, '', 'failed', ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
        q.addBindValue(id);
        q.addBindValue(m.id);
        q.addBindValue(textValue(m.clientCode));
        q.addBindValue(QString::fromLatin1(kNoChannel));
        q.addBindValue(ms(now));
        q.addBindValue(acknowledgeCode(id));
        q.addBindValue(ms(now));
        q.addBindValue(reason);
        q.addBindValue(ms(now));
        q.addBindValue(ms(now));
        if (Status s =
                exec(q, m_db, DeliveryRepoText::tr("record that message %1 was not planned").arg(m.id));
            !s)
            return s;
        added = q.numRowsAffected() > 0;
        if (!added)
            return success();
        return addEvent(m_db, id, now, QStringLiteral("failed"), actor,
                        DeliveryRepoText::tr("not planned: %1").arg(reason));
    });
    if (!done)
        return done.error();
    if (added)
        logging::module("delivery")
            ->warn("message {} not planned: {}", m.id.toStdString(), reason.toStdString());
    return added;
}

Result<std::optional<DeliveryRecord>> DeliveryRepository::find(const QString &deliveryId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM deliveries d WHERE d.id = ?").arg(recordColumns()));
    q.addBindValue(deliveryId);
    if (Status s = exec(q, m_db, DeliveryRepoText::tr("read delivery %1").arg(deliveryId)); !s)
        return s.error();
    if (!q.next())
        return std::optional<DeliveryRecord>();
    return std::optional<DeliveryRecord>(readRecord(q));
}

Result<QList<DeliveryRecord>> DeliveryRepository::forMessage(const QString &messageId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM deliveries d WHERE d.message_id = ? AND d.channel <> ? "
                             "ORDER BY d.step, d.channel, d.address")
                  .arg(recordColumns()));
    q.addBindValue(messageId);
    q.addBindValue(QString::fromLatin1(kNoChannel));
    if (Status s = exec(q, m_db, DeliveryRepoText::tr("read the deliveries of message %1").arg(messageId));
        !s)
        return s.error();
    QList<DeliveryRecord> records;
    while (q.next())
        records << readRecord(q);
    return records;
}

Result<QList<DeliveryEvent>> DeliveryRepository::events(const QString &deliveryId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT delivery_id, at, kind, actor, detail FROM delivery_events WHERE delivery_id = ? "
        "ORDER BY id"));
    q.addBindValue(deliveryId);
    if (Status s = exec(q, m_db, DeliveryRepoText::tr("read the log of delivery %1").arg(deliveryId)); !s)
        return s.error();
    QList<DeliveryEvent> events;
    while (q.next())
        events << DeliveryEvent{q.value(0).toString(), fromMs(q.value(1).toLongLong()), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString()};
    return events;
}

Result<qint64> DeliveryRepository::countInState(DeliveryState state)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE state = ?"));
    q.addBindValue(toString(state));
    if (Status s = exec(q, m_db, DeliveryRepoText::tr("count deliveries")); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<DeliveryRecord> DeliveryRepository::acknowledge(const QString &codeOrId, const QString &by,
                                                       const QString &how, const QDateTime &now)
{
    const QString where = DeliveryRepoText::tr("acknowledgement");
    if (by.trimmed().isEmpty())
        return Error{DeliveryRepoText::tr("say who acknowledges (a login, or the recipient's name)"), where};
    const bool byId = !QUuid::fromString(codeOrId.trimmed()).isNull();
    QString code;
    if (!byId) {
        const Result<QString> normalized = normalizeAcknowledgeCode(codeOrId);
        if (!normalized)
            return normalized.error();
        code = *normalized;
    }
    std::optional<DeliveryRecord> record;
    const Status done = inWriteTransaction(m_db, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT %1 FROM deliveries d WHERE %2%3")
                      .arg(recordColumns(),
                           byId ? QStringLiteral("d.id = ?") : QStringLiteral("d.acknowledge_code = ?"),
                           isPostgres(m_db) ? QStringLiteral(" FOR UPDATE") : QString()));
        q.addBindValue(byId ? codeOrId.trimmed().toLower() : code);
        if (Status s = exec(q, m_db, DeliveryRepoText::tr("find the delivery to acknowledge")); !s)
            return s;
        if (!q.next())
            return Error{byId ? DeliveryRepoText::tr("no delivery has the id %1").arg(codeOrId.trimmed())
                              : DeliveryRepoText::tr("no delivery has the code %1").arg(displayCode(code)),
                         where};
        record = readRecord(q);
        q.finish();
        if (record->state == DeliveryState::Acknowledged)
            return success(); // the first acknowledgement stands
        QSqlQuery u(m_db.connection());
        u.prepare(QStringLiteral(
            "UPDATE deliveries SET state = 'acknowledged', acknowledged_at = ?, acknowledged_by = ?, "
            "acknowledged_how = ?, lease_owner = '', updated_at = ? WHERE id = ?"));
        u.addBindValue(ms(now));
        u.addBindValue(by.trimmed());
        u.addBindValue(textValue(how));
        u.addBindValue(ms(now));
        u.addBindValue(record->planned.deliveryId);
        if (Status s = exec(u, m_db,
                            DeliveryRepoText::tr("acknowledge delivery %1").arg(record->planned.deliveryId));
            !s)
            return s;
        record->state = DeliveryState::Acknowledged;
        record->acknowledgedAt = now;
        record->acknowledgedBy = by.trimmed();
        record->acknowledgedHow = how;
        return addEvent(m_db, record->planned.deliveryId, now, QStringLiteral("acknowledged"), by.trimmed(),
                        DeliveryRepoText::tr("acknowledged by %1 (%2)").arg(by.trimmed(), how));
    });
    if (!done)
        return done.error();
    logging::module("delivery")
        ->info("delivery {} acknowledged by {} ({})", record->planned.deliveryId.toStdString(),
               record->acknowledgedBy.toStdString(), record->acknowledgedHow.toStdString());
    return *record;
}

} // namespace relais::delivery

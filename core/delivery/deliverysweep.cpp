// The planner sweep: plan what consoles saved and nobody planned yet.
#include "delivery/deliverysweep.h"

#include "delivery/deliveryrows.h"
#include "logging/logging.h"
#include "storage/consigneshistory.h"
#include "storage/database.h"
#include "storage/messagerepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace relais::delivery {

using namespace rows;

namespace {

struct DeliverySweepText
{
    Q_DECLARE_TR_FUNCTIONS(DeliverySweepText)
};

} // namespace

DeliverySweep::DeliverySweep(Database &db, const PhoneNumbers &phones)
    : m_db(db)
    , m_phones(phones)
    , m_queue(db, phones)
    , m_repository(db)
{}

Result<QDateTime> DeliverySweep::defaultSince(const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT MIN(updated_at) FROM delivery_messages"));
    if (Status s = exec(q, m_db, DeliverySweepText::tr("read when delivery started")); !s)
        return s.error();
    const qint64 first = q.next() && !q.value(0).isNull() ? q.value(0).toLongLong() : 0;
    q.finish(); // on SQLite an unfinished read keeps its snapshot, and a later write would be refused
    const QDateTime from = first > 0 ? fromMs(first) : now.toUTC();
    return from.addSecs(-kSweepLookBackSeconds);
}

Result<QStringList> DeliverySweep::unplanned(const QDateTime &since, int limit)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT m.id FROM messages m WHERE m.status = ? AND m.created_at >= ? "
                             "AND NOT EXISTS (SELECT 1 FROM delivery_messages d WHERE d.message_id = m.id) "
                             "ORDER BY m.created_at, m.id LIMIT ?"));
    q.addBindValue(toString(MessageStatus::Completed));
    q.addBindValue(ms(since));
    q.addBindValue(limit);
    if (Status s = exec(q, m_db, DeliverySweepText::tr("find the messages not planned yet")); !s)
        return s.error();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    return ids;
}

SweptMessage DeliverySweep::planOne(const Message &message, const QDateTime &now, const QString &actor,
                                    Status *error)
{
    SweptMessage swept{message.id, message.clientCode, 0, {}};
    auto notPlanned = [&](const DeliveryPlan &plan, const QStringList &reasons) {
        swept.problems = reasons;
        const Result<bool> recorded = m_repository.recordNotPlanned(plan, reasons, now, actor);
        if (!recorded)
            *error = recorded.error();
    };
    DeliveryPlan bare;
    bare.payload.message = message;

    // The consignes the operator took the message with when stored (what the caller was promised),
    // else the client's latest version.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT MAX(version), SUM(CASE WHEN version = ? THEN 1 ELSE 0 END) "
                             "FROM consigne_versions WHERE client_code = ?"));
    q.addBindValue(message.consignesVersion);
    q.addBindValue(message.clientCode);
    if (Status s =
            exec(q, m_db, DeliverySweepText::tr("find the consignes of client %1").arg(message.clientCode));
        !s) {
        *error = s;
        return swept;
    }
    const bool known = q.next() && !q.value(0).isNull();
    if (!known) {
        q.finish();
        notPlanned(
            bare,
            {DeliverySweepText::tr("unknown client '%1': nobody to deliver to").arg(message.clientCode)});
        return swept;
    }
    const int version = message.consignesVersion > 0 && q.value(1).toInt() > 0 ? message.consignesVersion
                                                                               : q.value(0).toInt();
    q.finish();
    ConsignesHistory history(m_db, m_phones);
    const Result<Consignes> consignes = history.load(message.clientCode, version);
    if (!consignes) {
        notPlanned(bare,
                   {DeliverySweepText::tr("the consignes of client %1 (version %2) cannot be read: %3")
                        .arg(message.clientCode, QString::number(version), consignes.error().toString())});
        return swept;
    }
    const Result<QueueResult> queued = m_queue.planAndQueue(message, *consignes, now, actor);
    if (!queued) {
        *error = queued.error();
        return swept;
    }
    swept.queued = queued->queued;
    swept.problems = queued->plan.issues; // planAndQueue recorded them
    return swept;
}

Result<QList<SweptMessage>> DeliverySweep::sweep(const QDateTime &now, const QDateTime &since, int batchSize,
                                                 const QString &actor)
{
    QDateTime from = since;
    if (!from.isValid()) {
        const Result<QDateTime> d = defaultSince(now);
        if (!d)
            return d.error();
        from = *d;
    }
    MessageRepository messages(m_db);
    QList<SweptMessage> swept;
    QSet<QString> seen; // a message that stays unplanned (changed under us) must not loop forever
    for (;;) {
        const Result<QStringList> ids = unplanned(from, std::max(1, batchSize));
        if (!ids)
            return ids.error();
        bool anyNew = false;
        for (const QString &id : *ids) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            anyNew = true;
            const Result<std::optional<Message>> message = messages.find(id);
            if (!message)
                return message.error();
            if (!*message || (*message)->status != MessageStatus::Completed)
                continue; // deleted or reopened since the query: nothing to plan
            Status error = success();
            SweptMessage one = planOne(**message, now, actor, &error);
            if (!error)
                return error.error();
            swept << one;
        }
        // Every message handled got a delivery_messages row, so the next query moves on; a short
        // batch means none is left.
        if (ids->size() < batchSize || !anyNew)
            break;
    }
    if (!swept.isEmpty())
        logging::module("delivery")
            ->info("planned {} messages saved since {}", swept.size(),
                   from.toString(Qt::ISODate).toStdString());
    return swept;
}

} // namespace relais::delivery

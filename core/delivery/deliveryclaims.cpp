// Claiming due deliveries under a lease, and recording what the server answered.
//
// Exactly once: a claim sets state 'sending', the lease owner and its expiry in the same transaction
// that picked the rows — on PostgreSQL with FOR UPDATE SKIP LOCKED, so a second worker skips rows the
// first is claiming instead of waiting or claiming them too; on SQLite under BEGIN IMMEDIATE, which
// serializes writers. A worker that dies mid-send leaves the row 'sending' until its lease expires;
// the next claim takes it again and sends it under the same delivery id, from which the transports
// make the email Message-ID, so a retry is never a second distinct email. Results are recorded only
// by the lease holder.
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

namespace relais::delivery {

using namespace rows;

namespace {

struct DeliveryClaimText
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryClaimText)
};

QMap<QString, QString> fieldLabelsFromJson(const QString &text)
{
    QMap<QString, QString> labels;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

// The lease holder's row, locked for the update; an Error when the lease was lost.
Result<DeliveryRecord> heldRow(Database &db, const QString &deliveryId, const QString &workerId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM deliveries d WHERE d.id = ?%2")
                  .arg(recordColumns(), isPostgres(db) ? QStringLiteral(" FOR UPDATE") : QString()));
    q.addBindValue(deliveryId);
    if (Status s = exec(q, db, DeliveryClaimText::tr("read delivery %1").arg(deliveryId)); !s)
        return s.error();
    if (!q.next())
        return Error{DeliveryClaimText::tr("delivery %1 does not exist").arg(deliveryId),
                     db.url().redacted()};
    DeliveryRecord record = readRecord(q);
    if (record.state != DeliveryState::Sending || record.leaseOwner != workerId)
        return Error{
            DeliveryClaimText::tr("delivery %1 is no longer held by %2 (now %3, %4): its result is not "
                                  "recorded")
                .arg(deliveryId, workerId, toString(record.state), record.leaseOwner),
            db.url().redacted()};
    return record;
}

} // namespace

Result<QList<ClaimedDelivery>> DeliveryRepository::claim(const ClaimRequest &request)
{
    QList<ClaimedDelivery> claimed;
    if (request.channels.isEmpty() || request.limit <= 0)
        return claimed;
    if (request.workerId.isEmpty())
        return Error{DeliveryClaimText::tr("a delivery worker needs a name to hold a lease"),
                     m_db.url().redacted()};
    const qint64 now = ms(request.now);
    const qint64 leaseUntil = now + qint64(std::max(1, request.leaseSeconds)) * 1000;
    const Status done = inWriteTransaction(m_db, [&]() -> Status {
        QStringList marks;
        for (qsizetype i = 0; i < request.channels.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery pick(m_db.connection());
        pick.prepare(
            QStringLiteral("SELECT d.id, d.state, d.attempts, d.lease_owner FROM deliveries d "
                           "WHERE d.channel IN (%1) AND ((d.state = 'queued' AND d.next_attempt_at <= ?) "
                           "OR (d.state = 'sending' AND d.lease_until <= ?)) "
                           "ORDER BY d.next_attempt_at, d.id LIMIT ?%2")
                .arg(marks.join(QStringLiteral(", ")),
                     isPostgres(m_db) ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString()));
        for (const Channel channel : request.channels)
            pick.addBindValue(channelName(channel));
        pick.addBindValue(now);
        pick.addBindValue(now);
        pick.addBindValue(request.limit);
        if (Status s = exec(pick, m_db, DeliveryClaimText::tr("pick due deliveries")); !s)
            return s;
        struct Picked
        {
            QString id;
            bool expiredLease;
            int attempts;
            QString previousOwner;
        };
        QList<Picked> picked;
        while (pick.next())
            picked << Picked{pick.value(0).toString(), pick.value(1).toString() == QLatin1String("sending"),
                             pick.value(2).toInt(), pick.value(3).toString()};
        pick.finish();

        QStringList ids;
        for (const Picked &p : picked) {
            QSqlQuery u(m_db.connection());
            // A delivery whose sender died again and again fails rather than loop forever.
            if (p.expiredLease && p.attempts >= request.maxAttempts) {
                u.prepare(QStringLiteral(
                    "UPDATE deliveries SET state = 'failed', lease_owner = '', lease_until = 0, "
                    "last_answer = ?, updated_at = ? WHERE id = ?"));
                const QString answer =
                    DeliveryClaimText::tr("the sender stopped mid-send %1 times").arg(p.attempts);
                u.addBindValue(answer);
                u.addBindValue(now);
                u.addBindValue(p.id);
                if (Status s = exec(u, m_db, DeliveryClaimText::tr("fail delivery %1").arg(p.id)); !s)
                    return s;
                if (Status s =
                        addEvent(m_db, p.id, request.now, QStringLiteral("failed"), request.workerId, answer);
                    !s)
                    return s;
                continue;
            }
            u.prepare(
                QStringLiteral("UPDATE deliveries SET state = 'sending', lease_owner = ?, lease_until = ?, "
                               "attempts = attempts + 1, updated_at = ? WHERE id = ?"));
            u.addBindValue(request.workerId);
            u.addBindValue(leaseUntil);
            u.addBindValue(now);
            u.addBindValue(p.id);
            if (Status s = exec(u, m_db, DeliveryClaimText::tr("claim delivery %1").arg(p.id)); !s)
                return s;
            if (p.expiredLease) {
                const QString detail =
                    DeliveryClaimText::tr("the lease of %1 expired: sent again").arg(p.previousOwner);
                if (Status s = addEvent(m_db, p.id, request.now, QStringLiteral("lease-expired"),
                                        request.workerId, detail);
                    !s)
                    return s;
            }
            if (Status s = addEvent(m_db, p.id, request.now, QStringLiteral("sending"), request.workerId,
                                    DeliveryClaimText::tr("attempt %1").arg(p.attempts + 1));
                !s)
                return s;
            ids << p.id;
        }
        for (const QString &id : ids) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                          "SELECT %1, m.client_name, m.urgency_label, m.urgent, m.field_labels, m.message "
                          "FROM deliveries d JOIN delivery_messages m ON m.message_id = d.message_id "
                          "WHERE d.id = ?")
                          .arg(recordColumns()));
            q.addBindValue(id);
            if (Status s = exec(q, m_db, DeliveryClaimText::tr("read delivery %1").arg(id)); !s)
                return s;
            if (!q.next())
                return Error{DeliveryClaimText::tr("delivery %1 has no stored message").arg(id),
                             m_db.url().redacted()};
            ClaimedDelivery c;
            c.record = readRecord(q);
            const int base = 24;
            transport::Outgoing &o = c.outgoing;
            o.deliveryId = c.record.planned.deliveryId;
            o.clientName = q.value(base).toString();
            o.urgencyLabel = q.value(base + 1).toString();
            o.urgent = q.value(base + 2).toInt() != 0;
            o.fieldLabels = fieldLabelsFromJson(q.value(base + 3).toString());
            o.message = messagecodec::fromJson(
                QJsonDocument::fromJson(q.value(base + 4).toString().toUtf8()).object());
            o.recipientName = c.record.planned.recipient.name;
            o.address = c.record.planned.recipient.address;
            o.acknowledgeCode = c.record.planned.acknowledgeWithinMinutes > 0
                                    ? displayCode(c.record.planned.acknowledgeCode)
                                    : QString();
            if (!o.acknowledgeCode.isEmpty() && !request.acknowledgeUrlTemplate.isEmpty())
                o.acknowledgeUrl = QString(request.acknowledgeUrlTemplate)
                                       .replace(QStringLiteral("{code}"), c.record.planned.acknowledgeCode);
            claimed << c;
        }
        return success();
    });
    if (!done)
        return done.error();
    return claimed;
}

Status DeliveryRepository::recordSent(const QString &deliveryId, const QString &workerId,
                                      const QString &answer, const QDateTime &now)
{
    return inWriteTransaction(m_db, [&]() -> Status {
        const Result<DeliveryRecord> held = heldRow(m_db, deliveryId, workerId);
        if (!held)
            return held.error();
        QSqlQuery u(m_db.connection());
        u.prepare(QStringLiteral(
            "UPDATE deliveries SET state = 'sent', sent_at = ?, last_answer = ?, lease_owner = '', "
            "lease_until = 0, updated_at = ? WHERE id = ?"));
        u.addBindValue(ms(now));
        u.addBindValue(textValue(answer));
        u.addBindValue(ms(now));
        u.addBindValue(deliveryId);
        if (Status s = exec(u, m_db, DeliveryClaimText::tr("record delivery %1 as sent").arg(deliveryId)); !s)
            return s;
        return addEvent(m_db, deliveryId, now, QStringLiteral("sent"), workerId, answer);
    });
}

Result<FailureOutcome> DeliveryRepository::recordFailure(const QString &deliveryId, const QString &workerId,
                                                         bool permanent, const QString &answer,
                                                         const QDateTime &now, const RetryPolicy &retry)
{
    FailureOutcome outcome;
    const Status done = inWriteTransaction(m_db, [&]() -> Status {
        const Result<DeliveryRecord> held = heldRow(m_db, deliveryId, workerId);
        if (!held)
            return held.error();
        const bool giveUp = permanent || held->attempts >= retry.maxAttempts;
        QSqlQuery u(m_db.connection());
        QString detail = answer;
        if (giveUp) {
            outcome.state = DeliveryState::Failed;
            u.prepare(
                QStringLiteral("UPDATE deliveries SET state = 'failed', last_answer = ?, lease_owner = '', "
                               "lease_until = 0, updated_at = ? WHERE id = ?"));
            u.addBindValue(textValue(answer));
            u.addBindValue(ms(now));
            if (!permanent)
                detail =
                    DeliveryClaimText::tr("%1 (gave up after %2 attempts)").arg(answer).arg(held->attempts);
        } else {
            outcome.state = DeliveryState::Queued;
            outcome.nextAttemptAt = now.addSecs(retry.delayAfter(held->attempts));
            u.prepare(QStringLiteral(
                "UPDATE deliveries SET state = 'queued', next_attempt_at = ?, last_answer = ?, "
                "lease_owner = '', lease_until = 0, updated_at = ? WHERE id = ?"));
            u.addBindValue(ms(outcome.nextAttemptAt));
            u.addBindValue(textValue(answer));
            u.addBindValue(ms(now));
            detail = DeliveryClaimText::tr("%1 (attempt %2; next at %3)")
                         .arg(answer)
                         .arg(held->attempts)
                         .arg(outcome.nextAttemptAt.toString(Qt::ISODate));
        }
        u.addBindValue(deliveryId);
        if (Status s =
                exec(u, m_db, DeliveryClaimText::tr("record the failure of delivery %1").arg(deliveryId));
            !s)
            return s;
        return addEvent(m_db, deliveryId, now, giveUp ? QStringLiteral("failed") : QStringLiteral("retry"),
                        workerId, detail);
    });
    if (!done)
        return done.error();
    return outcome;
}

} // namespace relais::delivery

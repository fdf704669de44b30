// Finding a delivery by its acknowledgement code, and the SMS gateway's delivery receipts.
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

struct DeliveryReceiptText
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryReceiptText)
};

} // namespace

Result<std::optional<DeliveryRecord>> DeliveryRepository::findByCode(const QString &code)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM deliveries d WHERE d.acknowledge_code = ?").arg(recordColumns()));
    q.addBindValue(code);
    if (Status s =
            exec(q, m_db, DeliveryReceiptText::tr("find the delivery with code %1").arg(displayCode(code)));
        !s)
        return s.error();
    if (!q.next())
        return std::optional<DeliveryRecord>();
    return std::optional<DeliveryRecord>(readRecord(q));
}

Result<DeliveryRecord> DeliveryRepository::recordReceipt(const QString &deliveryId, bool delivered,
                                                         const QString &answer, const QDateTime &now)
{
    const QString kind = delivered ? QStringLiteral("delivered") : QStringLiteral("failed");
    const QString detail = DeliveryReceiptText::tr("gateway receipt: %1").arg(answer.left(500));
    std::optional<DeliveryRecord> record;
    const Status done = inWriteTransaction(m_db, [&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT %1 FROM deliveries d WHERE d.id = ?%2")
                      .arg(recordColumns(), isPostgres(m_db) ? QStringLiteral(" FOR UPDATE") : QString()));
        q.addBindValue(deliveryId);
        if (Status s = exec(q, m_db, DeliveryReceiptText::tr("read delivery %1").arg(deliveryId)); !s)
            return s;
        if (!q.next())
            return Error{DeliveryReceiptText::tr("no delivery has the id %1").arg(deliveryId),
                         DeliveryReceiptText::tr("delivery receipt")};
        record = readRecord(q);
        q.finish();
        // Only a message the gateway took changes state: an acknowledged one stays acknowledged, and a
        // receipt that overtakes the worker's own record of the send is kept in the log alone.
        const bool applies =
            record->state == DeliveryState::Sent || record->state == DeliveryState::Delivered;
        if (applies) {
            QSqlQuery u(m_db.connection());
            u.prepare(QStringLiteral(
                "UPDATE deliveries SET state = ?, last_answer = ?, updated_at = ? WHERE id = ?"));
            u.addBindValue(kind);
            u.addBindValue(detail);
            u.addBindValue(ms(now));
            u.addBindValue(deliveryId);
            if (Status s = exec(u, m_db,
                                DeliveryReceiptText::tr("record the receipt of delivery %1").arg(deliveryId));
                !s)
                return s;
            record->state = delivered ? DeliveryState::Delivered : DeliveryState::Failed;
            record->lastAnswer = detail;
        }
        return addEvent(m_db, deliveryId, now, applies ? kind : QStringLiteral("receipt"),
                        QStringLiteral("gateway"), detail);
    });
    if (!done)
        return done.error();
    logging::module("delivery")
        ->info("delivery {} receipt: {} ({})", deliveryId.toStdString(), kind.toStdString(),
               toString(record->state).toStdString());
    return *record;
}

} // namespace relais::delivery

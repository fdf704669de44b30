// The planner sweep: completed messages in the database that have no delivery plan yet (saved by a
// console and pushed by sync, nobody planned them) are planned under their client's consignes and
// queued, in batches. What cannot be planned (unknown client, planning issues) is recorded as a
// failed "not planned" row the follow-up list shows, never skipped silently.
//
// Idempotent: delivery ids are deterministic and the tables' keys refuse a second row, so two
// workers sweeping at once plan each message once. Drafts are never planned.
#pragma once

#include "common/result.h"
#include "delivery/deliveryqueue.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace relais {
class Database;
class PhoneNumbers;
} // namespace relais

namespace relais::delivery {

// One message the sweep looked at.
struct SweptMessage
{
    QString messageId;
    QString clientCode;
    int queued = 0;       // deliveries new to the queue
    QStringList problems; // why (some of) it was not planned: unknown client, planning issues
};

// How far back the sweep looks when no --since is given: a day before the first message the
// delivery queue ever held, or a day before now when it holds none — so enabling delivery on an
// old database does not send years of old messages.
inline constexpr qint64 kSweepLookBackSeconds = 24 * 60 * 60;

class DeliverySweep final
{
public:
    // `db` is where the messages and the delivery queue are (the shared database when there is one);
    // both must outlive this.
    DeliverySweep(Database &db, const PhoneNumbers &phones);

    // Plans every completed message created at or after `since` (invalid: defaultSince) that has no
    // delivery plan yet, `batchSize` messages per query, until none is left.
    Result<QList<SweptMessage>> sweep(const QDateTime &now, const QDateTime &since = {}, int batchSize = 100,
                                      const QString &actor = {});

    // The oldest creation time the sweep considers when not told (see kSweepLookBackSeconds).
    Result<QDateTime> defaultSince(const QDateTime &now);

private:
    Result<QStringList> unplanned(const QDateTime &since, int limit);
    SweptMessage planOne(const Message &message, const QDateTime &now, const QString &actor, Status *error);

    Database &m_db;
    const PhoneNumbers &m_phones;
    DeliveryQueue m_queue;
    DeliveryRepository m_repository;
};

} // namespace relais::delivery

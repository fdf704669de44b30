// Internal to core/delivery: the deliveries table's columns, row reading, times and the log insert,
// shared by the repository's files.
#pragma once

#include "common/result.h"
#include "delivery/delivery.h"
#include "storage/database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace relais::delivery::rows {

// UTC milliseconds; an invalid time is 0, and 0 reads back as an invalid time.
inline qint64 ms(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}
inline QDateTime fromMs(qint64 value)
{
    return value == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value, Qt::UTC);
}

// The columns readRecord() reads, in order, each prefixed with "alias.".
QString recordColumns(const QString &alias = QStringLiteral("d"));
DeliveryRecord readRecord(const QSqlQuery &query, int first = 0);

QString contactsToJson(const QList<Contact> &contacts);
QList<Contact> contactsFromJson(const QString &text);

// Runs `query` (already prepared and bound); an Error naming `what` and the database when it fails.
Status exec(QSqlQuery &query, const Database &db, const QString &what);

// Appends one line to delivery_events.
Status addEvent(Database &db, const QString &deliveryId, const QDateTime &at, const QString &kind,
                const QString &actor, const QString &detail);

// Runs `work` in one write transaction: committed when it succeeds, rolled back when it fails.
Status inWriteTransaction(Database &db, const std::function<Status()> &work);

bool isPostgres(const Database &db);

} // namespace relais::delivery::rows

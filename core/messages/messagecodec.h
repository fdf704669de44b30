// A message as stored (the messages table's columns, its JSON documents) and as exported (a JSON object).
#pragma once

#include "messages/message.h"

#include <QJsonObject>
#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace relais::messagecodec {

// The messages columns a Message is read from and written to, in the order of read() and bindValues().
const QString &columns();
// The same columns, each prefixed with "alias." (for queries that join).
QString columns(const QString &alias);
// Reads a Message from the current row of a query that selected columns() starting at `first`.
Message read(const QSqlQuery &query, int first = 0);
// The values to bind for columns(), in order; createdAt/updatedAt as UTC milliseconds.
QVariantList bindValues(const Message &message, qint64 createdAt, qint64 updatedAt);

QString answersToJson(const QMap<QString, QString> &answers);
QMap<QString, QString> answersFromJson(const QString &text);
QString actionsToJson(const QList<ActionTaken> &actions);
QList<ActionTaken> actionsFromJson(const QString &text);

// The whole message as one JSON object (times as ISO 8601 UTC), for exports and amendment history.
QJsonObject toJson(const Message &message);
// The reverse of toJson(); missing or odd members read as their defaults.
Message fromJson(const QJsonObject &object);

} // namespace relais::messagecodec

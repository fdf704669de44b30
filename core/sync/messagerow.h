// One row of the messages table as column values, copied between the local store and the server
// without going through Message, so columns other modules add later travel with the row.
#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSqlQuery;

namespace relais {

class Database;

// The version of a message as the sync compares it: higher revision first, then later updated_at.
struct MessageVersion
{
    qint64 revision = 0;
    qint64 updatedAt = 0;

    auto operator<=>(const MessageVersion &) const = default;
};

struct MessageRow
{
    QString id;
    MessageVersion version;
    QVariantList values; // in the order of the column list it was read with

    QJsonObject toJson(const QStringList &columns) const;
};

namespace messagerows {

// The columns of `messages` both databases have, minus server_seq (the server's own change number).
Result<QStringList> sharedColumns(Database &local, Database &server);
// Reads the current row of a query selected with "SELECT <columns> …"; id, revision and updated_at
// must be among the columns.
MessageRow read(const QSqlQuery &query, const QStringList &columns);
// Inserts or replaces the row with exactly these values (no revision bump: a copy, not an edit).
Status upsert(Database &db, const QStringList &columns, const MessageRow &row);
// The same for many rows (distinct ids); on PostgreSQL in one statement, so a push batch is one
// round trip instead of one per row.
Status upsertMany(Database &db, const QStringList &columns, const QList<MessageRow> &rows);
// Writes rows as upsert() does through one statement prepared on first use: a catching-up pull
// writes hundreds of rows per batch, and preparing the statement for each was most of its time.
class RowWriter final
{
public:
    RowWriter(Database &db, QStringList columns);
    ~RowWriter();
    Status write(const MessageRow &row);

private:
    Database &m_db;
    QStringList m_columns;
    std::unique_ptr<QSqlQuery> m_query;
};

// Rows whose id is in `ids`, by id. `suffix` is appended to the query (e.g. " FOR UPDATE").
Result<QList<MessageRow>> fetch(Database &db, const QStringList &columns, const QStringList &ids,
                                const QString &suffix = {});
QString columnList(const QStringList &columns);

} // namespace messagerows

} // namespace relais

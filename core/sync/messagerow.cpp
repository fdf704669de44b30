// Reading and writing message rows column by column for the sync worker.
#include "sync/messagerow.h"

#include "storage/database.h"
#include "storage/sqlerrortext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace relais {

namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under SyncText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct SyncText
{
    Q_DECLARE_TR_FUNCTIONS(SyncText)
};

const QString serverSeq = QStringLiteral("server_seq");

QStringList columnsOf(Database &db)
{
    QStringList names;
    const QSqlRecord record = db.connection().record(QStringLiteral("messages"));
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i).toLower();
    return names;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

} // namespace

QJsonObject MessageRow::toJson(const QStringList &columns) const
{
    QJsonObject object;
    for (qsizetype i = 0; i < columns.size() && i < values.size(); ++i)
        object.insert(columns[i], QJsonValue::fromVariant(values[i]));
    return object;
}

namespace messagerows {

QString columnList(const QStringList &columns)
{
    return columns.join(QStringLiteral(", "));
}

Result<QStringList> sharedColumns(Database &local, Database &server)
{
    const QStringList serverColumns = columnsOf(server);
    QStringList shared;
    for (const QString &column : columnsOf(local))
        if (column != serverSeq && serverColumns.contains(column))
            shared << column;
    for (const char *needed : {"id", "revision", "updated_at"})
        if (!shared.contains(QLatin1String(needed)))
            return Error{
                SyncText::tr("the messages table has no column %1 on both sides").arg(QLatin1String(needed)),
                server.url().redacted()};
    return shared;
}

MessageRow read(const QSqlQuery &query, const QStringList &columns)
{
    MessageRow row;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QVariant value = query.value(static_cast<int>(i));
        row.values << value;
        if (columns[i] == QLatin1String("id"))
            row.id = value.toString();
        else if (columns[i] == QLatin1String("revision"))
            row.version.revision = value.toLongLong();
        else if (columns[i] == QLatin1String("updated_at"))
            row.version.updatedAt = value.toLongLong();
    }
    return row;
}

Status upsert(Database &db, const QStringList &columns, const MessageRow &row)
{
    return RowWriter(db, columns).write(row);
}

RowWriter::RowWriter(Database &db, QStringList columns)
    : m_db(db)
    , m_columns(std::move(columns))
{}

RowWriter::~RowWriter() = default;

Status RowWriter::write(const MessageRow &row)
{
    // Checked, not trusted: a value missing would be silently taken from the row written before.
    if (row.values.size() != m_columns.size())
        return Error{SyncText::tr("cannot write message %1: %2 values for %3 columns")
                         .arg(row.id)
                         .arg(row.values.size())
                         .arg(m_columns.size()),
                     m_db.url().redacted()};
    if (!m_query) {
        QStringList updates;
        for (const QString &column : std::as_const(m_columns))
            if (column != QLatin1String("id"))
                updates << column + QStringLiteral(" = excluded.") + column;
        m_query = std::make_unique<QSqlQuery>(m_db.connection());
        if (!m_query->prepare(
                QStringLiteral("INSERT INTO messages (%1) VALUES (%2) ON CONFLICT (id) DO UPDATE SET %3")
                    .arg(columnList(m_columns), placeholders(m_columns.size()),
                         updates.join(QStringLiteral(", "))))) {
            const QString reason = sqlErrorText(m_query->lastError());
            m_query.reset();
            return Error{SyncText::tr("cannot write message %1: %2").arg(row.id, reason),
                         m_db.url().redacted()};
        }
    }
    for (qsizetype i = 0; i < row.values.size(); ++i)
        m_query->bindValue(static_cast<int>(i), row.values[i]);
    if (!m_query->exec())
        return Error{
            SyncText::tr("cannot write message %1: %2").arg(row.id, sqlErrorText(m_query->lastError())),
            m_db.url().redacted()};
    m_query->finish();
    return success();
}

Status upsertMany(Database &db, const QStringList &columns, const QList<MessageRow> &rows)
{
    if (rows.isEmpty() || columns.isEmpty())
        return success();
    QStringList updates;
    for (const QString &column : columns)
        if (column != QLatin1String("id"))
            updates << column + QStringLiteral(" = excluded.") + column;
    const QString conflict =
        QStringLiteral(" ON CONFLICT (id) DO UPDATE SET ") + updates.join(QStringLiteral(", "));
    if (db.engine() == DatabaseUrl::Engine::Postgres) {
        // One parameter, a JSON array of rows typed by the table itself: binding thousands of
        // parameters costs the client more than the server's whole insert.
        QJsonArray array;
        for (const MessageRow &row : rows)
            array.append(row.toJson(columns));
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("INSERT INTO messages (%1) SELECT %1 FROM "
                                     "json_populate_recordset(NULL::messages, ?::json)")
                          .arg(columnList(columns)) +
                      conflict);
        query.addBindValue(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        if (!query.exec())
            return Error{SyncText::tr("cannot write %1 messages: %2")
                             .arg(rows.size())
                             .arg(sqlErrorText(query.lastError())),
                         db.url().redacted()};
        return success();
    }
    RowWriter writer(db, columns);
    for (const MessageRow &row : rows)
        if (Status written = writer.write(row); !written)
            return written;
    return success();
}

Result<QList<MessageRow>> fetch(Database &db, const QStringList &columns, const QStringList &ids,
                                const QString &suffix)
{
    QList<MessageRow> rows;
    if (ids.isEmpty())
        return rows;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM messages WHERE id IN (%2)%3")
                      .arg(columnList(columns), placeholders(ids.size()), suffix));
    for (const QString &id : ids)
        query.addBindValue(id);
    if (!query.exec())
        return Error{SyncText::tr("cannot read messages: %1").arg(sqlErrorText(query.lastError())),
                     db.url().redacted()};
    while (query.next())
        rows << read(query, columns);
    return rows;
}

} // namespace messagerows

} // namespace relais

// The local store's sync bookkeeping: the version the server acknowledged per message (sync_pushed),
// the pull cursor (sync_state) and the losing versions of conflicts (message_conflicts).
#include "sync/syncledger.h"

#include "storage/database.h"
#include "storage/sqlerrortext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sync", text);
}

Error queryError(const Database &db, const QString &what, const QSqlQuery &query)
{
    return Error{what + QStringLiteral(": ") + sqlErrorText(query.lastError()), db.url().redacted()};
}

} // namespace

SyncLedger::SyncLedger(Database &local, QString cursorName)
    : m_local(local)
    , m_cursorName(std::move(cursorName))
{}

Result<qint64> SyncLedger::pendingCount()
{
    QSqlQuery query(m_local.connection());
    if (!query.exec(
            QStringLiteral("SELECT COUNT(*) FROM messages m LEFT JOIN sync_pushed p ON p.message_id = m.id "
                           "WHERE p.message_id IS NULL OR p.revision <> m.revision "
                           "OR p.updated_at <> m.updated_at")) ||
        !query.next())
        return queryError(m_local, tr("cannot count the messages waiting to sync"), query);
    return query.value(0).toLongLong();
}

Result<QList<SyncLedger::Pending>> SyncLedger::pending(const QStringList &columns, int limit)
{
    QStringList qualified;
    for (const QString &column : columns)
        qualified << QStringLiteral("m.") + column;
    QSqlQuery query(m_local.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, p.revision, p.updated_at FROM messages m "
                                 "LEFT JOIN sync_pushed p ON p.message_id = m.id "
                                 "WHERE p.message_id IS NULL OR p.revision <> m.revision "
                                 "OR p.updated_at <> m.updated_at ORDER BY m.updated_at, m.id LIMIT ?")
                      .arg(qualified.join(QStringLiteral(", "))));
    query.addBindValue(limit);
    if (!query.exec())
        return queryError(m_local, tr("cannot read the messages waiting to sync"), query);
    QList<Pending> pending;
    const int baseAt = static_cast<int>(columns.size());
    while (query.next()) {
        Pending p{messagerows::read(query, columns), std::nullopt};
        if (!query.isNull(baseAt))
            p.base = MessageVersion{query.value(baseAt).toLongLong(), query.value(baseAt + 1).toLongLong()};
        pending << p;
    }
    return pending;
}

Result<std::optional<MessageVersion>> SyncLedger::baseOf(const QString &id)
{
    QSqlQuery query(m_local.connection());
    query.prepare(QStringLiteral("SELECT revision, updated_at FROM sync_pushed WHERE message_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(m_local, tr("cannot read the sync state"), query);
    if (!query.next())
        return std::optional<MessageVersion>();
    return std::optional<MessageVersion>(
        MessageVersion{query.value(0).toLongLong(), query.value(1).toLongLong()});
}

Status SyncLedger::setBase(const QString &id, MessageVersion version)
{
    QSqlQuery query(m_local.connection());
    query.prepare(
        QStringLiteral("INSERT INTO sync_pushed (message_id, revision, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (message_id) DO UPDATE SET revision = excluded.revision, "
                       "updated_at = excluded.updated_at"));
    query.addBindValue(id);
    query.addBindValue(version.revision);
    query.addBindValue(version.updatedAt);
    if (!query.exec())
        return queryError(m_local, tr("cannot record the sync state"), query);
    return success();
}

Status SyncLedger::recordConflict(Database &db, const SyncConflict &c, const QJsonObject &lostRow,
                                  qint64 detectedAtMs)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO message_conflicts (message_id, detected_at, detected_during, kept_revision, "
        "kept_updated_at, lost_revision, lost_updated_at, lost_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(c.messageId), QVariant(detectedAtMs), QVariant(c.detectedDuring),
          QVariant(c.kept.revision), QVariant(c.kept.updatedAt), QVariant(c.lost.revision),
          QVariant(c.lost.updatedAt),
          QVariant(QString::fromUtf8(QJsonDocument(lostRow).toJson(QJsonDocument::Compact)))})
        query.addBindValue(value);
    if (!query.exec())
        return queryError(db, tr("cannot keep the losing version of message %1").arg(c.messageId), query);
    return success();
}

Result<qint64> SyncLedger::cursor()
{
    QSqlQuery query(m_local.connection());
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE name = ?"));
    query.addBindValue(m_cursorName);
    if (!query.exec())
        return queryError(m_local, tr("cannot read the sync cursor"), query);
    return query.next() ? query.value(0).toString().toLongLong() : qint64{0};
}

Status SyncLedger::setCursor(qint64 cursor)
{
    QSqlQuery query(m_local.connection());
    query.prepare(QStringLiteral("INSERT INTO sync_state (name, value) VALUES (?, ?) "
                                 "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    query.addBindValue(m_cursorName);
    query.addBindValue(QString::number(cursor));
    if (!query.exec())
        return queryError(m_local, tr("cannot record the sync cursor"), query);
    return success();
}

} // namespace relais

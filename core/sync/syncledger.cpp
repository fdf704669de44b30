// The local store's sync bookkeeping: the outbox of messages to push (sync_outbox, syncoutbox.cpp),
// the version the server acknowledged per message (sync_pushed), the pull cursor (sync_state) and
// the losing versions of conflicts (message_conflicts).
#include "sync/syncledger.h"

#include "storage/database.h"
#include "storage/sqlerrortext.h"
#include "sync/syncoutbox.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace relais {

namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under SyncText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct SyncText
{
    Q_DECLARE_TR_FUNCTIONS(SyncText)
};

Error queryError(const Database &db, const QString &what, const QSqlQuery &query)
{
    return Error{what + QStringLiteral(": ") + sqlErrorText(query.lastError()), db.url().redacted()};
}

// The outbox entries still waiting: their message exists and its version is not the agreed one.
// The outbox is the outer loop (CROSS JOIN keeps SQLite from starting with messages), walked in
// marking order, so a batch reads about as many rows as it returns.
const char *const kWaiting = "FROM sync_outbox o CROSS JOIN messages m "
                             "LEFT JOIN sync_pushed p ON p.message_id = m.id "
                             "WHERE m.id = o.message_id AND (p.message_id IS NULL "
                             "OR p.revision <> m.revision OR p.updated_at <> m.updated_at)";

} // namespace

SyncLedger::SyncLedger(Database &local, QString cursorName)
    : m_local(local)
    , m_cursorName(std::move(cursorName))
{}

SyncLedger::~SyncLedger() = default;

Status SyncLedger::prepare()
{
    if (m_prepared)
        return success();
    if (Status done = syncoutbox::install(m_local); !done)
        return done;
    m_prepared = true;
    return success();
}

Result<qint64> SyncLedger::pendingCount()
{
    if (Status ready = prepare(); !ready)
        return ready.error();
    QSqlQuery query(m_local.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) ") + QLatin1String(kWaiting)) || !query.next())
        return queryError(m_local, SyncText::tr("cannot count the messages waiting to sync"), query);
    return query.value(0).toLongLong();
}

Result<QList<SyncLedger::Pending>> SyncLedger::pending(const QStringList &columns, int limit)
{
    if (Status ready = prepare(); !ready)
        return ready.error();
    QStringList qualified;
    for (const QString &column : columns)
        qualified << QStringLiteral("m.") + column;
    QSqlQuery query(m_local.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, p.revision, p.updated_at %2 ORDER BY o.seq LIMIT ?")
                      .arg(qualified.join(QStringLiteral(", ")), QLatin1String(kWaiting)));
    query.addBindValue(limit);
    if (!query.exec())
        return queryError(m_local, SyncText::tr("cannot read the messages waiting to sync"), query);
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

Result<qint64> SyncLedger::pruneSettled()
{
    if (Status ready = prepare(); !ready)
        return ready.error();
    // Looked for first: a DELETE would take the store's write lock on every idle cycle.
    const QString settled =
        QStringLiteral("FROM sync_outbox o LEFT JOIN messages m ON m.id = o.message_id "
                       "LEFT JOIN sync_pushed p ON p.message_id = o.message_id "
                       "WHERE m.id IS NULL OR (p.revision = m.revision AND p.updated_at = m.updated_at)");
    QSqlQuery query(m_local.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) ") + settled) || !query.next())
        return queryError(m_local, SyncText::tr("cannot read the sync outbox"), query);
    if (query.value(0).toLongLong() == 0)
        return qint64{0};
    query.finish();
    // One statement: a message saved meanwhile is either not settled or marked again after it.
    if (!query.exec(QStringLiteral("DELETE FROM sync_outbox WHERE seq IN (SELECT o.seq ") + settled +
                    QStringLiteral(")")))
        return queryError(m_local, SyncText::tr("cannot tidy the sync outbox"), query);
    return qint64{query.numRowsAffected()};
}

Result<std::optional<MessageVersion>> SyncLedger::baseOf(const QString &id)
{
    QSqlQuery query(m_local.connection());
    query.prepare(QStringLiteral("SELECT revision, updated_at FROM sync_pushed WHERE message_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(m_local, SyncText::tr("cannot read the sync state"), query);
    if (!query.next())
        return std::optional<MessageVersion>();
    return std::optional<MessageVersion>(
        MessageVersion{query.value(0).toLongLong(), query.value(1).toLongLong()});
}

Result<QHash<QString, MessageVersion>> SyncLedger::basesOf(const QStringList &ids)
{
    QHash<QString, MessageVersion> bases;
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QStringList chunk = ids.mid(from, kChunk);
        QStringList marks;
        marks.fill(QStringLiteral("?"), chunk.size());
        QSqlQuery query(m_local.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
                          "SELECT message_id, revision, updated_at FROM sync_pushed WHERE message_id IN (%1)")
                          .arg(marks.join(QStringLiteral(", "))));
        for (const QString &id : chunk)
            query.addBindValue(id);
        if (!query.exec())
            return queryError(m_local, SyncText::tr("cannot read the sync state"), query);
        while (query.next())
            bases.insert(query.value(0).toString(),
                         MessageVersion{query.value(1).toLongLong(), query.value(2).toLongLong()});
    }
    return bases;
}

Status SyncLedger::setBase(const QString &id, MessageVersion version)
{
    // Prepared once per ledger: a batch calls this once per message, and preparing both statements
    // each time was half of a push's time.
    if (!m_setBase) {
        m_setBase = std::make_unique<QSqlQuery>(m_local.connection());
        m_leaveOutbox = std::make_unique<QSqlQuery>(m_local.connection());
        const bool prepared =
            m_setBase->prepare(
                QStringLiteral("INSERT INTO sync_pushed (message_id, revision, updated_at) VALUES (?, ?, ?) "
                               "ON CONFLICT (message_id) DO UPDATE SET revision = excluded.revision, "
                               "updated_at = excluded.updated_at")) &&
            // Out of the outbox only if the message is still at that version: one saved again
            // meanwhile stays. (The outbox exists: SyncEngine::connect prepared it first.)
            m_leaveOutbox->prepare(
                QStringLiteral("DELETE FROM sync_outbox WHERE message_id = ? AND EXISTS (SELECT 1 FROM "
                               "messages m WHERE m.id = ? AND m.revision = ? AND m.updated_at = ?)"));
        if (!prepared) {
            const Error error = queryError(m_local, SyncText::tr("cannot record the sync state"),
                                           m_setBase->lastError().isValid() ? *m_setBase : *m_leaveOutbox);
            m_setBase.reset();
            m_leaveOutbox.reset();
            return error;
        }
    }
    // Every value is bound on each call: a prepared statement keeps the previous message's otherwise.
    const auto run = [this](QSqlQuery &query, std::initializer_list<QVariant> values) -> Status {
        int at = 0;
        for (const QVariant &value : values)
            query.bindValue(at++, value);
        if (!query.exec())
            return queryError(m_local, SyncText::tr("cannot record the sync state"), query);
        query.finish();
        return success();
    };
    if (Status recorded = run(*m_setBase, {id, version.revision, version.updatedAt}); !recorded)
        return recorded;
    return run(*m_leaveOutbox, {id, id, version.revision, version.updatedAt});
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
        return queryError(db, SyncText::tr("cannot keep the losing version of message %1").arg(c.messageId),
                          query);
    return success();
}

Result<qint64> SyncLedger::cursor()
{
    QSqlQuery query(m_local.connection());
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE name = ?"));
    query.addBindValue(m_cursorName);
    if (!query.exec())
        return queryError(m_local, SyncText::tr("cannot read the sync cursor"), query);
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
        return queryError(m_local, SyncText::tr("cannot record the sync cursor"), query);
    return success();
}

} // namespace relais

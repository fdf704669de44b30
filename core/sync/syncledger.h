// The local store's sync bookkeeping: the outbox of messages to push, which message versions the
// server has acknowledged, the pull cursor, and the losing versions of conflicts.
#pragma once

#include "common/result.h"
#include "sync/messagerow.h"
#include "sync/syncconflict.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSqlQuery;

namespace relais {

class Database;

class SyncLedger final
{
public:
    // A local message the server has not acknowledged, with the version both last agreed on (none
    // for a message never synced).
    struct Pending
    {
        MessageRow row;
        std::optional<MessageVersion> base;
    };

    // `cursorName` keys the pull cursor in sync_state (one per server).
    SyncLedger(Database &local, QString cursorName);
    ~SyncLedger();

    // Installs the outbox (table and triggers) on first use; the other calls do it when needed.
    Status prepare();
    // Both read the outbox only, never every message: an idle cycle costs the same with 10 or
    // 1,000,000 messages.
    Result<qint64> pendingCount();
    Result<QList<Pending>> pending(const QStringList &columns, int limit); // first marked first
    Result<std::optional<MessageVersion>> baseOf(const QString &id);
    // The agreed versions of those of `ids` that have one, in one read per few hundred ids.
    Result<QHash<QString, MessageVersion>> basesOf(const QStringList &ids);
    // Records the version both sides agree on; the message leaves the outbox when that is its
    // current version (call inside the local write transaction that records the push or pull).
    Status setBase(const QString &id, MessageVersion version);
    // Drops outbox entries that wait for nothing (deleted messages, versions changed back); returns
    // how many. Cheap when the outbox is empty.
    Result<qint64> pruneSettled();
    Result<qint64> cursor(); // 0 before the first pull
    Status setCursor(qint64 cursor);

    // Keeps the losing row of a conflict in `db`'s message_conflicts (the local store or the server).
    static Status recordConflict(Database &db, const SyncConflict &conflict, const QJsonObject &lostRow,
                                 qint64 detectedAtMs);

private:
    Database &m_local;
    QString m_cursorName;
    bool m_prepared = false;
    std::unique_ptr<QSqlQuery> m_setBase; // setBase()'s two statements, prepared on first use
    std::unique_ptr<QSqlQuery> m_leaveOutbox;
};

} // namespace relais

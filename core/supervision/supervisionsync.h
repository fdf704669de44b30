// Sync of the call records (with their event logs) and the reviews with the shared PostgreSQL, so a
// supervisor's dashboard on any console sees every operator's calls, and a review comment reaches the
// operator's console. Runs after the messages in SyncEngine::syncUntilIdle.
//
// Rows travel by their natural keys — a call record by (call_id, operator_login), a review by its
// message id — with upserts, so a push repeated after a crash writes the same row again, nothing
// doubled. Event log entries are append-only and copied when missing. A call record has one writer
// (the console of its operator); a review changed on two consoles at once keeps the last one pushed.
#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace relais {

class Database;

struct SupervisionSyncReport
{
    qint64 pushed = 0; // keys (a call record with its events, or a review) the server now has
    qint64 pulled = 0; // keys written locally from the server
};

class SupervisionSync final
{
public:
    // `cursorName` keys this server's pull cursor in the local sync_state.
    SupervisionSync(Database &local, Database &server, QString cursorName, int batchSize = 500);

    // Installs the local outbox and the server log when missing.
    Status prepare();
    Result<SupervisionSyncReport> pushBatch();
    Result<SupervisionSyncReport> pullBatch();
    // Pushes everything pending, then pulls to the end of the server's log.
    Result<SupervisionSyncReport> syncUntilIdle();
    Result<qint64> pendingCount();

private:
    struct Key
    {
        qint64 seq = 0;
        QString kind;
        QString key1;
        QString key2;
    };
    struct Columns
    {
        QStringList calls;
        QStringList events;
        QStringList reviews;
    };

    // Copies the content of `key` from `from` to `to` (the row upserted, the missing events added).
    // `rowToo` false copies only the events (a call record with a local change waiting to be pushed).
    Status copy(const Key &key, Database &from, Database &to, bool rowToo);
    Result<qint64> cursor();
    Status setCursor(qint64 value);

    Database &m_local;
    Database &m_server;
    QString m_cursorName;
    int m_batchSize;
    Columns m_columns;
    bool m_prepared = false;
};

} // namespace relais

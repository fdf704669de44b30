// One console's sync with the shared PostgreSQL server, step by step and on the calling thread:
// push the local messages the server has not got, pull the ones other consoles wrote.
#pragma once

#include "common/result.h"
#include "storage/databaseurl.h"
#include "sync/messagerow.h"
#include "sync/syncconflict.h"

#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace relais {

class Clock;
class Database;
class SyncLedger;

struct SyncReport
{
    qint64 pushed = 0;         // message versions the server now has from this console
    qint64 pulled = 0;         // message versions written locally from the server
    qint64 serverRowsRead = 0; // rows the pull read, its own pushes included
    QList<SyncConflict> conflicts;

    void add(const SyncReport &other);
};

class SyncEngine final
{
public:
    // `local` is the console's store (migrated); `shared` names the server. Both are used on the
    // thread that calls the engine.
    SyncEngine(Database &local, DatabaseUrl shared, const Clock &clock, int batchSize = 500);
    ~SyncEngine();
    SyncEngine(const SyncEngine &) = delete;
    SyncEngine &operator=(const SyncEngine &) = delete;

    // Opens the server, migrates it and installs the change numbering. Called by push/pull when
    // not connected; any server failure disconnects, so the next call reconnects.
    Status connect();
    void disconnect();
    bool isConnected() const { return m_server != nullptr; }

    // Local messages whose version the server has not acknowledged.
    Result<qint64> pendingCount();
    // Pushes up to one batch in one server transaction, then records it locally.
    Result<SyncReport> pushBatch();
    // Pulls up to one batch of rows changed on the server since the cursor.
    Result<SyncReport> pullBatch();
    // Pushes and pulls until nothing is pending and nothing new is on the server, or until `stop`
    // (set from any thread) is seen between two batches.
    Result<SyncReport> syncUntilIdle();
    void setStopFlag(const std::atomic<bool> *stop) { m_stop = stop; }

    const DatabaseUrl &sharedUrl() const { return m_shared; }
    Database *server() { return m_server.get(); } // null while disconnected

private:
    Status recordConflict(Database &db, const SyncConflict &conflict, const MessageRow &lost);
    Error serverFailure(const Error &error);
    bool stopRequested() const { return m_stop && m_stop->load(); }

    Database &m_local;
    DatabaseUrl m_shared;
    const Clock &m_clock;
    int m_batchSize;
    std::unique_ptr<SyncLedger> m_ledger;
    std::unique_ptr<Database> m_server;
    QStringList m_columns;
    const std::atomic<bool> *m_stop = nullptr;
};

} // namespace relais

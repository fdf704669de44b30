// The sync engine on its own thread: pushes and pulls every few seconds and at once when another
// console writes (LISTEN/NOTIFY), retries with exponential backoff while the server is unreachable,
// and reports the status bar's state.
#pragma once

#include "common/clock.h"
#include "storage/databaseurl.h"
#include "sync/syncengine.h"
#include "sync/syncstatus.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QTimer;

namespace relais {

class Database;

// Usage: a SyncWorker lives in its own QThread; QSqlDatabase connections belong to the thread that
// opened them, so start() (connected to QThread::started) opens the local store and the server there
// and stop() (invoked with Qt::BlockingQueuedConnection before the thread quits) closes them there.
//     auto *worker = new SyncWorker(localUrl, sharedUrl, clock);
//     worker->moveToThread(&thread);
//     QObject::connect(&thread, &QThread::started, worker, &SyncWorker::start);
//     QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int batchSize = 500;
        int pollIntervalMs = 10000; // a pull even without a notification, in case one was missed
        int firstRetryMs = 1000;    // then doubled after each failure, up to maxRetryMs
        int maxRetryMs = 60000;
    };

    SyncWorker(DatabaseUrl local, DatabaseUrl shared, const Clock &clock, Options options,
               QObject *parent = nullptr);
    SyncWorker(DatabaseUrl local, DatabaseUrl shared, const Clock &clock, QObject *parent = nullptr);
    ~SyncWorker() override;

    SyncStatus status() const { return m_status; } // on the worker's thread
    // Work on the shared database, on the worker's thread (its connection belongs there); the
    // argument is null while the server is not connected.
    using ServerTask = std::function<void(Database *server)>;
    // Runs after each successful round: the console reads the team's follow-ups there. Set it
    // before the thread starts.
    void setAfterRound(ServerTask task) { m_afterRound = std::move(task); }
    // Runs `task` now with the shared database; call it on the worker's thread (SyncThread queues it).
    void runOnServer(const ServerTask &task);
    // From any thread: the round in hand ends after its current batch (each batch is one transaction
    // on each side, so nothing is half-done), so a stop() queued behind it runs soon.
    void requestStop() { m_stopRequested = true; }

public Q_SLOTS:
    void start();
    void stop();
    // A round soon (requests arriving together make one round); while offline, only the waiting
    // count is refreshed and the backoff decides the next attempt.
    void syncNow();

Q_SIGNALS:
    void statusChanged(const relais::SyncStatus &status);
    void conflictFound(const relais::SyncConflict &conflict);
    void synced(qint64 pushed, qint64 pulled); // after each successful round
    void failed(const QString &error);         // the local store cannot be opened: the worker stops

private:
    void runCycle();
    void setStatus(const SyncStatus &status);
    void listenForChanges();

    DatabaseUrl m_localUrl;
    DatabaseUrl m_sharedUrl;
    const Clock &m_clock;
    Options m_options;
    std::unique_ptr<Database> m_local;
    std::unique_ptr<SyncEngine> m_engine;
    QTimer *m_timer = nullptr;
    int m_retryMs = 0;
    QString m_listeningOn; // the server connection subscribed to notifications
    SyncStatus m_status;
    ServerTask m_afterRound;
    std::atomic<bool> m_stopRequested = false;
};

} // namespace relais

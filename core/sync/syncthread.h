// The sync worker on a thread of its own, driven from the thread that made it (the console's UI
// thread): start, ask for a prompt round, hear the status as signals there, and stop cleanly.
#pragma once

#include "storage/databaseurl.h"
#include "sync/syncconflict.h"
#include "sync/syncstatus.h"
#include "sync/syncworker.h"

#include <QObject>
#include <QThread>

#include <optional>

namespace relais {

class Clock;

class SyncThread final : public QObject
{
    Q_OBJECT

public:
    // `local` is the console's own store (the worker opens its own connection to it), `shared` the
    // team's PostgreSQL. `clock` must outlive this object.
    SyncThread(DatabaseUrl local, DatabaseUrl shared, const Clock &clock, SyncWorker::Options options,
               QObject *parent = nullptr);
    SyncThread(DatabaseUrl local, DatabaseUrl shared, const Clock &clock, QObject *parent = nullptr);
    ~SyncThread() override; // stop()

    void start();
    // Ends the round in hand after its current batch, closes both connections on the worker's
    // thread, and ends the thread. What was not pushed stays in the local outbox for next time.
    // Safe to call twice.
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }

    // The last status the worker reported; nullopt before its first round.
    std::optional<SyncStatus> status() const { return m_status; }

    // See SyncWorker::setAfterRound: before start().
    void setAfterRound(SyncWorker::ServerTask task);
    // Queues `task` to the worker's thread, to run with the shared database after the round in hand
    // (null when not connected, or once stopped). Results come back by the caller's own queued calls.
    void runOnServer(SyncWorker::ServerTask task);

public Q_SLOTS:
    // A message was saved here: push it now rather than at the next poll.
    void syncNow();

Q_SIGNALS:
    void statusChanged(const relais::SyncStatus &status);
    void conflictFound(const relais::SyncConflict &conflict);
    void synced(qint64 pushed, qint64 pulled);
    void failed(const QString &error); // the local store cannot be opened: no sync at all

private:
    QThread m_thread;
    SyncWorker *m_worker; // lives on m_thread; deleted by stop() once the thread has ended
    std::optional<SyncStatus> m_status;
};

} // namespace relais

// The console's side of the sync: when a shared database is configured it runs the sync worker on
// its own thread, keeps the status bar's sync label live, asks for a prompt round whenever a message
// is saved, and stops the worker cleanly when the console closes. Without one, the status bar says
// that messages stay on this desk.
#pragma once

#include "sync/syncworker.h"

#include <QObject>
#include <QString>

#include <memory>

namespace relais {

class Clock;
struct DatabaseUrl;
class MainWindow;
class SyncThread;

class ConsoleSync final : public QObject
{
    Q_OBJECT

public:
    // `localUrl` is the console's own store; `sharedUrl` the team's PostgreSQL, empty for none.
    // `window` and `clock` must outlive this object.
    ConsoleSync(MainWindow &window, const DatabaseUrl &localUrl, const QString &sharedUrl, const Clock &clock,
                SyncWorker::Options options = {}, QObject *parent = nullptr);
    ~ConsoleSync() override; // stop()

    // Starts the worker (nothing when there is no usable shared database).
    void start();
    // Lets the round in hand finish its batch, closes both connections and ends the thread. Nothing
    // is lost: what was not pushed stays in the local outbox for the next start.
    void stop();
    bool isSyncing() const { return m_thread != nullptr; }
    SyncThread *thread() const { return m_thread.get(); }

private:
    MainWindow &m_window;
    std::unique_ptr<SyncThread> m_thread;
};

} // namespace relais

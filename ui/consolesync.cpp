// The console's sync (see consolesync.h).
#include "consolesync.h"

#include "callarea.h"
#include "logging/logging.h"
#include "mainwindow.h"
#include "statusbarview.h"
#include "storage/databaseurl.h"
#include "sync/syncthread.h"

#include <QCoreApplication>

namespace relais {

ConsoleSync::ConsoleSync(MainWindow &window, const DatabaseUrl &localUrl, const QString &sharedUrl,
                         const Clock &clock, SyncWorker::Options options, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    StatusBarView &status = window.statusView();
    if (sharedUrl.trimmed().isEmpty()) {
        status.setLocalOnly();
        return;
    }
    const Result<DatabaseUrl> shared = DatabaseUrl::parse(sharedUrl.trimmed());
    QString problem;
    if (!shared)
        problem = shared.error().toString();
    else if (shared->engine != DatabaseUrl::Engine::Postgres)
        problem = tr("the shared database must be PostgreSQL: %1").arg(shared->redacted());
    else if (shared->redacted() == localUrl.redacted())
        problem = tr("the shared database is this console's own database: %1").arg(shared->redacted());
    if (!problem.isEmpty()) {
        // Said where the operator looks, not only logged: messages are not shared until it is fixed.
        logging::module("sync")->error("sync off: {}", problem.toStdString());
        status.setSyncUnavailable(problem);
        return;
    }
    m_thread = std::make_unique<SyncThread>(localUrl, *shared, clock, options);
    status.setSyncConnecting();
    connect(m_thread.get(), &SyncThread::statusChanged, &status, &StatusBarView::setSyncStatus);
    connect(m_thread.get(), &SyncThread::failed, &status, &StatusBarView::setSyncUnavailable);
    // A message saved here goes to the shared database now, not at the next poll.
    connect(&window.callArea(), &CallArea::messageSaved, m_thread.get(), &SyncThread::syncNow);
    // Stopped while the event loop still runs, before the windows and the store go away.
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &ConsoleSync::stop);
}

ConsoleSync::~ConsoleSync()
{
    stop();
}

void ConsoleSync::start()
{
    if (m_thread)
        m_thread->start();
}

void ConsoleSync::stop()
{
    if (m_thread)
        m_thread->stop();
}

} // namespace relais

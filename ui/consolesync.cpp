// The console's sync (see consolesync.h).
#include "consolesync.h"

#include "callarea.h"
#include "followup/sharedfollowups.h"
#include "followupview.h"
#include "logging/logging.h"
#include "mainwindow.h"
#include "statusbarview.h"
#include "storage/databaseurl.h"
#include "sync/syncthread.h"

#include <QCoreApplication>
#include <QStatusBar>

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
    // Deliveries run on the shared database (relais-cli deliver --shared): the follow-up list reads
    // them there, on the sync thread, and Ctrl+K acknowledges there.
    auto *teamFollowUps = new SharedFollowUps(*m_thread, clock, window.session().actor().login, this);
    FollowUpView &followUps = window.followUpView();
    followUps.setDeliveries([teamFollowUps](const QDateTime &) { return teamFollowUps->items(); },
                            [teamFollowUps](const FollowUpItem &item) -> Result<QString> {
                                teamFollowUps->acknowledge(item);
                                return tr("Acknowledging on the shared database: %1").arg(item.summary);
                            });
    connect(teamFollowUps, &SharedFollowUps::updated, &followUps, &FollowUpView::refresh);
    connect(teamFollowUps, &SharedFollowUps::acknowledged, &followUps, [&window](const QString &summary) {
        window.statusBar()->showMessage(tr("Acknowledged: %1").arg(summary), 10000);
    });
    connect(teamFollowUps, &SharedFollowUps::refused, &followUps, [&window](const QString &why) {
        window.statusBar()->showMessage(tr("Not acknowledged: %1").arg(why), 10000);
    });
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

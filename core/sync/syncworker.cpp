// The sync loop: one round of push and pull at a time on the worker's thread, then wait.
#include "sync/syncworker.h"

#include "logging/logging.h"
#include "storage/database.h"

#include <QSqlDriver>
#include <QTimer>

#include <algorithm>

namespace relais {

SyncWorker::SyncWorker(DatabaseUrl local, DatabaseUrl shared, const Clock &clock, Options options,
                       QObject *parent)
    : QObject(parent)
    , m_localUrl(std::move(local))
    , m_sharedUrl(std::move(shared))
    , m_clock(clock)
    , m_options(options)
{
    qRegisterMetaType<relais::SyncStatus>();
    qRegisterMetaType<relais::SyncConflict>();
}

SyncWorker::SyncWorker(DatabaseUrl local, DatabaseUrl shared, const Clock &clock, QObject *parent)
    : SyncWorker(std::move(local), std::move(shared), clock, Options{}, parent)
{}

SyncWorker::~SyncWorker()
{
    stop();
}

void SyncWorker::start()
{
    if (m_engine)
        return;
    Result<std::unique_ptr<Database>> opened = Database::open(m_localUrl);
    Status ready = opened ? (*opened)->migrate() : Status(opened.error());
    if (!ready) {
        logging::module("sync")->error("{}", ready.error().toString().toStdString());
        Q_EMIT failed(ready.error().toString());
        return;
    }
    m_local = std::move(opened).value();
    m_engine = std::make_unique<SyncEngine>(*m_local, m_sharedUrl, m_clock, m_options.batchSize);
    m_engine->setStopFlag(&m_stopRequested);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::runCycle);
    logging::module("sync")->info("syncing {} with {}", m_localUrl.redacted().toStdString(),
                                  m_sharedUrl.redacted().toStdString());
    runCycle();
}

void SyncWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    m_engine.reset(); // closes the server connection, on this thread
    m_local.reset();
    m_listeningOn.clear();
}

void SyncWorker::syncNow()
{
    if (!m_engine || m_stopRequested)
        return;
    if (m_retryMs == 0) {
        m_timer->start(0);
        return;
    }
    // Offline: the count the status bar shows still follows the saves.
    if (const Result<qint64> waiting = m_engine->pendingCount(); waiting) {
        SyncStatus next = m_status;
        next.waiting = *waiting;
        setStatus(next);
    }
}

void SyncWorker::runCycle()
{
    if (!m_engine || m_stopRequested)
        return;
    m_timer->stop();
    const Result<SyncReport> report = m_engine->syncUntilIdle();
    if (m_stopRequested)
        return; // cut short: its figures are partial, and stop() follows
    const Result<qint64> waiting = m_engine->pendingCount();
    SyncStatus next = m_status;
    next.waiting = waiting ? *waiting : m_status.waiting;
    if (!report) {
        // Offline: keep the first failure's time, retry later and later.
        if (next.kind != SyncStatus::Kind::Offline)
            next.offlineSince = m_clock.now();
        next.kind = SyncStatus::Kind::Offline;
        next.lastError = report.error().toString();
        m_retryMs = m_retryMs == 0 ? m_options.firstRetryMs : std::min(m_retryMs * 2, m_options.maxRetryMs);
        m_listeningOn.clear();
        setStatus(next);
        m_timer->start(m_retryMs);
        return;
    }
    m_retryMs = 0;
    next.kind = next.waiting == 0 ? SyncStatus::Kind::Synced : SyncStatus::Kind::Waiting;
    next.offlineSince = {};
    next.lastError.clear();
    for (const SyncConflict &conflict : report->conflicts)
        Q_EMIT conflictFound(conflict);
    setStatus(next);
    Q_EMIT synced(report->pushed, report->pulled);
    if (m_afterRound)
        m_afterRound(m_engine->server());
    listenForChanges();
    // Messages saved while this round ran are pushed soon; otherwise wait for a notification or the poll.
    m_timer->start(next.waiting > 0 ? m_options.firstRetryMs : m_options.pollIntervalMs);
}

void SyncWorker::runOnServer(const ServerTask &task)
{
    task(m_engine && !m_stopRequested ? m_engine->server() : nullptr);
}

void SyncWorker::setStatus(const SyncStatus &status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

void SyncWorker::listenForChanges()
{
    Database *server = m_engine->server();
    if (!server || server->connection().connectionName() == m_listeningOn)
        return;
    QSqlDriver *driver = server->connection().driver();
    // The server's trigger notifies this channel on every message write (syncserverschema.cpp).
    if (!driver->subscribeToNotification(QStringLiteral("relais_sync"))) {
        logging::module("sync")->debug("no notifications from {}; polling",
                                       m_sharedUrl.redacted().toStdString());
        return;
    }
    m_listeningOn = server->connection().connectionName();
    connect(driver, &QSqlDriver::notification, this, [this] {
        // A burst of writes elsewhere makes a burst of notifications: one round soon covers them.
        if (m_timer && m_retryMs == 0 && m_timer->remainingTime() > 200)
            m_timer->start(200);
    });
}

} // namespace relais

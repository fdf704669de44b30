// The sync worker's thread (see syncthread.h).
#include "sync/syncthread.h"

#include "logging/logging.h"

namespace relais {

SyncThread::SyncThread(DatabaseUrl local, DatabaseUrl shared, const Clock &clock, SyncWorker::Options options,
                       QObject *parent)
    : QObject(parent)
    , m_worker(new SyncWorker(std::move(local), std::move(shared), clock, options))
{
    m_thread.setObjectName(QStringLiteral("relais-sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &SyncWorker::start);
    // The worker's signals cross to this object's thread queued, in the order it sent them.
    connect(m_worker, &SyncWorker::statusChanged, this, [this](const SyncStatus &status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    });
    connect(m_worker, &SyncWorker::conflictFound, this, &SyncThread::conflictFound);
    connect(m_worker, &SyncWorker::synced, this, &SyncThread::synced);
    connect(m_worker, &SyncWorker::failed, this, &SyncThread::failed);
}

SyncThread::SyncThread(DatabaseUrl local, DatabaseUrl shared, const Clock &clock, QObject *parent)
    : SyncThread(std::move(local), std::move(shared), clock, SyncWorker::Options{}, parent)
{}

SyncThread::~SyncThread()
{
    stop();
}

void SyncThread::start()
{
    if (m_worker && !m_thread.isRunning())
        m_thread.start();
}

void SyncThread::stop()
{
    if (!m_worker)
        return;
    if (m_thread.isRunning()) {
        m_worker->requestStop();
        // Queued behind the round in hand, which now ends after its batch; both connections close
        // on the worker's thread, where they were opened.
        QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        logging::module("sync")->info("sync stopped");
    }
    delete m_worker; // its thread has ended (or never ran): nothing else touches it
    m_worker = nullptr;
}

void SyncThread::setAfterRound(SyncWorker::ServerTask task)
{
    if (m_worker && !m_thread.isRunning())
        m_worker->setAfterRound(std::move(task));
}

void SyncThread::runOnServer(SyncWorker::ServerTask task)
{
    if (!m_worker || !m_thread.isRunning()) {
        task(nullptr);
        return;
    }
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, task = std::move(task)] { worker->runOnServer(task); }, Qt::QueuedConnection);
}

void SyncThread::syncNow()
{
    if (m_worker && m_thread.isRunning())
        QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

} // namespace relais

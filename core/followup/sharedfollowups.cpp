// Deliveries to follow up from the shared database (see sharedfollowups.h).
#include "followup/sharedfollowups.h"

#include "common/clock.h"
#include "delivery/deliveryrepository.h"
#include "storage/database.h"
#include "sync/syncthread.h"

#include <QCoreApplication>

namespace relais {

namespace {

struct SharedFollowUpText
{
    Q_DECLARE_TR_FUNCTIONS(SharedFollowUpText)
};

QString notConnected()
{
    return SharedFollowUpText::tr("the shared database is not connected");
}

} // namespace

SharedFollowUps::SharedFollowUps(SyncThread &thread, const Clock &clock, QString operatorLogin,
                                 QObject *parent)
    : QObject(parent)
    , m_thread(thread)
    , m_clock(clock)
    , m_operatorLogin(std::move(operatorLogin))
{
    m_thread.setAfterRound([this](Database *server) { readOn(server); });
}

// On the worker's thread: reads, then hands the result to this object's thread.
void SharedFollowUps::readOn(Database *server)
{
    if (!server)
        return;
    const Result<QList<FollowUpItem>> read = delivery::DeliveryRepository(*server).followUps(m_clock.now());
    const QDateTime at = m_clock.now();
    QMetaObject::invokeMethod(
        this,
        [this, read, at] {
            if (read) {
                m_items = *read;
                m_lastError.clear();
            } else {
                m_lastError = read.error().toString();
            }
            m_readAt = at;
            Q_EMIT updated();
        },
        Qt::QueuedConnection);
}

Result<QList<FollowUpItem>> SharedFollowUps::items() const
{
    if (!m_lastError.isEmpty())
        return Error{SharedFollowUpText::tr("deliveries of the shared database: %1").arg(m_lastError),
                     QStringLiteral("follow-up")};
    if (!m_readAt.isValid())
        return Error{SharedFollowUpText::tr("the deliveries of the shared database are not read yet"),
                     QStringLiteral("follow-up")};
    return m_items;
}

void SharedFollowUps::acknowledge(const FollowUpItem &item)
{
    const QString login = m_operatorLogin;
    m_thread.runOnServer([this, item, login](Database *server) {
        QString why;
        if (!server) {
            why = notConnected();
        } else {
            const auto done = delivery::DeliveryRepository(*server).acknowledge(
                item.deliveryId, login, QStringLiteral("operator"), m_clock.now());
            if (!done)
                why = done.error().toString();
            readOn(server);
        }
        QMetaObject::invokeMethod(
            this,
            [this, why, summary = item.summary] {
                if (why.isEmpty())
                    Q_EMIT acknowledged(summary);
                else
                    Q_EMIT refused(why);
            },
            Qt::QueuedConnection);
    });
}

} // namespace relais

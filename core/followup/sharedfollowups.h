// The follow-up list's deliveries when a team shares a PostgreSQL: `relais-cli deliver --shared`
// records them there, not in the console's own store. They are read on the sync worker's thread
// after each sync round (never a network wait on the console's thread), kept here as the last
// snapshot, and an operator's acknowledgement is queued to that thread, its outcome said back.
#pragma once

#include "common/result.h"
#include "followup/followupitem.h"

#include <QDateTime>
#include <QList>
#include <QObject>

namespace relais {

class Clock;
class Database;
class SyncThread;

class SharedFollowUps final : public QObject
{
    Q_OBJECT
public:
    // `thread` and `clock` must outlive this object; call before the thread starts.
    SharedFollowUps(SyncThread &thread, const Clock &clock, QString operatorLogin, QObject *parent = nullptr);

    // The deliveries to follow up as last read from the shared database. Before the first read:
    // an Error saying so, which the follow-up list shows.
    Result<QList<FollowUpItem>> items() const;
    // Queues the acknowledgement of `item`'s delivery in the operator's name; the outcome comes as
    // acknowledged() or refused(), and the list is read again.
    void acknowledge(const FollowUpItem &item);

Q_SIGNALS:
    void updated();
    void acknowledged(const QString &summary);
    void refused(const QString &why);

private:
    void readOn(Database *server);

    SyncThread &m_thread;
    const Clock &m_clock;
    QString m_operatorLogin;
    QList<FollowUpItem> m_items;
    QDateTime m_readAt; // invalid before the first read
    QString m_lastError;
};

} // namespace relais

// What the status bar says about the sync: synced, N waiting, or offline since HH:MM.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace relais {

struct SyncStatus
{
    enum class Kind
    {
        Synced,  // nothing waiting and the server answered the last attempt
        Waiting, // connected, messages still to push
        Offline  // the server did not answer; retrying with backoff
    };

    Kind kind = Kind::Waiting;
    qint64 waiting = 0;     // local messages the server has not acknowledged
    QDateTime offlineSince; // UTC; set when Offline
    QString lastError;      // why it is offline (no password in it)

    // For people: "Synced", "3 waiting", "Offline since 14:05 (5 waiting)", in local time.
    QString text() const;

    bool operator==(const SyncStatus &) const = default;
};

} // namespace relais

Q_DECLARE_METATYPE(relais::SyncStatus)

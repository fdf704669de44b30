// The status bar's words for the sync state.
#include "sync/syncstatus.h"

#include <QCoreApplication>

namespace relais {

QString SyncStatus::text() const
{
    switch (kind) {
    case Kind::Synced:
        return QCoreApplication::translate("SyncStatus", "Synced");
    case Kind::Waiting:
        return QCoreApplication::translate("SyncStatus", "%1 waiting").arg(waiting);
    case Kind::Offline:
        break;
    }
    const QString since = offlineSince.toLocalTime().toString(QStringLiteral("HH:mm"));
    if (waiting == 0)
        return QCoreApplication::translate("SyncStatus", "Offline since %1").arg(since);
    return QCoreApplication::translate("SyncStatus", "Offline since %1 (%2 waiting)").arg(since).arg(waiting);
}

} // namespace relais

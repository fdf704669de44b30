// Display words for core values (see displaytext.h).
#include "displaytext.h"

#include <QCoreApplication>
#include <QDateTime>

namespace relais {

QString callStateText(CallState state)
{
    switch (state) {
    case CallState::Ringing:
        return QCoreApplication::translate("CallState", "Ringing");
    case CallState::InProgress:
        return QCoreApplication::translate("CallState", "In progress");
    case CallState::Ended:
        return QCoreApplication::translate("CallState", "Ended");
    }
    return {};
}

QString messageStatusText(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Draft:
        return QCoreApplication::translate("MessageStatus", "Draft");
    case MessageStatus::Completed:
        return QCoreApplication::translate("MessageStatus", "Completed");
    case MessageStatus::Delivered:
        return QCoreApplication::translate("MessageStatus", "Delivered");
    case MessageStatus::Acknowledged:
        return QCoreApplication::translate("MessageStatus", "Acknowledged");
    }
    return {};
}

QString shortDateTime(const QDateTime &utc, const QDateTime &nowUtc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    if (local.date() == nowUtc.toLocalTime().date())
        return local.toString(QStringLiteral("HH:mm"));
    return local.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace relais

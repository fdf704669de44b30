// Message status names as stored in the database and shown in exports.
#include "messages/message.h"

namespace relais {

QString toString(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Draft:
        return QStringLiteral("draft");
    case MessageStatus::Completed:
        return QStringLiteral("completed");
    case MessageStatus::Delivered:
        return QStringLiteral("delivered");
    case MessageStatus::Acknowledged:
        return QStringLiteral("acknowledged");
    }
    return QStringLiteral("draft");
}

MessageStatus messageStatusFromString(const QString &text)
{
    // Case-insensitive so a hand-edited export still reads; anything unknown is a draft, which keeps
    // the message visible for review rather than hiding it as delivered.
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("completed"))
        return MessageStatus::Completed;
    if (key == QLatin1String("delivered"))
        return MessageStatus::Delivered;
    if (key == QLatin1String("acknowledged"))
        return MessageStatus::Acknowledged;
    return MessageStatus::Draft;
}

} // namespace relais

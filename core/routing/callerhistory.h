// Where the router finds a caller's earlier messages (the message repository implements it).
#pragma once

#include "messages/message.h"

#include <QList>
#include <QString>

namespace relais {

class CallerHistory
{
public:
    virtual ~CallerHistory() = default;
    virtual QList<MessageSummary> history(const QString &clientCode, const QString &callerE164,
                                          int limit) const = 0;
};

} // namespace relais

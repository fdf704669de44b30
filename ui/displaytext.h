// The words and formats the screens use for core values (statuses, states, times), in one place so
// every view names a thing the same way.
#pragma once

#include "callstate.h"
#include "messages/message.h"

#include <QString>

class QDateTime;

namespace relais {

QString callStateText(CallState state);          // "Ringing" / "In progress" / "Ended"
QString messageStatusText(MessageStatus status); // "Draft", "Completed", …
// A UTC time shown in the operator's local time: "14:05" today, "12/03 14:05" otherwise.
QString shortDateTime(const QDateTime &utc, const QDateTime &nowUtc);

} // namespace relais

// CallEvent helpers.
#include "cti/callevent.h"

namespace relais {

QString toString(CallEvent::Kind kind)
{
    switch (kind) {
    case CallEvent::Kind::Offered:
        return QStringLiteral("offered");
    case CallEvent::Kind::Answered:
        return QStringLiteral("answered");
    case CallEvent::Kind::Ended:
        return QStringLiteral("ended");
    }
    return QStringLiteral("unknown");
}

} // namespace relais

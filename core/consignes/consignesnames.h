// The JSON spellings of the consignes enums, shared by the reader, the writer and the validator so the
// three can never disagree. Each list is in the enum's declaration order.
#pragma once

#include "consignes/consignes.h"

#include <QStringList>

namespace relais::consignesnames {

inline const QStringList &fieldTypes()
{
    static const QStringList names{QStringLiteral("text"),    QStringLiteral("multiline"),
                                   QStringLiteral("phone"),   QStringLiteral("email"),
                                   QStringLiteral("choice"),  QStringLiteral("yesno"),
                                   QStringLiteral("datetime")};
    return names;
}

inline const QStringList &actions()
{
    static const QStringList names{QStringLiteral("messageOnly"), QStringLiteral("transfer"),
                                   QStringLiteral("pageOnCall")};
    return names;
}

inline const QStringList &hoursConditions()
{
    static const QStringList names{QStringLiteral("any"), QStringLiteral("open"), QStringLiteral("closed")};
    return names;
}

// In CallType's order; "*" is every call type.
inline const QStringList &callTypes()
{
    static const QStringList names{QStringLiteral("*"), QStringLiteral("message"), QStringLiteral("filtered"),
                                   QStringLiteral("incomplete")};
    return names;
}

inline const QStringList &channels()
{
    static const QStringList names{QStringLiteral("email"), QStringLiteral("sms")};
    return names;
}

// Monday = 0, as in WeeklyHours and OnCallShift.
inline const QStringList &days()
{
    static const QStringList names{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                   QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                   QStringLiteral("sun")};
    return names;
}

// The recipient that means "whoever the rota has on call now".
inline QString onCallRecipient()
{
    return QStringLiteral("oncall");
}
// The transmission urgency that means "every level".
inline QString everyLevel()
{
    return QStringLiteral("*");
}

inline constexpr const char *kFormat = "relais-consignes";
inline constexpr int kVersion = 1;

} // namespace relais::consignesnames

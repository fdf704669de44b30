// The greeting script said on pick-up: which variant (open, closed, overflow) and its variables
// {salutation}, {client}, {operator} filled in for the client's local time.
#pragma once

#include "consignes/consignes.h"

#include <QString>
#include <QTime>

namespace relais {

// "Bonsoir" from this hour (local time) and before kMorningStartsHour; "Bonjour" in between.
inline constexpr int kEveningStartsHour = 18;
inline constexpr int kMorningStartsHour = 5;

enum class GreetingVariant
{
    Open,
    Closed,
    Overflow
};

// Overflow when asked and its text is not empty; Closed when not open and its text is not empty;
// otherwise Open.
GreetingVariant chooseGreetingVariant(const Greetings &greetings, bool open, bool overflow = false);
const QString &greetingText(const Greetings &greetings, GreetingVariant variant);

// The spoken salutation ("Bonjour"/"Bonsoir"). It is part of the French script said to the caller,
// not interface text, so it is not translated with the interface.
QString salutationAt(const QTime &localTime);

struct GreetingValues
{
    QString salutation;
    QString client;
    QString operatorFirstName;
};

// Fills the known variables; an unknown one ("{societe}") is left visible as written so the operator
// sees it (consignes validation refuses it upstream). A lone '{' or '}' is kept too.
QString renderGreetingTemplate(const QString &text, const GreetingValues &values);

// The whole step: choose the variant and render it for `localTime`.
QString renderGreeting(const Greetings &greetings, bool open, bool overflow, const QTime &localTime,
                       const QString &clientName, const QString &operatorFirstName);

} // namespace relais

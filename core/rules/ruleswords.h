// The client's urgency and filtering rules as one short sentence each, for the pop. Sentences are
// built from translatable English fragments; the client's own words (keywords, labels, what to say)
// are quoted as written.
#pragma once

#include "consignes/consignes.h"

#include <QString>

#include <functional>

namespace relais {

// How a stored E.164 number is shown (PhoneNumbers::display in the application); when empty the
// number is shown as stored.
using NumberDisplay = std::function<QString(const QString &e164)>;

// "If the caller mentions “fuite” or “inondation”: Urgent — page the on-call person (Marc Dubois,
// 06 12 34 56 78)". `onCallNow` names who would be paged; without it the sentence says "the on-call
// person" alone.
QString urgencyRuleInWords(const UrgencyRule &rule, const Consignes &consignes,
                           const Person *onCallNow = nullptr, const NumberDisplay &display = {});

// "Démarchage commercial (if the caller mentions “offre”): do not put through. Say: “…”"
QString filteringRuleInWords(const FilteringRule &rule, const Consignes &consignes,
                             const NumberDisplay &display = {});

} // namespace relais

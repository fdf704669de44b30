// Call filtering from the client's filtering rules: the first rule that holds says what to tell the
// caller, whether to put the call through and whether to take a message. Values in, values out.
#pragma once

#include "consignes/consignes.h"
#include "rules/rulesetmatcher.h"
#include "rules/ruleswords.h"

#include <QString>
#include <QTimeZone>

#include <optional>

namespace relais {

using FilteringInput = RuleInput;

struct FilteringResult
{
    bool matched = false; // false: no filtering rule holds, the call goes on as usual
    int ruleIndex = -1;   // position in Consignes::filteringRules
    QString ruleId;
    QString description;     // "Démarchage commercial"
    QString say;             // what to tell the caller, as written in the consignes
    bool putThrough = true;  // no match: nothing stops the call
    bool takeMessage = true; // no match: a message is taken as usual
    // A filtered call that is neither put through nor messaged: the form records a short outcome.
    bool shortOutcome = false;
    QString inWords;     // the rule as one sentence (ruleswords.h); empty without a match
    ConditionsMatch why; // which keywords, answers, caller and hours matched
};

class FilteringEngine final
{
public:
    FilteringEngine() = default;
    explicit FilteringEngine(const Consignes &consignes, NumberDisplay display = {});

    const Consignes &consignes() const { return m_consignes; }

    FilteringResult evaluate(const FilteringInput &input) const;

    // Recompiles when `consignes` differs from the ones held, then evaluates.
    FilteringResult evaluate(const Consignes &consignes, const FilteringInput &input);

private:
    Consignes m_consignes;
    NumberDisplay m_display;
    RuleSetMatcher m_matcher;
};

} // namespace relais

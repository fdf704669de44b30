// Filtering: rules are checked in the consignes' order and the first one that holds decides.
#include "rules/filteringengine.h"

#include "rules/clienttimezone.h"

namespace relais {
namespace {

QList<RuleConditions> conditionsOf(const QList<FilteringRule> &rules)
{
    QList<RuleConditions> out;
    out.reserve(rules.size());
    for (const FilteringRule &rule : rules)
        out << rule.when;
    return out;
}

} // namespace

FilteringEngine::FilteringEngine(const Consignes &consignes, NumberDisplay display)
    : m_consignes(consignes)
    , m_display(std::move(display))
    , m_matcher(conditionsOf(consignes.filteringRules), consignes.checklist, consignes.hours,
                resolveClientTimeZone(consignes.timeZone))
{}

FilteringResult FilteringEngine::evaluate(const Consignes &consignes, const FilteringInput &input)
{
    if (!(consignes == m_consignes))
        *this = FilteringEngine(consignes, m_display);
    return evaluate(input);
}

FilteringResult FilteringEngine::evaluate(const FilteringInput &input) const
{
    FilteringResult result;
    if (m_consignes.filteringRules.isEmpty())
        return result;
    const QList<ConditionsMatch> matches = m_matcher.match(input, m_matcher.coverage(input.utc));
    for (qsizetype i = 0; i < matches.size(); ++i) {
        if (!matches[i].holds)
            continue;
        const FilteringRule &rule = m_consignes.filteringRules[i];
        result.matched = true;
        result.ruleIndex = static_cast<int>(i);
        result.ruleId = rule.id;
        result.description = rule.description;
        result.say = rule.say;
        result.putThrough = rule.putThrough;
        result.takeMessage = rule.takeMessage;
        result.shortOutcome = !rule.putThrough && !rule.takeMessage;
        result.inWords = filteringRuleInWords(rule, m_consignes, m_display);
        result.why = matches[i];
        break;
    }
    return result;
}

} // namespace relais

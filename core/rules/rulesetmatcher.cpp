// Rule conditions: all present conditions must hold; keywords and callers hold on any one entry.
#include "rules/rulesetmatcher.h"

namespace relais {
namespace {

// Answers searched for keywords: what the caller said in words. Numbers, addresses, dates and yes/no
// are left out so a keyword never matches inside an e-mail address or a phone number.
bool searchedForKeywords(const QMap<QString, FieldType> &types, const QString &field)
{
    const auto it = types.constFind(field);
    if (it == types.constEnd())
        return true; // an answer the checklist does not describe: treat it as words
    return *it == FieldType::Text || *it == FieldType::MultilineText || *it == FieldType::Choice;
}

} // namespace

QString comparableAnswer(const QString &answer, bool yesNo)
{
    const QString folded = foldForMatching(answer.simplified());
    if (yesNo) {
        static const QStringList yes = {QStringLiteral("oui"), QStringLiteral("true"), QStringLiteral("yes"),
                                        QStringLiteral("o"), QStringLiteral("1")};
        static const QStringList no = {QStringLiteral("non"), QStringLiteral("false"), QStringLiteral("no"),
                                       QStringLiteral("n"), QStringLiteral("0")};
        if (yes.contains(folded))
            return QStringLiteral("oui");
        if (no.contains(folded))
            return QStringLiteral("non");
    }
    return folded;
}

RuleSetMatcher::RuleSetMatcher(const QList<RuleConditions> &rules, const QList<ChecklistField> &checklist,
                               const CoverageHours &hours, const QTimeZone &zone)
    : m_rules(rules)
    , m_hours(hours)
    , m_zone(zone)
{
    for (const ChecklistField &field : checklist)
        m_fieldTypes.insert(field.id, field.type);
    QStringList all;
    for (qsizetype r = 0; r < rules.size(); ++r) {
        for (const QString &keyword : rules[r].keywords) {
            all << keyword;
            m_keywordRule.push_back(static_cast<int>(r));
        }
    }
    m_keywords = KeywordMatcher(all);
}

std::optional<CoverageStatus> RuleSetMatcher::coverage(const QDateTime &utc) const
{
    if (!utc.isValid())
        return std::nullopt;
    return coverageAt(m_hours, utc.toUTC(), m_zone);
}

bool RuleSetMatcher::answerHolds(const AnswerCondition &condition, const QString &answer) const
{
    const bool yesNo = m_fieldTypes.value(condition.field, FieldType::Text) == FieldType::YesNo;
    return comparableAnswer(condition.equals, yesNo) == comparableAnswer(answer, yesNo);
}

QList<ConditionsMatch> RuleSetMatcher::match(const RuleInput &input,
                                             const std::optional<CoverageStatus> &coverage) const
{
    QList<ConditionsMatch> out(m_rules.size());

    // Keywords: one pass of the matcher over each text, then each hit goes to its rule.
    if (!m_keywords.isEmpty()) {
        const auto collect = [&](const QString &text, const QString &field) {
            for (const KeywordHit &hit : m_keywords.find(text)) {
                const int rule = m_keywordRule[static_cast<size_t>(hit.keyword)];
                out[rule].keywords.append({m_keywords.keywords()[hit.keyword], field, hit.start, hit.length});
            }
        };
        collect(input.freeText, QString());
        for (auto it = input.answers.constBegin(); it != input.answers.constEnd(); ++it) {
            if (searchedForKeywords(m_fieldTypes, it.key()))
                collect(it.value(), it.key());
        }
    }

    for (qsizetype r = 0; r < m_rules.size(); ++r) {
        const RuleConditions &when = m_rules[r];
        ConditionsMatch &result = out[r];
        bool holds = when.keywords.isEmpty() || !result.keywords.isEmpty();

        for (const AnswerCondition &condition : when.answers) {
            const auto answer = input.answers.constFind(condition.field);
            const QString given = answer == input.answers.constEnd() ? QString() : *answer;
            if (answerHolds(condition, given))
                result.answers.append({condition.field, condition.equals, given});
            else
                holds = false;
        }

        if (!when.callers.isEmpty()) {
            const QString caller = input.callerNumber.trimmed();
            if (!caller.isEmpty() && when.callers.contains(caller))
                result.caller = caller;
            else
                holds = false;
        }

        if (when.hours != HoursCondition::Any) {
            result.hoursMatched =
                coverage.has_value() && coverage->open == (when.hours == HoursCondition::Open);
            holds = holds && result.hoursMatched;
        }
        result.holds = holds;
    }
    return out;
}

} // namespace relais

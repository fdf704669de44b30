// The conditions of a list of rules (urgency or filtering), compiled once per consignes version and
// checked against what the caller said: keywords, answers, caller number, open or closed hours.
#pragma once

#include "consignes/consignes.h"
#include "rules/coveragehours.h"
#include "rules/keywordmatcher.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace relais {

// What the caller said and gave, at a moment: the input of urgency and filtering rules.
struct RuleInput
{
    QMap<QString, QString> answers; // checklist field id -> answer as typed or picked
    QString freeText;               // the caller's words, as the operator typed them
    QString callerNumber;           // E.164; empty when withheld
    QDateTime utc;                  // the moment of the call; invalid: hours conditions never hold
};

// A keyword found, and where: `field` is the checklist field whose answer holds it, or empty for the
// free text; `start`/`length` are in that text, for highlighting.
struct KeywordMatch
{
    QString keyword; // as written in the consignes
    QString field;
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const KeywordMatch &) const = default;
};

struct AnswerMatch
{
    QString field;
    QString equals; // as written in the consignes
    QString answer; // as given
    bool operator==(const AnswerMatch &) const = default;
};

// Whether a rule's conditions hold, and which parts matched (so the form can show why).
struct ConditionsMatch
{
    bool holds = false;
    QList<KeywordMatch> keywords; // the rule's keywords found: free text first, then answers by field id
    QList<AnswerMatch> answers;   // the answer conditions that held
    QString caller;               // the rule's caller number that matched, or empty
    bool hoursMatched = false;    // the rule has an open/closed condition and it held
};

class RuleSetMatcher final
{
public:
    RuleSetMatcher() = default;
    // `checklist` gives the field types (yes/no answers, which answers are searched for keywords);
    // `hours` and `zone` give open/closed.
    RuleSetMatcher(const QList<RuleConditions> &rules, const QList<ChecklistField> &checklist,
                   const CoverageHours &hours, const QTimeZone &zone);

    qsizetype size() const { return m_rules.size(); }

    // Coverage at `input.utc` in the client's zone; nullopt when the time is invalid.
    std::optional<CoverageStatus> coverage(const QDateTime &utc) const;

    // One entry per rule, in order. `coverage` is the result of coverage(input.utc).
    QList<ConditionsMatch> match(const RuleInput &input, const std::optional<CoverageStatus> &coverage) const;

private:
    bool answerHolds(const AnswerCondition &condition, const QString &answer) const;

    QList<RuleConditions> m_rules;
    QMap<QString, FieldType> m_fieldTypes;
    CoverageHours m_hours;
    QTimeZone m_zone;
    KeywordMatcher m_keywords;      // every rule's keywords, one after the other
    std::vector<int> m_keywordRule; // matcher keyword index -> rule index
};

// An answer as compared by answer conditions: trimmed, spaces collapsed, folded (case and accents);
// for a yes/no field "oui"/"true"/"yes" give "oui" and "non"/"false"/"no" give "non".
QString comparableAnswer(const QString &answer, bool yesNo);

} // namespace relais

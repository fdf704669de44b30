// The urgency of a call from the client's urgency rules: which rules hold for what the caller said,
// the level of the highest-ranked one, and its procedure resolved for now (who to transfer to, who is
// on call). Values in, values out; cheap enough to run on every keystroke of the message form.
#pragma once

#include "consignes/consignes.h"
#include "messages/actiontaken.h"
#include "rules/rulesetmatcher.h"
#include "rules/ruleswords.h"

#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace relais {

using UrgencyInput = RuleInput;

// An urgency rule that holds, for display.
struct UrgencyRuleMatch
{
    int index = -1; // position in Consignes::urgencyRules
    QString ruleId;
    QString description;
    QString levelId;
    QString levelLabel;
    int rank = 0;
    QString inWords;     // the rule as one sentence (ruleswords.h)
    ConditionsMatch why; // which keywords, answers, caller and hours matched
};

// A procedure resolved against the directory and the on-call rota at the moment of the call.
struct ResolvedProcedure
{
    ProcedureAction action = ProcedureAction::MessageOnly;
    std::optional<Person> person; // Transfer: its target; PageOnCall: who is on call now
    bool unavailable = false;     // the target is not in the directory, or nobody is on call now
    QString instructions;         // as written in the consignes
    QString fallback;             // as written in the consignes
    // "Transfer to Jérôme Martin (Portable +33700202001).", "Nobody is on call now. Fallback: …" —
    // translated; the client's words quoted as written.
    QString inWords;
};

struct UrgencyResult
{
    QString levelId; // the winning rule's level, or the default level
    QString levelLabel;
    int rank = 0;
    bool ruleMatched = false; // false: no rule holds, the default level applies
    int ruleIndex = -1;       // the winning rule's position in Consignes::urgencyRules
    QString ruleId;
    QString ruleDescription;
    ResolvedProcedure procedure;            // the winning rule's, or "take a message"
    QList<UrgencyRuleMatch> matches;        // every rule that holds, in the consignes' order
    std::optional<CoverageStatus> coverage; // open/closed at the moment; nullopt for an invalid time
};

// The action the procedure asks for, ready to record once the operator confirms it: kind, target
// person and first number, at `at`; `result` is left for the operator to fill in.
ActionTaken draftAction(const ResolvedProcedure &procedure, const QDateTime &at,
                        const QString &operatorLogin);

class UrgencyEngine final
{
public:
    UrgencyEngine() = default;
    // Compiles the rules' conditions (keywords, field types) once; `display` shows stored numbers.
    explicit UrgencyEngine(const Consignes &consignes, NumberDisplay display = {});

    const Consignes &consignes() const { return m_consignes; }

    UrgencyResult evaluate(const UrgencyInput &input) const;

    // Recompiles when `consignes` differs from the ones held (comparing shared copies is cheap), then
    // evaluates: for a form that keeps one engine and passes the client's current consignes.
    UrgencyResult evaluate(const Consignes &consignes, const UrgencyInput &input);

private:
    ResolvedProcedure resolve(const Procedure &procedure, const QDateTime &utc) const;
    QString personInWords(const Person &person) const;

    Consignes m_consignes;
    NumberDisplay m_display;
    QTimeZone m_zone;
    RuleSetMatcher m_matcher;
};

} // namespace relais

// Urgency: every rule that holds is listed; the highest rank wins, the first listed on equal ranks.
#include "rules/urgencyengine.h"

#include "rules/clienttimezone.h"
#include "rules/oncall.h"

#include <QCoreApplication>

namespace relais {
namespace {

QList<RuleConditions> conditionsOf(const QList<UrgencyRule> &rules)
{
    QList<RuleConditions> out;
    out.reserve(rules.size());
    for (const UrgencyRule &rule : rules)
        out << rule.when;
    return out;
}

// A sentence, then the fallback when there is one, or "take a message" when there is none.
QString withFallback(const QString &sentence, const QString &fallback)
{
    if (fallback.trimmed().isEmpty())
        return QCoreApplication::translate("UrgencyEngine", "%1 Take a message.").arg(sentence);
    return QCoreApplication::translate("UrgencyEngine", "%1 Fallback: %2").arg(sentence, fallback.trimmed());
}

} // namespace

ActionTaken draftAction(const ResolvedProcedure &procedure, const QDateTime &at, const QString &operatorLogin)
{
    ActionTaken action;
    action.at = at.toUTC();
    action.confirmedBy = operatorLogin;
    switch (procedure.action) {
    case ProcedureAction::MessageOnly:
        action.kind = ActionKind::MessageOnly;
        return action;
    case ProcedureAction::Transfer:
        action.kind = ActionKind::Transfer;
        break;
    case ProcedureAction::PageOnCall:
        action.kind = ActionKind::Page;
        break;
    }
    if (procedure.person) {
        action.targetPersonId = procedure.person->id;
        action.targetName = procedure.person->name;
        if (!procedure.person->numbers.isEmpty())
            action.targetNumber = procedure.person->numbers.first().number;
    }
    return action;
}

UrgencyEngine::UrgencyEngine(const Consignes &consignes, NumberDisplay display)
    : m_consignes(consignes)
    , m_display(std::move(display))
    , m_zone(resolveClientTimeZone(consignes.timeZone))
    , m_matcher(conditionsOf(consignes.urgencyRules), consignes.checklist, consignes.hours, m_zone)
{}

UrgencyResult UrgencyEngine::evaluate(const Consignes &consignes, const UrgencyInput &input)
{
    if (!(consignes == m_consignes))
        *this = UrgencyEngine(consignes, m_display);
    return evaluate(input);
}

QString UrgencyEngine::personInWords(const Person &person) const
{
    QStringList numbers;
    for (const ContactNumber &contact : person.numbers) {
        const QString shown = m_display ? m_display(contact.number) : contact.number;
        numbers << (contact.label.isEmpty()
                        ? shown
                        : QCoreApplication::translate("UrgencyEngine", "%1 %2").arg(contact.label, shown));
    }
    if (numbers.isEmpty())
        return QCoreApplication::translate("UrgencyEngine", "%1 (no number in the directory)")
            .arg(person.name);
    return QCoreApplication::translate("UrgencyEngine", "%1 (%2)")
        .arg(person.name, numbers.join(QStringLiteral(", ")));
}

ResolvedProcedure UrgencyEngine::resolve(const Procedure &procedure, const QDateTime &utc) const
{
    ResolvedProcedure out;
    out.action = procedure.action;
    out.instructions = procedure.instructions;
    out.fallback = procedure.fallback;
    switch (procedure.action) {
    case ProcedureAction::MessageOnly:
        out.inWords = QCoreApplication::translate("UrgencyEngine", "Take a message.");
        break;
    case ProcedureAction::Transfer:
        if (const Person *target = m_consignes.person(procedure.target)) {
            out.person = *target;
            out.inWords =
                QCoreApplication::translate("UrgencyEngine", "Transfer to %1.").arg(personInWords(*target));
        } else {
            out.unavailable = true;
            out.inWords =
                withFallback(QCoreApplication::translate(
                                 "UrgencyEngine", "The person to transfer to (“%1”) is not in the directory.")
                                 .arg(procedure.target),
                             procedure.fallback);
        }
        break;
    case ProcedureAction::PageOnCall:
        out.person = utc.isValid() ? onCallAt(m_consignes, utc.toUTC(), m_zone) : std::nullopt;
        if (out.person) {
            out.inWords = QCoreApplication::translate("UrgencyEngine", "Page the on-call person: %1.")
                              .arg(personInWords(*out.person));
        } else {
            out.unavailable = true;
            out.inWords = withFallback(QCoreApplication::translate("UrgencyEngine", "Nobody is on call now."),
                                       procedure.fallback);
        }
        break;
    }
    return out;
}

UrgencyResult UrgencyEngine::evaluate(const UrgencyInput &input) const
{
    UrgencyResult result;
    result.coverage = m_matcher.coverage(input.utc);
    const QList<ConditionsMatch> matches = m_matcher.match(input, result.coverage);

    for (qsizetype i = 0; i < matches.size(); ++i) {
        if (!matches[i].holds)
            continue;
        const UrgencyRule &rule = m_consignes.urgencyRules[i];
        UrgencyRuleMatch match;
        match.index = static_cast<int>(i);
        match.ruleId = rule.id;
        match.description = rule.description;
        match.levelId = rule.level;
        const UrgencyLevel *level = m_consignes.urgencyLevel(rule.level);
        match.levelLabel = level ? level->label : rule.level;
        match.rank = level ? level->rank : 0;
        match.why = matches[i];
        result.matches << match;
    }

    // Highest rank wins; a strictly higher rank is needed to replace an earlier rule.
    const UrgencyRuleMatch *winner = nullptr;
    for (const UrgencyRuleMatch &match : result.matches) {
        if (!winner || match.rank > winner->rank)
            winner = &match;
    }

    if (winner) {
        const UrgencyRule &rule = m_consignes.urgencyRules[winner->index];
        result.levelId = winner->levelId;
        result.levelLabel = winner->levelLabel;
        result.rank = winner->rank;
        result.ruleMatched = true;
        result.ruleIndex = winner->index;
        result.ruleId = winner->ruleId;
        result.ruleDescription = winner->description;
        result.procedure = resolve(rule.procedure, input.utc);
    } else {
        result.levelId = m_consignes.defaultUrgency;
        const UrgencyLevel *level = m_consignes.urgencyLevel(m_consignes.defaultUrgency);
        result.levelLabel = level ? level->label : m_consignes.defaultUrgency;
        result.rank = level ? level->rank : 0;
        result.procedure = resolve(Procedure{}, input.utc);
    }

    // The sentences name who would be paged now (the same person for every rule that pages).
    std::optional<Person> onCallNow;
    bool onCallLooked = false;
    for (UrgencyRuleMatch &match : result.matches) {
        const UrgencyRule &rule = m_consignes.urgencyRules[match.index];
        if (rule.procedure.action == ProcedureAction::PageOnCall && !onCallLooked && input.utc.isValid()) {
            onCallNow = onCallAt(m_consignes, input.utc.toUTC(), m_zone);
            onCallLooked = true;
        }
        match.inWords = urgencyRuleInWords(rule, m_consignes, onCallNow ? &*onCallNow : nullptr, m_display);
    }
    return result;
}

} // namespace relais

// Sentences for urgency and filtering rules: conditions, then level and procedure, or the filter's
// action and what to say.
#include "rules/ruleswords.h"

#include <QCoreApplication>
#include <QStringList>

namespace relais {
namespace {

QString quoted(const QString &text)
{
    return QCoreApplication::translate("RulesWords", "“%1”").arg(text.trimmed());
}

QString shown(const QString &number, const NumberDisplay &display)
{
    return display ? display(number) : number;
}

// "a or b or c" with each item as given.
QString alternatives(const QStringList &items)
{
    QString out;
    for (const QString &item : items)
        out = out.isEmpty() ? item : QCoreApplication::translate("RulesWords", "%1 or %2").arg(out, item);
    return out;
}

QString callerInWords(const QString &number, const Consignes &consignes, const NumberDisplay &display)
{
    for (const Person &person : consignes.directory) {
        for (const ContactNumber &contact : person.numbers) {
            if (contact.number == number)
                return QCoreApplication::translate("RulesWords", "%1 (%2)")
                    .arg(shown(number, display), person.name);
        }
    }
    return shown(number, display);
}

QString fieldLabel(const QString &fieldId, const Consignes &consignes)
{
    for (const ChecklistField &field : consignes.checklist) {
        if (field.id == fieldId)
            return field.label.isEmpty() ? field.id : field.label;
    }
    return fieldId;
}

// Every condition present, joined with "and"; empty when the rule has none.
QString conditionsInWords(const RuleConditions &when, const Consignes &consignes,
                          const NumberDisplay &display)
{
    QStringList parts;
    QStringList keywords;
    for (const QString &keyword : when.keywords) {
        if (!keyword.trimmed().isEmpty())
            keywords << quoted(keyword);
    }
    if (!keywords.isEmpty())
        parts << QCoreApplication::translate("RulesWords", "the caller mentions %1")
                     .arg(alternatives(keywords));
    for (const AnswerCondition &answer : when.answers)
        parts << QCoreApplication::translate("RulesWords", "%1 is %2")
                     .arg(quoted(fieldLabel(answer.field, consignes)), quoted(answer.equals));
    if (!when.callers.isEmpty()) {
        QStringList callers;
        for (const QString &number : when.callers)
            callers << callerInWords(number, consignes, display);
        parts << QCoreApplication::translate("RulesWords", "the caller is %1").arg(alternatives(callers));
    }
    if (when.hours == HoursCondition::Open)
        parts << QCoreApplication::translate("RulesWords", "during opening hours");
    else if (when.hours == HoursCondition::Closed)
        parts << QCoreApplication::translate("RulesWords", "outside opening hours");

    QString out;
    for (const QString &part : parts)
        out = out.isEmpty() ? part : QCoreApplication::translate("RulesWords", "%1 and %2").arg(out, part);
    return out;
}

QString firstNumber(const Person &person, const NumberDisplay &display)
{
    for (const ContactNumber &contact : person.numbers) {
        if (!contact.number.isEmpty())
            return shown(contact.number, display);
    }
    return {};
}

QString procedureInWords(const Procedure &procedure, const Consignes &consignes, const Person *onCallNow,
                         const NumberDisplay &display)
{
    switch (procedure.action) {
    case ProcedureAction::Transfer: {
        const Person *target = consignes.person(procedure.target);
        if (!target)
            return QCoreApplication::translate("RulesWords", "put through to %1").arg(procedure.target);
        const QString number = firstNumber(*target, display);
        return number.isEmpty()
                   ? QCoreApplication::translate("RulesWords", "put through to %1").arg(target->name)
                   : QCoreApplication::translate("RulesWords", "put through to %1 (%2)")
                         .arg(target->name, number);
    }
    case ProcedureAction::PageOnCall: {
        if (!onCallNow)
            return QCoreApplication::translate("RulesWords", "page the on-call person");
        const QString number = firstNumber(*onCallNow, display);
        return number.isEmpty()
                   ? QCoreApplication::translate("RulesWords", "page the on-call person (%1)")
                         .arg(onCallNow->name)
                   : QCoreApplication::translate("RulesWords", "page the on-call person (%1, %2)")
                         .arg(onCallNow->name, number);
    }
    case ProcedureAction::MessageOnly:
        break;
    }
    return QCoreApplication::translate("RulesWords", "take a message");
}

} // namespace

QString urgencyRuleInWords(const UrgencyRule &rule, const Consignes &consignes, const Person *onCallNow,
                           const NumberDisplay &display)
{
    const UrgencyLevel *level = consignes.urgencyLevel(rule.level);
    const QString levelLabel = level && !level->label.isEmpty() ? level->label : rule.level;
    const QString procedure = procedureInWords(rule.procedure, consignes, onCallNow, display);
    const QString conditions = conditionsInWords(rule.when, consignes, display);
    if (conditions.isEmpty())
        return QCoreApplication::translate("RulesWords", "Always: %1 — %2").arg(levelLabel, procedure);
    return QCoreApplication::translate("RulesWords", "If %1: %2 — %3").arg(conditions, levelLabel, procedure);
}

QString filteringRuleInWords(const FilteringRule &rule, const Consignes &consignes,
                             const NumberDisplay &display)
{
    const QString conditions = conditionsInWords(rule.when, consignes, display);
    const QString description = rule.description.trimmed();
    QString subject;
    if (!description.isEmpty() && !conditions.isEmpty())
        subject = QCoreApplication::translate("RulesWords", "%1 (if %2)").arg(description, conditions);
    else if (!description.isEmpty())
        subject = description;
    else if (!conditions.isEmpty())
        subject = QCoreApplication::translate("RulesWords", "If %1").arg(conditions);
    else
        subject = QCoreApplication::translate("RulesWords", "Every call");

    QString action = rule.putThrough ? QCoreApplication::translate("RulesWords", "put through")
                                     : QCoreApplication::translate("RulesWords", "do not put through");
    if (rule.takeMessage)
        action = QCoreApplication::translate("RulesWords", "%1, take a message").arg(action);
    QString sentence = QCoreApplication::translate("RulesWords", "%1: %2.").arg(subject, action);
    if (!rule.say.trimmed().isEmpty())
        sentence +=
            QLatin1Char(' ') + QCoreApplication::translate("RulesWords", "Say: %1").arg(quoted(rule.say));
    return sentence;
}

} // namespace relais

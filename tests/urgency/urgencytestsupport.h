// A plumber's consignes for urgency and filtering tests, built as values: office hours, a checklist,
// three levels, urgency rules of every kind, filtering rules and a weekly on-call rota.
#pragma once

#include "consignes/consignes.h"
#include "rules/rulesetmatcher.h"
#include "rules/rulestestsupport.h"

namespace relais::test {

inline Person plumberPerson(const char *id, const char *name, const char *number)
{
    Person p;
    p.id = QLatin1String(id);
    p.name = QString::fromUtf8(name);
    p.numbers = {{QStringLiteral("Portable"), QLatin1String(number)}};
    return p;
}

inline UrgencyRule urgencyRule(const char *id, const char *level, RuleConditions when, ProcedureAction action,
                               const char *target = "", const char *fallback = "")
{
    UrgencyRule rule;
    rule.id = QLatin1String(id);
    rule.description = QStringLiteral("Règle ") + rule.id;
    rule.level = QLatin1String(level);
    rule.when = std::move(when);
    rule.procedure.action = action;
    rule.procedure.target = QLatin1String(target);
    rule.procedure.instructions = QStringLiteral("Consigne de ") + rule.id;
    rule.procedure.fallback = QString::fromUtf8(fallback);
    return rule;
}

inline RuleConditions keywords(std::initializer_list<const char *> words)
{
    RuleConditions when;
    for (const char *word : words)
        when.keywords << QString::fromUtf8(word);
    return when;
}

inline RuleConditions answer(const char *field, const char *equals,
                             HoursCondition hours = HoursCondition::Any)
{
    RuleConditions when;
    when.answers = {{QLatin1String(field), QString::fromUtf8(equals)}};
    when.hours = hours;
    return when;
}

// Office hours: Monday–Friday 08:30–12:00 and 14:00–18:00, Saturday 09:00–12:00 (officeHours()).
// On call: Jérôme Monday–Wednesday nights, Kévin Thursday and Friday nights, Jérôme the weekend
// (Saturday 08:00 to Monday 08:00). Nobody on call during the day in the week.
inline Consignes plumber(const char *zoneId = "Europe/Paris")
{
    Consignes c;
    c.code = QStringLiteral("PLB-MARTIN");
    c.name = QStringLiteral("Martin Plomberie");
    c.timeZone = QLatin1String(zoneId);
    c.hours = officeHours();
    c.checklist = {
        {QStringLiteral("nom"), QStringLiteral("Nom"), FieldType::Text, true, {}, {}},
        {QStringLiteral("telephone"), QStringLiteral("Numéro de rappel"), FieldType::Phone, true, {}, {}},
        {QStringLiteral("description"),
         QStringLiteral("Description"),
         FieldType::MultilineText,
         false,
         {},
         {}},
        {QStringLiteral("nature"),
         QStringLiteral("Nature"),
         FieldType::Choice,
         true,
         {},
         {QStringLiteral("Fuite"), QStringLiteral("Dégât des eaux"), QStringLiteral("Panne de chauffage"),
          QStringLiteral("Devis")}},
        {QStringLiteral("eau_coupee"),
         QStringLiteral("Arrivée d'eau coupée"),
         FieldType::YesNo,
         false,
         {},
         {}},
    };
    c.urgencyLevels = {{QStringLiteral("normal"), QStringLiteral("Normal"), 0},
                       {QStringLiteral("urgent"), QStringLiteral("Urgent"), 2},
                       {QStringLiteral("critique"), QStringLiteral("Critique"), 3}};
    c.defaultUrgency = QStringLiteral("normal");

    RuleConditions fuiteNonCoupee = keywords({"fuite", "inondation"});
    fuiteNonCoupee.answers = {{QStringLiteral("eau_coupee"), QStringLiteral("non")}};
    RuleConditions vip;
    vip.callers = {QStringLiteral("+33612345678")};
    vip.hours = HoursCondition::Open;
    c.urgencyRules = {
        urgencyRule("fuite", "urgent", keywords({"fuite", "inondation", "dégât des eaux", "ça coule"}),
                    ProcedureAction::PageOnCall, "", "Appeler Jérôme Martin sur son portable"),
        urgencyRule("fuite-nature", "urgent", answer("nature", "Fuite"), ProcedureAction::PageOnCall),
        urgencyRule("chauffage-ferme", "urgent",
                    answer("nature", "Panne de chauffage", HoursCondition::Closed),
                    ProcedureAction::PageOnCall),
        urgencyRule("fuite-non-coupee", "critique", fuiteNonCoupee, ProcedureAction::PageOnCall),
        urgencyRule("gaz", "critique", keywords({"odeur de gaz"}), ProcedureAction::Transfer, "jmartin"),
        urgencyRule("vip", "urgent", vip, ProcedureAction::Transfer, "bureau"),
    };

    FilteringRule sales;
    sales.id = QStringLiteral("demarchage");
    sales.description = QStringLiteral("Démarchage commercial");
    sales.when = keywords({"démarchage", "offre commerciale", "partenariat"});
    sales.say = QStringLiteral("Nous ne donnons pas suite aux sollicitations commerciales.");
    FilteringRule insistent;
    insistent.id = QStringLiteral("insistant");
    insistent.when.callers = {QStringLiteral("+33199000000")};
    insistent.say = QStringLiteral("Je prends votre message.");
    insistent.takeMessage = true;
    FilteringRule quote;
    quote.id = QStringLiteral("devis-ferme");
    quote.when = answer("nature", "Devis", HoursCondition::Closed);
    quote.say = QStringLiteral("Le secrétariat vous rappellera aux heures d'ouverture.");
    quote.takeMessage = true;
    FilteringRule family;
    family.id = QStringLiteral("famille");
    family.when.callers = {QStringLiteral("+33611111111")};
    family.putThrough = true;
    c.filteringRules = {sales, insistent, quote, family};

    c.directory = {plumberPerson("jmartin", "Jérôme Martin", "+33700202001"),
                   plumberPerson("kdupuis", "Kévin Dupuis", "+33700202002"),
                   plumberPerson("bureau", "Nathalie Martin", "+33261912010")};
    c.onCall = {
        {QStringLiteral("jmartin"), {0, 1, 2}, span(18, 0, 8, 0)},
        {QStringLiteral("kdupuis"), {3, 4}, span(18, 0, 8, 0)},
        {QStringLiteral("jmartin"), {5, 6}, span(8, 0, 8, 0)},
    };
    return c;
}

inline RuleInput said(const char *freeText, const QDateTime &utc = paris(2026, 3, 4, 10, 0))
{
    RuleInput input;
    input.freeText = QString::fromUtf8(freeText);
    input.utc = utc;
    return input;
}

} // namespace relais::test

// Urgency and filtering rules in plain words (English source text; French comes from translations).
#include "rules/ruleswords.h"

#include <catch2/catch.hpp>

using namespace relais;

namespace {

Consignes plumber()
{
    Consignes c;
    c.code = QStringLiteral("PLB-MARTIN");
    Person marc;
    marc.id = QStringLiteral("marc");
    marc.name = QStringLiteral("Marc Dubois");
    marc.numbers = {{QStringLiteral("Portable"), QStringLiteral("+33612345678")}};
    Person office;
    office.id = QStringLiteral("accueil");
    office.name = QStringLiteral("Accueil");
    c.directory = {marc, office};
    c.urgencyLevels = {{QStringLiteral("urgent"), QStringLiteral("Urgent"), 2},
                       {QStringLiteral("normal"), QStringLiteral("Normal"), 0}};
    ChecklistField water;
    water.id = QStringLiteral("water_cut");
    water.label = QStringLiteral("Eau coupée");
    water.type = FieldType::YesNo;
    c.checklist = {water};
    return c;
}

UrgencyRule leakRule()
{
    UrgencyRule rule;
    rule.id = QStringLiteral("fuite");
    rule.level = QStringLiteral("urgent");
    rule.when.keywords = {QStringLiteral("fuite"), QStringLiteral("inondation")};
    rule.procedure.action = ProcedureAction::PageOnCall;
    return rule;
}

QString frenchDisplay(const QString &e164)
{
    return e164 == QLatin1String("+33612345678") ? QStringLiteral("06 12 34 56 78") : e164;
}

} // namespace

TEST_CASE("an urgency rule paging the on-call person names who is on call")
{
    const Consignes c = plumber();
    CHECK(
        urgencyRuleInWords(leakRule(), c, c.person(QStringLiteral("marc")), frenchDisplay) ==
        QString::fromUtf8("If the caller mentions “fuite” or “inondation”: Urgent — page the on-call person "
                          "(Marc Dubois, 06 12 34 56 78)"));
    CHECK(
        urgencyRuleInWords(leakRule(), c, c.person(QStringLiteral("marc"))) ==
        QString::fromUtf8("If the caller mentions “fuite” or “inondation”: Urgent — page the on-call person "
                          "(Marc Dubois, +33612345678)"));
    CHECK(urgencyRuleInWords(leakRule(), c) ==
          QString::fromUtf8(
              "If the caller mentions “fuite” or “inondation”: Urgent — page the on-call person"));
    CHECK(
        urgencyRuleInWords(leakRule(), c, c.person(QStringLiteral("accueil"))) ==
        QString::fromUtf8("If the caller mentions “fuite” or “inondation”: Urgent — page the on-call person "
                          "(Accueil)"));
}

TEST_CASE("urgency rule conditions are joined with and")
{
    const Consignes c = plumber();
    UrgencyRule rule;
    rule.level = QStringLiteral("urgent");
    rule.when.answers = {{QStringLiteral("water_cut"), QStringLiteral("non")}};
    rule.when.callers = {QStringLiteral("+33612345678"), QStringLiteral("+33140000000")};
    rule.when.hours = HoursCondition::Closed;
    rule.procedure.action = ProcedureAction::Transfer;
    rule.procedure.target = QStringLiteral("marc");
    CHECK(urgencyRuleInWords(rule, c, nullptr, frenchDisplay) ==
          QString::fromUtf8("If “Eau coupée” is “non” and the caller is 06 12 34 56 78 (Marc Dubois) or "
                            "+33140000000 and outside opening hours: Urgent — put through to Marc Dubois "
                            "(06 12 34 56 78)"));
}

TEST_CASE("an urgency rule without conditions applies always")
{
    const Consignes c = plumber();
    UrgencyRule rule;
    rule.level = QStringLiteral("normal");
    CHECK(urgencyRuleInWords(rule, c) == QString::fromUtf8("Always: Normal — take a message"));
    rule.level = QStringLiteral("unknown-level");
    rule.when.hours = HoursCondition::Open;
    rule.when.keywords = {QStringLiteral("  ")};
    CHECK(urgencyRuleInWords(rule, c) ==
          QString::fromUtf8("If during opening hours: unknown-level — take a message"));
    rule.procedure.action = ProcedureAction::Transfer;
    rule.procedure.target = QStringLiteral("nobody");
    CHECK(urgencyRuleInWords(rule, c).endsWith(QStringLiteral("put through to nobody")));
}

TEST_CASE("a filtering rule says whether to put through and what to say")
{
    const Consignes c = plumber();
    FilteringRule rule;
    rule.description = QStringLiteral("Cold sales calls");
    rule.say = QString::fromUtf8("M. Martin ne donne pas suite aux sollicitations commerciales.");
    CHECK(filteringRuleInWords(rule, c) ==
          QString::fromUtf8("Cold sales calls: do not put through. Say: “M. Martin ne donne pas suite aux "
                            "sollicitations commerciales.”"));

    rule.when.keywords = {QStringLiteral("offre")};
    rule.takeMessage = true;
    CHECK(filteringRuleInWords(rule, c) ==
          QString::fromUtf8("Cold sales calls (if the caller mentions “offre”): do not put through, take a "
                            "message. Say: “M. Martin ne donne pas suite aux sollicitations commerciales.”"));

    FilteringRule bare;
    bare.putThrough = true;
    CHECK(filteringRuleInWords(bare, c) == QStringLiteral("Every call: put through."));
    bare.when.callers = {QStringLiteral("+33612345678")};
    CHECK(filteringRuleInWords(bare, c, frenchDisplay) ==
          QStringLiteral("If the caller is 06 12 34 56 78 (Marc Dubois): put through."));
}

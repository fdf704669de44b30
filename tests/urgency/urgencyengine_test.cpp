// Urgency: which rules hold for answers, keywords, callers and hours at the client's local time, which
// one wins, and the procedure resolved for now (on-call person, transfer target, fallback).
#include "rules/urgencyengine.h"
#include "urgency/urgencytestsupport.h"

#include <catch2/catch.hpp>

using namespace relais;
using namespace relais::test;

namespace {

QString matchedIds(const UrgencyResult &result)
{
    QStringList ids;
    for (const UrgencyRuleMatch &match : result.matches)
        ids << match.ruleId;
    return ids.join(QLatin1Char(','));
}

} // namespace

TEST_CASE("rules × words × answers × times give the expected level and rule")
{
    const UrgencyEngine engine(plumber());
    // 2026-03-04 is a Wednesday; 2026-03-07 a Saturday; 2026-04-06 Easter Monday.
    const auto [text, field, value, when, level, rule, matched] = GENERATE(
        table<const char *, const char *, const char *, QDateTime, const char *, const char *, const char *>({
            {"je voudrais un devis", "", "", paris(2026, 3, 4, 10), "normal", "", ""},
            {"J'ai une FUITE sous l'évier", "", "", paris(2026, 3, 4, 10), "urgent", "fuite", "fuite"},
            {"l'inondation du garage", "", "", paris(2026, 3, 4, 10), "urgent", "fuite", "fuite"},
            {"un degat des eaux", "", "", paris(2026, 3, 4, 10), "urgent", "fuite", "fuite"},
            {"le bureau est fermé", "", "", paris(2026, 3, 4, 10), "normal", "", ""},
            // A choice answer is searched for keywords too, so "fuite" picked holds both rules.
            {"", "nature", "fuite", paris(2026, 3, 4, 10), "urgent", "fuite", "fuite,fuite-nature"},
            {"", "nature", "FUITE ", paris(2026, 3, 4, 10), "urgent", "fuite", "fuite,fuite-nature"},
            {"", "description", "ça coule au plafond", paris(2026, 3, 4, 10), "urgent", "fuite", "fuite"},
            {"", "telephone", "fuite", paris(2026, 3, 4, 10), "normal", "",
             ""}, // phone answers are not words
            // A heating breakdown is urgent only when the office is closed.
            {"", "nature", "Panne de chauffage", paris(2026, 3, 4, 10), "normal", "", ""},
            {"", "nature", "panne de chauffage", paris(2026, 3, 4, 12, 30), "urgent", "chauffage-ferme",
             "chauffage-ferme"}, // lunch
            {"", "nature", "Panne de chauffage", paris(2026, 3, 4, 22), "urgent", "chauffage-ferme",
             "chauffage-ferme"},                                                           // night
            {"", "nature", "Panne de chauffage", paris(2026, 3, 7, 10), "normal", "", ""}, // Saturday morning
            {"", "nature", "Panne de chauffage", paris(2026, 3, 8, 10), "urgent", "chauffage-ferme",
             "chauffage-ferme"}, // Sunday
            {"", "nature", "Panne de chauffage", paris(2026, 4, 6, 10), "urgent", "chauffage-ferme",
             "chauffage-ferme"}, // Easter Monday
            {"", "nature", "Panne de chauffage", paris(2026, 4, 7, 10), "normal", "",
             ""}, // the Tuesday after
            // DST: 29 March 2026 02:00 -> 03:00 in Paris; Monday 30 March 06:15 UTC is 08:15 local
            // (closed, opens 08:30), 06:45 UTC is 08:45 (open). In winter time both would be closed.
            {"", "nature", "Panne de chauffage", utc(2026, 3, 30, 6, 15), "urgent", "chauffage-ferme",
             "chauffage-ferme"},
            {"", "nature", "Panne de chauffage", utc(2026, 3, 30, 6, 45), "normal", "", ""},
            // 25 October 2026 03:00 -> 02:00: Monday 26 October 07:15 UTC is 08:15 local (closed),
            // 07:45 UTC is 08:45 (open). In summer time both would be open.
            {"", "nature", "Panne de chauffage", utc(2026, 10, 26, 7, 15), "urgent", "chauffage-ferme",
             "chauffage-ferme"},
            {"", "nature", "Panne de chauffage", utc(2026, 10, 26, 7, 45), "normal", "", ""},
            // Highest rank wins whatever the order: "fuite" + water not cut is critical.
            {"une fuite", "eau_coupee", "non", paris(2026, 3, 4, 10), "critique", "fuite-non-coupee",
             "fuite,fuite-non-coupee"},
            {"une fuite", "eau_coupee", "False", paris(2026, 3, 4, 10), "critique", "fuite-non-coupee",
             "fuite,fuite-non-coupee"},
            {"une fuite", "eau_coupee", "oui", paris(2026, 3, 4, 10), "urgent", "fuite", "fuite"},
            {"une fuite", "eau_coupee", "yes", paris(2026, 3, 4, 10), "urgent", "fuite", "fuite"},
            {"une fuite", "eau_coupee", "", paris(2026, 3, 4, 10), "urgent", "fuite", "fuite"},
            {"ODEUR DE GAZ dans la cuisine", "", "", paris(2026, 3, 4, 10), "critique", "gaz", "gaz"},
        }));
    UrgencyInput input = said(text, when);
    if (*field)
        input.answers.insert(QLatin1String(field), QString::fromUtf8(value));
    CAPTURE(text, field, value, when.toString(Qt::ISODate));
    const UrgencyResult result = engine.evaluate(input);
    CHECK(result.levelId == QLatin1String(level));
    CHECK(result.ruleId == QLatin1String(rule));
    CHECK(result.ruleMatched == (*rule != '\0'));
    CHECK(matchedIds(result) == QLatin1String(matched));
}

TEST_CASE("on equal ranks the rule listed first wins")
{
    UrgencyInput input = said("une fuite");
    input.answers.insert(QStringLiteral("nature"), QStringLiteral("Fuite"));
    const UrgencyResult result = UrgencyEngine(plumber()).evaluate(input);
    CHECK(matchedIds(result) == QStringLiteral("fuite,fuite-nature"));
    CHECK(result.ruleId == QStringLiteral("fuite"));
    CHECK(result.procedure.fallback == QStringLiteral("Appeler Jérôme Martin sur son portable"));

    Consignes swapped = plumber();
    swapped.urgencyRules.swapItemsAt(0, 1);
    CHECK(UrgencyEngine(swapped).evaluate(input).ruleId == QStringLiteral("fuite-nature"));
}

TEST_CASE("no matching rule gives the default level and a message")
{
    const UrgencyResult result = UrgencyEngine(plumber()).evaluate(said("je rappelle pour mon rendez-vous"));
    CHECK_FALSE(result.ruleMatched);
    CHECK(result.levelId == QStringLiteral("normal"));
    CHECK(result.levelLabel == QStringLiteral("Normal"));
    CHECK(result.rank == 0);
    CHECK(result.ruleIndex == -1);
    CHECK(result.matches.isEmpty());
    CHECK(result.procedure.action == ProcedureAction::MessageOnly);
    CHECK(result.procedure.inWords == QStringLiteral("Take a message."));
}

TEST_CASE("paging at 03:00 on Saturday reaches the Friday-night on-call person")
{
    const UrgencyResult result = UrgencyEngine(plumber()).evaluate(said("inondation", paris(2026, 3, 7, 3)));
    REQUIRE(result.procedure.action == ProcedureAction::PageOnCall);
    REQUIRE(result.procedure.person.has_value());
    CHECK(result.procedure.person->id == QStringLiteral("kdupuis"));
    CHECK_FALSE(result.procedure.unavailable);
    CHECK(result.procedure.inWords ==
          QStringLiteral("Page the on-call person: Kévin Dupuis (Portable +33700202002)."));
    CHECK(result.procedure.instructions == QStringLiteral("Consigne de fuite"));
    REQUIRE(result.coverage.has_value());
    CHECK_FALSE(result.coverage->open);
    REQUIRE(result.matches.size() == 1);
    CHECK(result.matches[0].inWords.contains(QStringLiteral("Kévin Dupuis")));
}

TEST_CASE("paging when nobody is on call says so and gives the fallback")
{
    const UrgencyResult result = UrgencyEngine(plumber()).evaluate(said("une fuite", paris(2026, 3, 4, 10)));
    CHECK(result.procedure.action == ProcedureAction::PageOnCall);
    CHECK_FALSE(result.procedure.person.has_value());
    CHECK(result.procedure.unavailable);
    CHECK(result.procedure.inWords ==
          QStringLiteral("Nobody is on call now. Fallback: Appeler Jérôme Martin sur son portable"));

    Consignes withoutFallback = plumber();
    withoutFallback.urgencyRules[0].procedure.fallback.clear();
    const UrgencyResult noFallback =
        UrgencyEngine(withoutFallback).evaluate(said("une fuite", paris(2026, 3, 4, 10)));
    CHECK(noFallback.procedure.inWords == QStringLiteral("Nobody is on call now. Take a message."));
}

TEST_CASE("on call across the DST change follows the local clock")
{
    const UrgencyEngine engine(plumber());
    // Monday 30 March 2026: the weekend shift ends at 08:00 local = 06:00 UTC (summer time).
    const UrgencyResult before = engine.evaluate(said("fuite", utc(2026, 3, 30, 5, 30)));
    REQUIRE(before.procedure.person.has_value());
    CHECK(before.procedure.person->id == QStringLiteral("jmartin"));
    CHECK(engine.evaluate(said("fuite", utc(2026, 3, 30, 6, 30))).procedure.unavailable);
    // Sunday 29 March 03:30 local, just after the change: the weekend shift.
    CHECK(engine.evaluate(said("fuite", utc(2026, 3, 29, 1, 30))).procedure.person->id ==
          QStringLiteral("jmartin"));
}

TEST_CASE("a client in another time zone is read at its own local time")
{
    const UrgencyEngine reunion(plumber("Indian/Reunion"));
    UrgencyInput heating = said("");
    heating.answers.insert(QStringLiteral("nature"), QStringLiteral("Panne de chauffage"));
    // Wednesday 4 March 05:00 UTC is 09:00 in Réunion (open) and 06:00 in Paris (closed).
    heating.utc = utc(2026, 3, 4, 5);
    CHECK(reunion.evaluate(heating).levelId == QStringLiteral("normal"));
    CHECK(UrgencyEngine(plumber()).evaluate(heating).levelId == QStringLiteral("urgent"));
    // 15:00 UTC is 19:00 in Réunion: closed, and Jérôme is on call (Wednesday night).
    heating.utc = utc(2026, 3, 4, 15);
    const UrgencyResult night = reunion.evaluate(heating);
    CHECK(night.ruleId == QStringLiteral("chauffage-ferme"));
    REQUIRE(night.procedure.person.has_value());
    CHECK(night.procedure.person->id == QStringLiteral("jmartin"));
    CHECK(UrgencyEngine(plumber()).evaluate(heating).levelId == QStringLiteral("normal"));
}

TEST_CASE("a transfer names its target with numbers")
{
    const UrgencyResult result = UrgencyEngine(plumber()).evaluate(said("Il y a une odeur de gaz"));
    CHECK(result.procedure.action == ProcedureAction::Transfer);
    REQUIRE(result.procedure.person.has_value());
    CHECK(result.procedure.person->name == QStringLiteral("Jérôme Martin"));
    CHECK(result.procedure.inWords == QStringLiteral("Transfer to Jérôme Martin (Portable +33700202001)."));

    const UrgencyEngine shown(plumber(), [](const QString &number) -> QString {
        return QStringLiteral("<") + number + QStringLiteral(">");
    });
    CHECK(shown.evaluate(said("odeur de gaz")).procedure.inWords ==
          QStringLiteral("Transfer to Jérôme Martin (Portable <+33700202001>)."));

    Consignes missing = plumber();
    missing.urgencyRules[4].procedure.target = QStringLiteral("pompiers");
    const UrgencyResult unknown = UrgencyEngine(missing).evaluate(said("odeur de gaz"));
    CHECK(unknown.procedure.unavailable);
    CHECK_FALSE(unknown.procedure.person.has_value());
    CHECK(unknown.procedure.inWords.contains(QStringLiteral("pompiers")));
}

TEST_CASE("a caller rule holds for its number during opening hours only")
{
    const UrgencyEngine engine(plumber());
    UrgencyInput input = said("bonjour", paris(2026, 3, 4, 10));
    input.callerNumber = QStringLiteral("+33612345678");
    UrgencyResult result = engine.evaluate(input);
    CHECK(result.ruleId == QStringLiteral("vip"));
    CHECK(result.matches[0].why.caller == QStringLiteral("+33612345678"));
    CHECK(result.matches[0].why.hoursMatched);
    CHECK(result.procedure.person->id == QStringLiteral("bureau"));

    input.utc = paris(2026, 3, 4, 20);
    CHECK_FALSE(engine.evaluate(input).ruleMatched);
    input.utc = paris(2026, 3, 4, 10);
    input.callerNumber = QStringLiteral("+33612345679");
    CHECK_FALSE(engine.evaluate(input).ruleMatched);
    input.callerNumber.clear();
    CHECK_FALSE(engine.evaluate(input).ruleMatched);
}

TEST_CASE("the result says which keyword and which answer matched, and where")
{
    UrgencyInput input = said("Bonjour, une grosse FUITE");
    input.answers.insert(QStringLiteral("description"), QStringLiteral("l'inondation du sous-sol"));
    input.answers.insert(QStringLiteral("eau_coupee"), QStringLiteral("Non"));
    const UrgencyResult result = UrgencyEngine(plumber()).evaluate(input);
    CHECK(result.ruleId == QStringLiteral("fuite-non-coupee"));
    REQUIRE(result.matches.size() == 2);
    const ConditionsMatch &why = result.matches[1].why;
    REQUIRE(why.keywords.size() == 2);
    CHECK(why.keywords[0] == KeywordMatch{QStringLiteral("fuite"), QString(), 20, 5});
    CHECK(why.keywords[1] ==
          KeywordMatch{QStringLiteral("inondation"), QStringLiteral("description"), 2, 10});
    REQUIRE(why.answers.size() == 1);
    CHECK(why.answers[0] ==
          AnswerMatch{QStringLiteral("eau_coupee"), QStringLiteral("non"), QStringLiteral("Non")});
    CHECK(result.matches[1].levelLabel == QStringLiteral("Critique"));
    CHECK(result.matches[1].rank == 3);
    CHECK(result.matches[1].index == 3);
}

TEST_CASE("answers compare without case or accents")
{
    Consignes c = plumber();
    c.urgencyRules = {
        urgencyRule("degat", "urgent", answer("nature", "Dégât des eaux"), ProcedureAction::MessageOnly)};
    const UrgencyEngine engine(c);
    for (const char *value : {"Dégât des eaux", "DEGAT DES EAUX", "  dégât   des eaux ", "degat des eaux"}) {
        UrgencyInput input = said("");
        input.answers.insert(QStringLiteral("nature"), QString::fromUtf8(value));
        CAPTURE(value);
        CHECK(engine.evaluate(input).ruleId == QStringLiteral("degat"));
    }
    UrgencyInput other = said("");
    other.answers.insert(QStringLiteral("nature"), QStringLiteral("Dégât"));
    CHECK_FALSE(engine.evaluate(other).ruleMatched);
}

TEST_CASE("a rule with no condition always holds")
{
    Consignes c = plumber();
    c.urgencyRules.append(urgencyRule("toujours", "normal", RuleConditions{}, ProcedureAction::MessageOnly));
    const UrgencyResult result = UrgencyEngine(c).evaluate(said("rien"));
    CHECK(result.ruleId == QStringLiteral("toujours"));
}

TEST_CASE("an engine given newer consignes recompiles them")
{
    UrgencyEngine engine(plumber());
    CHECK(engine.evaluate(said("une fuite")).levelId == QStringLiteral("urgent"));
    Consignes changed = plumber();
    changed.urgencyRules[0].when.keywords = {QStringLiteral("débordement")};
    CHECK(engine.evaluate(changed, said("une fuite")).levelId == QStringLiteral("normal"));
    CHECK(engine.evaluate(changed, said("un DEBORDEMENT")).levelId == QStringLiteral("urgent"));
    CHECK(engine.consignes() == changed);
}

TEST_CASE("an invalid time makes hours conditions fail and nobody on call")
{
    UrgencyInput input = said("une fuite", QDateTime());
    input.answers.insert(QStringLiteral("nature"), QStringLiteral("Panne de chauffage"));
    const UrgencyResult result = UrgencyEngine(plumber()).evaluate(input);
    CHECK(result.ruleId == QStringLiteral("fuite"));
    CHECK(matchedIds(result) == QStringLiteral("fuite"));
    CHECK_FALSE(result.coverage.has_value());
    CHECK(result.procedure.unavailable);
}

TEST_CASE("the procedure drafts the action to record")
{
    const QDateTime at = paris(2026, 3, 7, 3);
    const UrgencyResult page = UrgencyEngine(plumber()).evaluate(said("inondation", at));
    const ActionTaken action = draftAction(page.procedure, at, QStringLiteral("claire"));
    CHECK(action.kind == ActionKind::Page);
    CHECK(action.at == at);
    CHECK(action.targetPersonId == QStringLiteral("kdupuis"));
    CHECK(action.targetName == QStringLiteral("Kévin Dupuis"));
    CHECK(action.targetNumber == QStringLiteral("+33700202002"));
    CHECK(action.confirmedBy == QStringLiteral("claire"));
    CHECK(action.result.isEmpty());

    const UrgencyResult nobody = UrgencyEngine(plumber()).evaluate(said("inondation", paris(2026, 3, 4, 10)));
    const ActionTaken unanswered = draftAction(nobody.procedure, at, QStringLiteral("claire"));
    CHECK(unanswered.kind == ActionKind::Page);
    CHECK(unanswered.targetNumber.isEmpty());

    CHECK(draftAction(UrgencyEngine(plumber()).evaluate(said("rien")).procedure, at, QString()).kind ==
          ActionKind::MessageOnly);
    CHECK(draftAction(UrgencyEngine(plumber()).evaluate(said("odeur de gaz")).procedure, at, QString())
              .targetNumber == QStringLiteral("+33700202001"));
}

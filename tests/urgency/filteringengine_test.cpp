// Filtering: the first filtering rule that holds says what to tell the caller, whether to put the call
// through and whether to take a message.
#include "rules/filteringengine.h"
#include "urgency/urgencytestsupport.h"

#include <catch2/catch.hpp>

using namespace relais;
using namespace relais::test;

TEST_CASE("filtering rules × callers × words × times")
{
    const FilteringEngine engine(plumber());
    const auto [text, caller, nature, when, rule, putThrough, takeMessage, shortOutcome] =
        GENERATE(table<const char *, const char *, const char *, QDateTime, const char *, bool, bool, bool>({
            {"J'ai une fuite", "+33612345678", "", paris(2026, 3, 4, 10), "", true, true, false},
            {"Je vous appelle pour une OFFRE COMMERCIALE", "", "", paris(2026, 3, 4, 10), "demarchage", false,
             false, true},
            {"un partenariat", "+33199000000", "", paris(2026, 3, 4, 10), "demarchage", false, false, true},
            {"c'est encore moi", "+33199000000", "", paris(2026, 3, 4, 10), "insistant", false, true, false},
            {"", "", "Devis", paris(2026, 3, 4, 10), "", true, true, false}, // open: no filter
            {"", "", "devis", paris(2026, 3, 4, 20), "devis-ferme", false, true, false},
            {"", "", "Devis", paris(2026, 4, 6, 10), "devis-ferme", false, true, false}, // Easter Monday
            {"bonjour", "+33611111111", "", paris(2026, 3, 4, 10), "famille", true, false, false},
        }));
    FilteringInput input = said(text, when);
    input.callerNumber = QLatin1String(caller);
    if (*nature)
        input.answers.insert(QStringLiteral("nature"), QLatin1String(nature));
    CAPTURE(text, caller, nature);
    const FilteringResult result = engine.evaluate(input);
    CHECK(result.ruleId == QLatin1String(rule));
    CHECK(result.matched == (*rule != '\0'));
    CHECK(result.putThrough == putThrough);
    CHECK(result.takeMessage == takeMessage);
    CHECK(result.shortOutcome == shortOutcome);
}

TEST_CASE("a filtered sales call says what to tell the caller and why")
{
    const FilteringResult result =
        FilteringEngine(plumber()).evaluate(said("Bonjour, c'est pour du démarchage"));
    REQUIRE(result.matched);
    CHECK(result.ruleIndex == 0);
    CHECK(result.description == QStringLiteral("Démarchage commercial"));
    CHECK(result.say == QStringLiteral("Nous ne donnons pas suite aux sollicitations commerciales."));
    CHECK_FALSE(result.inWords.isEmpty());
    REQUIRE(result.why.keywords.size() == 1);
    CHECK(result.why.keywords[0].keyword == QStringLiteral("démarchage"));
    CHECK(result.why.keywords[0].start == 23);
}

TEST_CASE("no filtering rule lets the call go on")
{
    Consignes none = plumber();
    none.filteringRules.clear();
    const FilteringResult result = FilteringEngine(none).evaluate(said("offre commerciale"));
    CHECK_FALSE(result.matched);
    CHECK(result.putThrough);
    CHECK(result.takeMessage);
    CHECK_FALSE(result.shortOutcome);
    CHECK(result.ruleIndex == -1);
}

TEST_CASE("a filtering engine given newer consignes recompiles them")
{
    FilteringEngine engine;
    CHECK_FALSE(engine.evaluate(said("offre commerciale")).matched);
    CHECK(engine.evaluate(plumber(), said("offre commerciale")).ruleId == QStringLiteral("demarchage"));
}

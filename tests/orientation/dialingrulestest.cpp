// Dialing rules: the PBX's number format and prefixes, refused numbers (premium rate, emergency,
// international), the setting's JSON refused with what and where, and hostile numbers and configs.
#include "cti/dialingrules.h"
#include "common/clock.h"
#include "cti/simulatorsource.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace relais;

namespace {

DialingRules rulesOf(const char *json)
{
    auto rules = DialingRules::fromJson(QByteArray(json), QStringLiteral("settings cti/dialingRules"));
    if (!rules)
        FAIL(rules.error().toString().toStdString());
    return rules.value();
}

QString dialed(const DialingRules &rules, const QString &number)
{
    const auto dial = rules.dialString(number);
    if (!dial)
        FAIL(dial.error().toString().toStdString());
    return dial.value();
}

QString refusal(const DialingRules &rules, const QString &number)
{
    const auto dial = rules.dialString(number);
    if (dial)
        FAIL(QString(QStringLiteral("dialed ") + dial.value() + QStringLiteral(" for ") + number)
                 .toStdString());
    return dial.error().what;
}

QString configError(const QByteArray &json)
{
    const auto rules = DialingRules::fromJson(json, QStringLiteral("settings cti/dialingRules"));
    if (rules)
        FAIL(QByteArray("accepted " + json).toStdString());
    CHECK(rules.error().where == QStringLiteral("settings cti/dialingRules"));
    return rules.error().what;
}

} // namespace

TEST_CASE("the default rules dial E.164 and national numbers in national form, extensions as they are")
{
    const DialingRules rules;
    CHECK(dialed(rules, QStringLiteral("+33612345678")) == QStringLiteral("0612345678"));
    CHECK(dialed(rules, QStringLiteral("0612345678")) == QStringLiteral("0612345678"));
    CHECK(dialed(rules, QStringLiteral("0033612345678")) == QStringLiteral("0612345678"));
    CHECK(dialed(rules, QStringLiteral("201")) == QStringLiteral("201"));
    CHECK(dialed(rules, QStringLiteral("*8")) == QStringLiteral("*8"));
}

TEST_CASE("an outside-line prefix goes before every outside number, never before an extension")
{
    const DialingRules national = rulesOf(R"({"outsideLinePrefix": "0"})");
    CHECK(dialed(national, QStringLiteral("+33612345678")) == QStringLiteral("00612345678"));
    CHECK(dialed(national, QStringLiteral("201")) == QStringLiteral("201"));
    const DialingRules international = rulesOf(R"({"outsideLinePrefix": "9", "format": "international"})");
    CHECK(dialed(international, QStringLiteral("+33612345678")) == QStringLiteral("90033612345678"));
    const DialingRules e164 = rulesOf(R"({"format": "e164"})");
    CHECK(dialed(e164, QStringLiteral("0612345678")) == QStringLiteral("+33612345678"));
}

TEST_CASE("international numbers are refused unless allowed, then dialed with the international prefix")
{
    const DialingRules closed;
    CHECK(refusal(closed, QStringLiteral("+442079460958")).contains(QStringLiteral("international")));
    CHECK(refusal(closed, QStringLiteral("00442079460958")).contains(QStringLiteral("international")));
    const DialingRules open = rulesOf(R"({"allowInternational": true})");
    CHECK(dialed(open, QStringLiteral("+442079460958")) == QStringLiteral("00442079460958"));
    // One country let through by an allowed prefix, the others still refused.
    const DialingRules belgium = rulesOf(R"({"allowed": ["+32", "+33"]})");
    CHECK(dialed(belgium, QStringLiteral("+3225551234")) == QStringLiteral("003225551234"));
    CHECK(refusal(belgium, QStringLiteral("+442079460958")).contains(QStringLiteral("allow")));
    // Another country's service: Belgian rules make a French number international.
    const DialingRules belgian = rulesOf(R"({"countryCode": "32", "allowed": ["+32"]})");
    CHECK(dialed(belgian, QStringLiteral("+3225551234")) == QStringLiteral("025551234"));
    CHECK_FALSE(belgian.dialString(QStringLiteral("+33612345678")));
}

TEST_CASE("premium-rate and configured refused numbers never reach the PBX, and the reason says which")
{
    const DialingRules rules;
    CHECK(refusal(rules, QStringLiteral("0899123456")).contains(QStringLiteral("+3389")));
    CHECK(refusal(rules, QStringLiteral("+33899123456")).contains(QStringLiteral("cannot dial")));
    const DialingRules mine = rulesOf(R"({"refused": ["08 1", "+33 8 2", "0033 89"]})");
    CHECK(refusal(mine, QStringLiteral("0812345678")).contains(QStringLiteral("+3381")));
    CHECK(refusal(mine, QStringLiteral("0822345678")).contains(QStringLiteral("+3382")));
    CHECK(refusal(mine, QStringLiteral("0899123456")).contains(QStringLiteral("+3389")));
    CHECK(dialed(mine, QStringLiteral("0142685300")) == QStringLiteral("0142685300"));
    // An empty refused list lets premium numbers through: the service decided so.
    CHECK(dialed(rulesOf(R"({"refused": []})"), QStringLiteral("0899123456")) ==
          QStringLiteral("0899123456"));
}

TEST_CASE("emergency numbers are never dialed from the console, however written")
{
    const DialingRules rules = rulesOf(R"({"outsideLinePrefix": "9"})");
    for (const char *number :
         {"15", "17", "18", "112", "115", "119", "116000", "9112", "915", "+3315", "+33112"})
        CHECK(refusal(rules, QString::fromLatin1(number)).contains(QStringLiteral("emergency")));
    const DialingRules zero = rulesOf(R"({"outsideLinePrefix": "0"})");
    CHECK(refusal(zero, QStringLiteral("0112")).contains(QStringLiteral("emergency")));
    CHECK(refusal(zero, QStringLiteral("015")).contains(QStringLiteral("emergency")));
}

TEST_CASE("hostile numbers are refused with a readable reason")
{
    const DialingRules rules;
    const QString number = GENERATE(
        QString(), QStringLiteral("+"), QStringLiteral("06 12 34 56 78"),
        QStringLiteral("0611\r\nAction: Logoff"), QString(10000, QLatin1Char('1')),
        QStringLiteral("061122\u00e9"), QStringLiteral("06+11"), QString::fromLatin1("\x00\x01\x02", 3),
        QStringLiteral("0612*45678"), QStringLiteral("1234567"), QStringLiteral("+3"));
    const QString why = refusal(rules, number);
    CHECK(why.startsWith(QStringLiteral("cannot dial")));
    CHECK(why.size() < 300); // a huge input is not echoed in full
    CHECK_FALSE(why.contains(QLatin1Char('\r')));
}

TEST_CASE("a wrong dialing rules setting is refused with the key and what was expected")
{
    CHECK(DialingRules::fromJson({}, QStringLiteral("x")).ok()); // unset: the defaults
    CHECK(configError("{").contains(QStringLiteral("not valid JSON")));
    CHECK(configError("[1, 2]").contains(QStringLiteral("JSON object")));
    CHECK(configError("\"0\"").contains(QStringLiteral("JSON")));
    CHECK(configError(R"({"outsideLinePrefx": "0"})")
              .contains(QStringLiteral("unknown key \"outsideLinePrefx\"")));
    CHECK(configError(R"({"outsideLinePrefix": 0})")
              .contains(QStringLiteral("\"outsideLinePrefix\": must be a string")));
    CHECK(configError(R"({"outsideLinePrefix": "0a"})").contains(QStringLiteral("outsideLinePrefix")));
    CHECK(configError(R"({"format": "local"})").contains(QStringLiteral("\"local\"")));
    CHECK(configError(R"({"format": 3})").contains(QStringLiteral("a number")));
    CHECK(configError(R"({"allowInternational": "yes"})").contains(QStringLiteral("true or false")));
    CHECK(configError(R"({"extensionDigits": 4.5})").contains(QStringLiteral("extensionDigits")));
    CHECK(configError(R"({"extensionDigits": 99})").contains(QStringLiteral("0 to 8")));
    CHECK(configError(R"({"refused": "+3389"})").contains(QStringLiteral("must be a list")));
    CHECK(configError(R"({"refused": ["+3389", 89]})").contains(QStringLiteral("refused[1]")));
    CHECK(configError(R"({"refused": ["+3389", "premium"]})").contains(QStringLiteral("refused[1]")));
    CHECK(configError(R"({"allowed": ["89"]})").contains(QStringLiteral("allowed[0]")));
    CHECK(configError(R"({"trunkPrefix": "00"})").contains(QStringLiteral("cannot be the same")));
    CHECK(configError(R"({"outsideLinePrefix": "9", "format": "e164"})").contains(QStringLiteral("E.164")));
    CHECK(configError(QByteArray("{\"a\":\"") + QByteArray(70000, 'x') + "\"}")
              .contains(QStringLiteral("bytes")));
    CHECK(configError(QByteArray("\xff\xfe\x00{", 4)).contains(QStringLiteral("JSON")));
    QByteArray many = "{\"refused\": [";
    for (int i = 0; i < 600; ++i)
        many += (i ? ",\"+3389\"" : "\"+3389\"");
    CHECK(configError(many + "]}").contains(QStringLiteral("at most")));
}

TEST_CASE("the call source applies the rules to every request: a refused number never reaches the PBX")
{
    FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(10, 42), Qt::UTC)};
    SimulatorSource::Options options;
    options.dialedNumbers = {QStringLiteral("+33142685300")};
    options.callControlAfterMs = 10;
    SimulatorSource simulator(options, clock);
    simulator.setDialingRules(rulesOf(R"({"outsideLinePrefix": "0"})"));
    QStringList reached;
    simulator.setCallControlOutcome([&](const CallControlRequest &request) {
        reached << request.destination;
        return CallControlResult::Outcome::Answered;
    });
    std::vector<CallControlResult> results;
    QObject::connect(&simulator, &CtiSource::callControlResult,
                     [&](const CallControlResult &r) { results.push_back(r); });
    simulator.start();
    using Kind = CallControlRequest::Kind;
    simulator.requestCallControl(
        {Kind::Originate, {}, QStringLiteral("+33899123456"), QStringLiteral("Premium")});
    simulator.requestCallControl(
        {Kind::Originate, {}, QStringLiteral("+33611223344"), QStringLiteral("Marc")});
    REQUIRE(test::waitUntil([&] { return results.size() == 3; }));
    CHECK(results[0].outcome == CallControlResult::Outcome::Failed);
    CHECK(results[0].detail.contains(QStringLiteral("premium")));
    CHECK(reached == QStringList{QStringLiteral("00611223344")});
    CHECK(results[2].outcome == CallControlResult::Outcome::Answered);
}

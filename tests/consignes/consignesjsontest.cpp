// Consignes JSON: the demo accounts load, and export -> import -> export is byte-for-byte stable.
#include "consignes/consignesjson.h"
#include "phone/phonenumbers.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace relais;

namespace {

QByteArray demoBytes()
{
    QFile file(QStringLiteral(RELAIS_SOURCE_DIR "/resources/demo/demo-clients.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray minimalClient()
{
    return QByteArrayLiteral(R"({"code": "MIN", "name": "Minimal", "greetings": {"open": "{salutation}"}})");
}

} // namespace

TEST_CASE("the demo client accounts load from resources")
{
    const PhoneNumbers phones;
    const auto demo = loadDemoConsignes(phones);
    INFO((demo ? QString() : demo.error().toString()).toStdString());
    REQUIRE(demo.ok());
    REQUIRE(demo->size() >= 6);
    const Consignes &medical = demo->first();
    CHECK(medical.code == QStringLiteral("CAB-LEROY"));
    CHECK(medical.dialedNumbers ==
          QStringList{QStringLiteral("+33199001001"), QStringLiteral("+33199001002")});
    CHECK(medical.hours.weekly.days[0].size() == 2);
    CHECK(medical.hours.weekly.days[6].isEmpty());
    CHECK(medical.urgencyLevel(medical.defaultUrgency) != nullptr);
    for (const Consignes &c : *demo) {
        INFO(c.code.toStdString());
        CHECK(c.checklist.size() >= 4);
        CHECK(c.checklist.size() <= 7);
        CHECK(c.urgencyLevels.size() >= 2);
        CHECK(!c.filteringRules.isEmpty());
        CHECK(c.directory.size() >= 2);
        CHECK(c.faq.size() >= 2);
        CHECK(!c.neverSay.isEmpty());
        CHECK(c.greetings.open.contains(QStringLiteral("{salutation}")));
        CHECK(c.greetings.closed.contains(QStringLiteral("{salutation}")));
    }
}

TEST_CASE("the demo file is written in canonical form")
{
    const PhoneNumbers phones;
    const QByteArray original = demoBytes();
    const auto parsed = parseConsignesDocument(original, QStringLiteral("demo-clients.json"), phones);
    REQUIRE(parsed.ok());
    const QByteArray canonical = serializeConsignesDocument(*parsed);
    if (canonical != original && qEnvironmentVariableIsSet("RELAIS_WRITE_CANONICAL_DEMO")) {
        QFile out(qEnvironmentVariable("RELAIS_WRITE_CANONICAL_DEMO"));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(canonical);
    }
    CHECK((canonical == original)); // on failure, RELAIS_WRITE_CANONICAL_DEMO=path writes the canonical text
}

TEST_CASE("export, import, export gives the same values and the same bytes")
{
    const PhoneNumbers phones;
    const auto first = parseConsignesDocument(demoBytes(), QStringLiteral("demo-clients.json"), phones);
    REQUIRE(first.ok());
    const QByteArray exported = serializeConsignesDocument(*first);
    const auto second = parseConsignesDocument(exported, QStringLiteral("export.json"), phones);
    REQUIRE(second.ok());
    CHECK(*second == *first);
    CHECK(serializeConsignesDocument(*second) == exported);
    CHECK(exported.endsWith("}\n"));
}

TEST_CASE("one client object round-trips on its own")
{
    const PhoneNumbers phones;
    const auto demo = loadDemoConsignes(phones);
    REQUIRE(demo.ok());
    for (const Consignes &c : *demo) {
        const QByteArray bytes = serializeClientConsignes(c);
        const auto back = parseClientConsignes(bytes, QStringLiteral("version"), phones);
        INFO((back ? QString() : back.error().toString()).toStdString());
        REQUIRE(back.ok());
        CHECK(*back == c);
        CHECK(serializeClientConsignes(*back) == bytes);
    }
}

TEST_CASE("omitted optional keys take the documented defaults")
{
    const PhoneNumbers phones;
    const auto parsed = parseClientConsignes(minimalClient(), QStringLiteral("min.json"), phones);
    INFO((parsed ? QString() : parsed.error().toString()).toStdString());
    REQUIRE(parsed.ok());
    CHECK(parsed->timeZone == QStringLiteral("Europe/Paris"));
    CHECK(parsed->retentionDays == 365);
    CHECK(parsed->hours.closedOnPublicHolidays);
    CHECK(parsed->dialedNumbers.isEmpty());
    CHECK(parsed->greetings.closed.isEmpty());
}

TEST_CASE("phone numbers are stored as E.164 whatever their spelling")
{
    const PhoneNumbers phones;
    const QByteArray json = QByteArrayLiteral(
        R"({"code": "A", "name": "A", "dialedNumbers": ["0033 1 99 00 10 01", "01.99.00.10.02"],
            "greetings": {"open": "Bonjour"},
            "directory": [{"id": "p", "name": "P", "numbers": [{"label": "Portable", "number": "07 00 10 10 11"}]}]})");
    const auto parsed = parseClientConsignes(json, QStringLiteral("a.json"), phones);
    REQUIRE(parsed.ok());
    CHECK(parsed->dialedNumbers ==
          QStringList{QStringLiteral("+33199001001"), QStringLiteral("+33199001002")});
    CHECK(parsed->directory.first().numbers.first().number == QStringLiteral("+33700101011"));
}

TEST_CASE("text with quotes, backslashes, control characters and emoji survives a round trip")
{
    const PhoneNumbers phones;
    Consignes c;
    c.code = QStringLiteral("ESC");
    c.name = QStringLiteral("Chez \"Léa\" \\ l'atelier\n\tsecond line \u0001 🙂");
    c.greetings.open = QStringLiteral("{salutation}, {client}");
    const QByteArray bytes = serializeClientConsignes(c);
    const auto back = parseClientConsignes(bytes, QStringLiteral("esc.json"), phones);
    REQUIRE(back.ok());
    CHECK(back->name == c.name);
    CHECK(serializeClientConsignes(*back) == bytes);
}

TEST_CASE("a file is read from disk and a missing file says so")
{
    const PhoneNumbers phones;
    const auto demo =
        readConsignesFile(QStringLiteral(RELAIS_SOURCE_DIR "/resources/demo/demo-clients.json"), phones);
    REQUIRE(demo.ok());
    const auto missing = readConsignesFile(QStringLiteral("/nonexistent/consignes.json"), phones);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().where == QStringLiteral("/nonexistent/consignes.json"));
    CHECK_THAT(missing.error().what.toStdString(), Catch::StartsWith("cannot read the file"));
}

TEST_CASE("a transmission rule's call type round-trips and the default is left out")
{
    const PhoneNumbers phones;
    const auto demo = loadDemoConsignes(phones);
    REQUIRE(demo.ok());
    Consignes c = demo->first();
    REQUIRE_FALSE(c.transmission.isEmpty());
    CHECK_FALSE(serializeClientConsignes(c).contains("callType")); // every call: the default
    for (const CallType type : {CallType::Message, CallType::Filtered, CallType::Incomplete}) {
        c.transmission.first().callType = type;
        const QByteArray bytes = serializeClientConsignes(c);
        CHECK(bytes.contains("\"callType\""));
        const auto back = parseClientConsignes(bytes, QStringLiteral("version"), phones);
        REQUIRE(back.ok());
        CHECK(back->transmission.first().callType == type);
        CHECK(serializeClientConsignes(*back) == bytes);
    }
}

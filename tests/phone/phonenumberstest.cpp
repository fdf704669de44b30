// PhoneNumbers: what people and PBXs write is accepted, anything else is refused with a reason.
#include "phone/phonenumbers.h"

#include <catch2/catch.hpp>

using relais::PhoneNumber;
using relais::PhoneNumbers;

namespace {

std::string refusal(const PhoneNumbers &phones, const QString &input)
{
    const auto parsed = phones.parse(input);
    REQUIRE_FALSE(parsed.ok());
    return parsed.error().what.toStdString();
}

} // namespace

TEST_CASE("French fixed-line numbers are accepted in every usual spelling")
{
    const PhoneNumbers phones;
    const QString spellings[] = {
        QStringLiteral("01 42 68 53 00"),       QStringLiteral("0142685300"),
        QStringLiteral("+33142685300"),         QStringLiteral("0033 1 42 68 53 00"),
        QStringLiteral("+33 (0)1 42 68 53 00"), QStringLiteral("01.42.68.53.00"),
        QStringLiteral("  01-42-68-53-00  "),
    };
    for (const QString &input : spellings) {
        INFO(input.toStdString());
        const auto parsed = phones.parse(input);
        REQUIRE(parsed.ok());
        CHECK(parsed->e164 == QStringLiteral("+33142685300"));
        CHECK(parsed->national == QStringLiteral("01 42 68 53 00"));
        CHECK(parsed->international == QStringLiteral("+33 1 42 68 53 00"));
        CHECK(parsed->regionCode == QStringLiteral("FR"));
        CHECK(parsed->type == PhoneNumber::Type::FixedLine);
    }
}

TEST_CASE("French mobile numbers are typed as mobile")
{
    const PhoneNumbers phones;
    const auto parsed = phones.parse(QStringLiteral("06.12.34.56.78"));
    REQUIRE(parsed.ok());
    CHECK(parsed->e164 == QStringLiteral("+33612345678"));
    CHECK(parsed->type == PhoneNumber::Type::Mobile);
}

TEST_CASE("French toll-free numbers are typed as toll free")
{
    const PhoneNumbers phones;
    const auto parsed = phones.parse(QStringLiteral("0 800 12 34 56"));
    REQUIRE(parsed.ok());
    CHECK(parsed->type == PhoneNumber::Type::TollFree);
}

TEST_CASE("international numbers keep their own country")
{
    const PhoneNumbers phones;
    const auto london = phones.parse(QStringLiteral("+44 20 7946 0958"));
    REQUIRE(london.ok());
    CHECK(london->e164 == QStringLiteral("+442079460958"));
    CHECK(london->regionCode == QStringLiteral("GB"));

    const auto newYork = phones.parse(QStringLiteral("+1 212 736 3100"));
    REQUIRE(newYork.ok());
    CHECK(newYork->e164 == QStringLiteral("+12127363100"));
    CHECK(newYork->regionCode == QStringLiteral("US"));
    CHECK(newYork->type == PhoneNumber::Type::FixedOrMobile);
}

TEST_CASE("empty and blank input is refused as empty")
{
    const PhoneNumbers phones;
    CHECK(refusal(phones, QString()) == "empty number");
    CHECK(refusal(phones, QStringLiteral("   \t ")) == "empty number");
}

TEST_CASE("letters are refused rather than read as a vanity number")
{
    const PhoneNumbers phones;
    CHECK(refusal(phones, QStringLiteral("0800-FLEURS")) == "not a phone number: contains letters");
    CHECK(refusal(phones, QStringLiteral("anonymous")) == "not a phone number: contains letters");
}

TEST_CASE("garbage and binary bytes are refused and quoted safely")
{
    const PhoneNumbers phones;
    CHECK_THAT(refusal(phones, QStringLiteral("#*!?")), Catch::StartsWith("not a phone number"));
    CHECK(refusal(phones, QStringLiteral("+++")) == "not a phone number: unexpected character at position 2");
    CHECK(refusal(phones, QStringLiteral("---")) == "not a phone number: no digits");

    const QByteArray binary("\x01\x02\xff\xfe\x00\x7f\x80", 7);
    const auto parsed = phones.parse(QString::fromLatin1(binary));
    REQUIRE_FALSE(parsed.ok());
    CHECK_THAT(parsed.error().what.toStdString(), Catch::StartsWith("not a phone number"));
    for (const QChar c : parsed.error().where)
        CHECK(c.isPrint());
}

TEST_CASE("too short and too long numbers name the region")
{
    const PhoneNumbers phones;
    CHECK(refusal(phones, QStringLiteral("01 42")) == "too short for FR");
    CHECK(refusal(phones, QStringLiteral("15")) == "too short for FR");
    CHECK(refusal(phones, QStringLiteral("01 42 68 53 00 12")) == "too long for FR");
    CHECK(refusal(phones, QStringLiteral("+44 20 7946 0958 9999")) == "too long for GB");
}

TEST_CASE("a number of the right length but not allocated is not valid for its region")
{
    const PhoneNumbers phones;
    // Ten digits, but 04 00… and +33 0… are not allocated in the French plan.
    CHECK(refusal(phones, QStringLiteral("04 00 00 00 00")) == "not a valid number in FR");
    CHECK(refusal(phones, QStringLiteral("+33 0 12 34 56 78")) == "not a valid number in FR");
}

TEST_CASE("a 10 kB string is refused at once, and where stays short")
{
    const PhoneNumbers phones;
    const QString huge(10 * 1024, QLatin1Char('1'));
    const auto parsed = phones.parse(huge);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().what == QStringLiteral("not a phone number: too long (10240 characters)"));
    CHECK(parsed.error().where.size() < 64);
}

TEST_CASE("where quotes the input")
{
    const PhoneNumbers phones;
    const auto parsed = phones.parse(QStringLiteral("01 42"));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().where == QStringLiteral("01 42"));
}

TEST_CASE("normalize gives E.164 or the trimmed input for odd PBX numbers")
{
    const PhoneNumbers phones;
    CHECK(phones.normalize(QStringLiteral("01 42 68 53 00")) == QStringLiteral("+33142685300"));
    CHECK(phones.normalize(QStringLiteral(" 204 ")) == QStringLiteral("204"));
    CHECK(phones.normalize(QStringLiteral("anonymous")) == QStringLiteral("anonymous"));
}

TEST_CASE("display shows French numbers nationally and foreign ones internationally")
{
    const PhoneNumbers phones;
    CHECK(phones.display(QStringLiteral("+33142685300")) == QStringLiteral("01 42 68 53 00"));
    CHECK(phones.display(QStringLiteral("+33612345678")) == QStringLiteral("06 12 34 56 78"));
    CHECK(phones.display(QStringLiteral("+442079460958")) == QStringLiteral("+44 20 7946 0958"));
    CHECK(phones.display(QStringLiteral("204")) == QStringLiteral("204"));
}

TEST_CASE("another default region reads national numbers as its own")
{
    const PhoneNumbers phones(QStringLiteral("BE"));
    const auto parsed = phones.parse(QStringLiteral("02 503 45 67"));
    REQUIRE(parsed.ok());
    CHECK(parsed->e164 == QStringLiteral("+3225034567"));
    CHECK(phones.defaultRegion() == QStringLiteral("BE"));
}

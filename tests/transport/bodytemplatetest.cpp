// Body templates of SMS gateways: placeholders filled and escaped for form and JSON bodies.
#include "transport/bodytemplate.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace relais::transport;

TEST_CASE("form values are percent-encoded so they cannot add a field")
{
    const auto body = fillBodyTemplate(QStringLiteral("to={to}&msg={text}"), BodyType::Form,
                                       {{QStringLiteral("to"), QStringLiteral("+33612345678")},
                                        {QStringLiteral("text"), QStringLiteral("a&b=c d+é%")}});
    REQUIRE(body.ok());
    CHECK(*body == "to=%2B33612345678&msg=a%26b%3Dc%20d%2B%C3%A9%25");
}

TEST_CASE("JSON values are escaped inside their string, braces of the JSON itself are kept")
{
    QString hostile = QStringLiteral("\"}, \"admin\": true, \"x\": \"\\\n\t\r");
    hostile += QChar(0x01);
    hostile += QChar(0x2028);
    const auto body = fillBodyTemplate(QStringLiteral(R"({"text":"{text}","nested":{"a":1}})"),
                                       BodyType::Json, {{QStringLiteral("text"), hostile}});
    REQUIRE(body.ok());
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(*body, &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(o.value(QStringLiteral("text")).toString() == hostile);
    CHECK(o.keys() == QStringList{QStringLiteral("nested"), QStringLiteral("text")});
    CHECK(body->contains("\\u0001"));
    CHECK(body->contains("\\u2028"));
}

TEST_CASE("an unknown placeholder is an error naming it and where, a missing value is empty")
{
    const auto bad = fillBodyTemplate(QStringLiteral("a={to}&b={phone}"), BodyType::Form, {});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().toString().startsWith(
        QStringLiteral("body template, character 10: unknown placeholder {phone}")));
    const auto empty = fillBodyTemplate(QStringLiteral("a={sender}&b={ NOT } {X} {}"), BodyType::Form, {});
    REQUIRE(empty.ok());
    CHECK(*empty == "a=&b={ NOT } {X} {}");
    const auto names = bodyTemplatePlaceholders(QStringLiteral("{to}{text}{to}"));
    REQUIRE(names.ok());
    CHECK(*names == QStringList{QStringLiteral("to"), QStringLiteral("text"), QStringLiteral("to")});
}

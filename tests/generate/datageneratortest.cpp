// The data generator makes valid, unique and repeatable data, so benchmarks measure real shapes.
#include "generate/datagenerator.h"
#include "consignes/consignesjson.h"
#include "phone/phonenumbers.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace relais;

TEST_CASE("generated clients pass the strict consignes validation")
{
    PhoneNumbers phones;
    DataGenerator generator(phones, 42);
    const QList<Consignes> clients = generator.clients(200);
    REQUIRE(clients.size() == 200);
    const auto parsed =
        parseConsignesDocument(serializeConsignesDocument(clients), QStringLiteral("generated"), phones);
    INFO((parsed.ok() ? QString() : parsed.error().toString()).toStdString());
    REQUIRE(parsed.ok());
    CHECK(*parsed == clients);
}

TEST_CASE("generated dialed numbers are valid and owned by one client each")
{
    PhoneNumbers phones;
    DataGenerator generator(phones, 7);
    QSet<QString> seen;
    for (const Consignes &c : generator.clients(500)) {
        for (const QString &number : c.dialedNumbers) {
            CHECK(phones.parse(number).ok());
            CHECK_FALSE(seen.contains(number));
            seen.insert(number);
        }
    }
}

TEST_CASE("the same seed gives the same data, another seed other data")
{
    PhoneNumbers phones;
    const QDateTime until(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    DataGenerator a(phones, 1), b(phones, 1), c(phones, 2);
    const auto clientsA = a.clients(20);
    CHECK(clientsA == b.clients(20));
    const auto messagesA = a.messages(clientsA, 100, until);
    const auto messagesB = b.messages(clientsA, 100, until);
    REQUIRE(messagesA.size() == 100);
    for (int i = 0; i < messagesA.size(); ++i) {
        CHECK(messagesA[i].id == messagesB[i].id);
        CHECK(messagesA[i].notes == messagesB[i].notes);
    }
    const auto messagesC = c.messages(clientsA, 100, until);
    CHECK(messagesA.first().id != messagesC.first().id);
}

TEST_CASE("generated messages belong to the given clients, with valid callers and times in range")
{
    PhoneNumbers phones;
    DataGenerator generator(phones, 3);
    const auto clients = generator.clients(10);
    QSet<QString> codes;
    for (const auto &c : clients)
        codes.insert(c.code);
    const QDateTime until(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    QSet<QString> ids;
    for (const Message &m : generator.messages(clients, 2000, until, 30)) {
        CHECK(codes.contains(m.clientCode));
        CHECK(phones.parse(m.callerNumber).ok());
        CHECK(m.createdAt <= until);
        CHECK(m.createdAt >= until.addDays(-30));
        CHECK_FALSE(ids.contains(m.id));
        ids.insert(m.id);
    }
}

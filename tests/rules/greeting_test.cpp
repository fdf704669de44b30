// Greeting rendering: variant choice, Bonjour/Bonsoir by local time in several zones and across
// daylight saving changes, variables and stray braces.
#include "rules/coveragehours.h"
#include "rules/greeting.h"
#include "rules/rulestestsupport.h"

#include <catch2/catch.hpp>

using namespace relais;
using namespace relais::test;

namespace {

Greetings sample()
{
    Greetings g;
    g.open = QString::fromUtf8("{salutation}, {client}, {operator} à votre écoute.");
    g.closed = QString::fromUtf8("{salutation}, {client}, nos bureaux sont fermés. Je prends votre message.");
    g.overflow = QStringLiteral("{salutation}, standard de {client}, {operator} vous répond.");
    return g;
}

// The greeting as the router makes it: coverage at `moment` in `zone`, then render at local time.
QString greetingAt(const Greetings &greetings, const CoverageHours &hours, const QDateTime &moment,
                   const char *zoneId)
{
    const CoverageStatus status = coverageAt(hours, moment, zone(zoneId));
    return renderGreeting(greetings, status.open, false, status.localTime.time(),
                          QStringLiteral("Cabinet Leroy"), QStringLiteral("Julie"));
}

} // namespace

TEST_CASE("salutation turns to Bonsoir at 18:00 and back to Bonjour at 05:00")
{
    const auto [hour, minute, expected] = GENERATE(table<int, int, const char *>({
        {0, 0, "Bonsoir"},
        {4, 59, "Bonsoir"},
        {5, 0, "Bonjour"},
        {12, 0, "Bonjour"},
        {17, 59, "Bonjour"},
        {18, 0, "Bonsoir"},
        {23, 59, "Bonsoir"},
    }));
    CAPTURE(hour, minute);
    CHECK(salutationAt(QTime(hour, minute)) == QLatin1String(expected));
}

TEST_CASE("greeting variant: overflow when asked, closed when closed, open otherwise")
{
    const Greetings full = sample();
    CHECK(chooseGreetingVariant(full, true) == GreetingVariant::Open);
    CHECK(chooseGreetingVariant(full, false) == GreetingVariant::Closed);
    CHECK(chooseGreetingVariant(full, true, true) == GreetingVariant::Overflow);
    CHECK(chooseGreetingVariant(full, false, true) == GreetingVariant::Overflow);

    Greetings openOnly;
    openOnly.open = QStringLiteral("{salutation}");
    openOnly.closed = QStringLiteral("   ");
    CHECK(chooseGreetingVariant(openOnly, false) == GreetingVariant::Open);
    CHECK(chooseGreetingVariant(openOnly, false, true) == GreetingVariant::Open);

    Greetings noOverflow = full;
    noOverflow.overflow.clear();
    CHECK(chooseGreetingVariant(noOverflow, false, true) == GreetingVariant::Closed);
    CHECK(greetingText(full, GreetingVariant::Closed) == full.closed);
}

TEST_CASE("variables are filled and unknown ones stay visible")
{
    const GreetingValues values{QStringLiteral("Bonjour"), QStringLiteral("Plomberie Martin"),
                                QStringLiteral("Julie")};
    const auto [text, expected] = GENERATE(table<const char *, const char *>({
        {"{salutation}, {client}, {operator} à votre écoute.",
         "Bonjour, Plomberie Martin, Julie à votre écoute."},
        {"{salutation} {societe}", "Bonjour {societe}"},
        {"{client}{client}", "Plomberie MartinPlomberie Martin"},
        {"{ {client}", "{ Plomberie Martin"},
        {"{{client}}", "{Plomberie Martin}"},
        {"{client", "{client"},
        {"client}", "client}"},
        {"{}", "{}"},
        {"{Client}", "{Client}"},
        {"", ""},
        {"sans variable", "sans variable"},
    }));
    CAPTURE(text);
    CHECK(renderGreetingTemplate(QString::fromUtf8(text), values) == QString::fromUtf8(expected));
}

TEST_CASE("the closed greeting is said at night and on holidays")
{
    const Greetings greetings = sample();
    const CoverageHours hours = officeHours();
    CHECK(greetingAt(greetings, hours, paris(2026, 3, 2, 10), "Europe/Paris") ==
          QString::fromUtf8("Bonjour, Cabinet Leroy, Julie à votre écoute."));
    CHECK(greetingAt(greetings, hours, paris(2026, 3, 2, 19), "Europe/Paris") ==
          QString::fromUtf8("Bonsoir, Cabinet Leroy, nos bureaux sont fermés. Je prends votre message."));
    CHECK(greetingAt(greetings, hours, paris(2026, 4, 6, 10), "Europe/Paris") ==
          QString::fromUtf8("Bonjour, Cabinet Leroy, nos bureaux sont fermés. Je prends votre message."));
    CHECK(greetingAt(greetings, hours, paris(2027, 5, 6, 10), "Europe/Paris")
              .contains(QString::fromUtf8("fermés")));
    CHECK(greetingAt(greetings, hours, paris(2027, 5, 7, 10), "Europe/Paris")
              .contains(QString::fromUtf8("écoute")));
}

TEST_CASE("salutation follows the client's time zone")
{
    Greetings greetings;
    greetings.open = QStringLiteral("{salutation}");
    const CoverageHours always; // closed all the time: the open text is used since closed is empty
    // 2026-03-02 17:30 UTC: 18:30 Paris, 13:30 Martinique, 21:30 Réunion, 04:30 (next day) Nouméa.
    const QDateTime moment = utc(2026, 3, 2, 17, 30);
    const auto [zoneId, expected] = GENERATE(table<const char *, const char *>({
        {"Europe/Paris", "Bonsoir"},
        {"America/Martinique", "Bonjour"},
        {"Indian/Reunion", "Bonsoir"},
        {"Pacific/Noumea", "Bonsoir"},
    }));
    CAPTURE(zoneId);
    CHECK(greetingAt(greetings, always, moment, zoneId) == QLatin1String(expected));
    // 20:00 UTC is 07:00 in Nouméa.
    CHECK(greetingAt(greetings, always, utc(2026, 3, 2, 20), "Pacific/Noumea") == QStringLiteral("Bonjour"));
}

TEST_CASE("salutation keeps to the wall clock across daylight saving changes")
{
    Greetings greetings;
    greetings.open = QStringLiteral("{salutation}");
    const CoverageHours hours;
    // 16:30 UTC is 17:30 in winter time and 18:30 in summer time.
    CHECK(greetingAt(greetings, hours, utc(2026, 3, 28, 16, 30), "Europe/Paris") ==
          QStringLiteral("Bonjour"));
    CHECK(greetingAt(greetings, hours, utc(2026, 3, 29, 16, 30), "Europe/Paris") ==
          QStringLiteral("Bonsoir"));
    CHECK(greetingAt(greetings, hours, utc(2026, 10, 24, 16, 30), "Europe/Paris") ==
          QStringLiteral("Bonsoir"));
    CHECK(greetingAt(greetings, hours, utc(2026, 10, 25, 16, 30), "Europe/Paris") ==
          QStringLiteral("Bonjour"));
    // Martinique keeps no daylight saving time: 21:30 UTC is 17:30 there all year.
    CHECK(greetingAt(greetings, hours, utc(2026, 7, 1, 21, 30), "America/Martinique") ==
          QStringLiteral("Bonjour"));
}

TEST_CASE("the overflow greeting is rendered on request")
{
    const Greetings greetings = sample();
    CHECK(renderGreeting(greetings, true, true, QTime(9, 0), QStringLiteral("Cabinet Leroy"),
                         QStringLiteral("Julie")) ==
          QString::fromUtf8("Bonjour, standard de Cabinet Leroy, Julie vous répond."));
}

TEST_CASE("hostile greeting templates render as written")
{
    const GreetingValues values{QStringLiteral("Bonjour"), QStringLiteral("ACME"), QStringLiteral("Julie")};
    const QString braces = QString(200000, QLatin1Char('{')) + QStringLiteral("client}");
    CHECK(renderGreetingTemplate(braces, values) ==
          QString(199999, QLatin1Char('{')) + QStringLiteral("ACME"));
    const QString closers = QString(200000, QLatin1Char('}'));
    CHECK(renderGreetingTemplate(closers, values) == closers);
    QString binary;
    for (int i = 0; i < 512; ++i)
        binary += QChar(static_cast<char16_t>(i * 131 % 0xD7FF));
    binary += QStringLiteral("{operator}");
    CHECK(renderGreetingTemplate(binary, values).endsWith(QStringLiteral("Julie")));
    CHECK(renderGreetingTemplate(QStringLiteral("{salutation}{"), values) == QStringLiteral("Bonjour{"));
}

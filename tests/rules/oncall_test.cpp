// Who is on call: weekly shifts read at the client's local time, night shifts into the next day.
#include "rules/oncall.h"
#include "rules/rulestestsupport.h"

#include <catch2/catch.hpp>

using namespace relais;
using namespace relais::test;

namespace {

Person person(const char *id, const char *name, const char *number)
{
    Person p;
    p.id = QLatin1String(id);
    p.name = QString::fromUtf8(name);
    p.numbers = {{QStringLiteral("Portable"), QLatin1String(number)}};
    return p;
}

// Marc: Monday to Thursday nights. Julie: Friday night, then the weekend from Saturday 08:00 to
// Monday 08:00 (two 24-hour shifts).
Consignes rota(const char *zoneId = "Europe/Paris")
{
    Consignes c;
    c.code = QStringLiteral("PLB-MARTIN");
    c.timeZone = QLatin1String(zoneId);
    c.directory = {person("marc", "Marc Dubois", "+33612345678"),
                   person("julie", "Julie Moreau", "+33698765432")};
    c.onCall = {
        {QStringLiteral("marc"), {0, 1, 2, 3}, span(18, 0, 8, 0)},
        {QStringLiteral("julie"), {4}, span(18, 0, 8, 0)},
        {QStringLiteral("julie"), {5, 6}, span(8, 0, 8, 0)},
    };
    return c;
}

QString onCallName(const Consignes &c, const QDateTime &moment, const char *zoneId = "Europe/Paris")
{
    const auto who = onCallAt(c, moment, zone(zoneId));
    return who ? who->name : QStringLiteral("(nobody)");
}

} // namespace

TEST_CASE("on call now, from the weekly rota")
{
    const Consignes c = rota();
    // 2026-03-02 is a Monday.
    const auto [day, hour, minute, expected] = GENERATE(table<int, int, int, const char *>({
        {2, 3, 0, "Julie Moreau"}, // Monday 03:00: Sunday's 24-hour shift
        {2, 7, 59, "Julie Moreau"},
        {2, 8, 0, "(nobody)"}, // office hours
        {2, 12, 0, "(nobody)"},
        {2, 18, 0, "Marc Dubois"},
        {3, 3, 0, "Marc Dubois"},   // Tuesday 03:00: Monday night
        {5, 23, 0, "Marc Dubois"},  // Thursday night
        {6, 3, 0, "Marc Dubois"},   // Friday 03:00 still Thursday's shift
        {6, 18, 0, "Julie Moreau"}, // Friday night
        {7, 3, 0, "Julie Moreau"},  // Saturday 03:00: the "fri 18:00-08:00" shift
        {7, 8, 0, "Julie Moreau"},  // Saturday's own shift begins
        {8, 14, 0, "Julie Moreau"}, // Sunday
    }));
    CAPTURE(day, hour, minute);
    CHECK(onCallName(c, paris(2026, 3, day, hour, minute)) == QString::fromUtf8(expected));
}

TEST_CASE("the first listed shift wins when two overlap")
{
    Consignes c = rota();
    c.onCall.prepend({QStringLiteral("julie"), {0}, span(20, 0, 22, 0)});
    CHECK(onCallName(c, paris(2026, 3, 2, 21)) == QStringLiteral("Julie Moreau"));
    CHECK(onCallName(c, paris(2026, 3, 2, 22)) == QStringLiteral("Marc Dubois"));
    const OnCallShift *shift = onCallShiftAt(c.onCall, QDateTime(QDate(2026, 3, 2), QTime(21, 0)));
    REQUIRE(shift != nullptr);
    CHECK(shift == &c.onCall.first());
}

TEST_CASE("a shift naming no one in the directory gives no on-call person")
{
    Consignes c = rota();
    c.onCall = {{QStringLiteral("ghost"), {0, 1, 2, 3, 4, 5, 6}, span(0, 0, 0, 0)}};
    CHECK_FALSE(onCallAt(c, paris(2026, 3, 2, 10), zone("Europe/Paris")).has_value());
    c.onCall.clear();
    CHECK_FALSE(onCallAt(c, paris(2026, 3, 2, 10), zone("Europe/Paris")).has_value());
}

TEST_CASE("on call is read at the client's local time")
{
    const Consignes c = rota("Pacific/Noumea");
    // Monday 2026-03-02 09:00 UTC is 20:00 in Nouméa (Marc) and 10:00 in Paris (nobody).
    CHECK(onCallName(c, utc(2026, 3, 2, 9), "Pacific/Noumea") == QStringLiteral("Marc Dubois"));
    CHECK(onCallName(c, utc(2026, 3, 2, 9), "Europe/Paris") == QStringLiteral("(nobody)"));
    // Martinique: Friday 2026-03-06 23:00 UTC is 19:00 there (Julie's Friday night).
    CHECK(onCallName(c, utc(2026, 3, 6, 23), "America/Martinique") == QStringLiteral("Julie Moreau"));
}

TEST_CASE("night shifts keep local hours across daylight saving changes")
{
    const Consignes c = rota();
    // Thursday night into Friday 2026-03-27 (CET): ends 07:00 UTC. Into Tuesday 2026-03-31 (CEST): 06:00 UTC.
    CHECK(onCallName(c, utc(2026, 3, 27, 6, 59)) == QStringLiteral("Marc Dubois"));
    CHECK(onCallName(c, utc(2026, 3, 27, 7, 0)) == QStringLiteral("(nobody)"));
    CHECK(onCallName(c, utc(2026, 3, 31, 5, 59)) == QStringLiteral("Marc Dubois"));
    CHECK(onCallName(c, utc(2026, 3, 31, 6, 0)) == QStringLiteral("(nobody)"));
    // Monday 2026-03-30 starts at 18:00 CEST = 16:00 UTC.
    CHECK(onCallName(c, utc(2026, 3, 30, 15, 59)) == QStringLiteral("(nobody)"));
    CHECK(onCallName(c, utc(2026, 3, 30, 16, 0)) == QStringLiteral("Marc Dubois"));
}

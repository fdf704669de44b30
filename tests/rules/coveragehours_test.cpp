// Coverage hours: weekly spans, lunch breaks, midnight-crossing spans, holidays, exceptions, time
// zones and daylight saving changes.
#include "rules/clienttimezone.h"
#include "rules/coveragehours.h"
#include "rules/rulestestsupport.h"

#include <catch2/catch.hpp>

using namespace relais;
using namespace relais::test;

namespace {

const QTimeZone kParis = zone("Europe/Paris");

// Every night from 18:00 to 08:00 the next morning, Monday to Friday evenings.
CoverageHours nightService()
{
    CoverageHours hours;
    for (int day = 0; day < 5; ++day)
        hours.weekly.days[static_cast<size_t>(day)] = {span(18, 0, 8, 0)};
    return hours;
}

} // namespace

TEST_CASE("office hours in Paris, with a lunch break")
{
    const CoverageHours hours = officeHours();
    // 2026-03-02 is a Monday, 2026-03-07 a Saturday, 2026-03-08 a Sunday.
    const auto [hour, minute, day, open] = GENERATE(table<int, int, int, bool>({
        {8, 29, 2, false},
        {8, 30, 2, true},
        {11, 59, 2, true},
        {12, 0, 2, false},
        {13, 0, 2, false},
        {14, 0, 2, true},
        {17, 59, 2, true},
        {18, 0, 2, false},
        {23, 0, 2, false},
        {3, 0, 2, false},
        {10, 0, 7, true},
        {12, 30, 7, false},
        {10, 0, 8, false},
    }));
    CAPTURE(day, hour, minute);
    const CoverageStatus status = coverageAt(hours, paris(2026, 3, day, hour, minute), kParis);
    CHECK(status.open == open);
    CHECK(status.reason ==
          (open ? CoverageStatus::Reason::WeeklyHours : CoverageStatus::Reason::OutsideHours));
    CHECK(status.localTime.time() == QTime(hour, minute));
}

TEST_CASE("labels say open, closed, and why")
{
    const CoverageHours hours = officeHours();
    CHECK(coverageAt(hours, paris(2026, 3, 2, 10), kParis).label() == QStringLiteral("Open"));
    CHECK(coverageAt(hours, paris(2026, 3, 2, 20), kParis).label() == QStringLiteral("Closed"));
    CHECK(coverageAt(hours, paris(2026, 12, 25, 10), kParis).label() ==
          QString::fromUtf8("Closed (public holiday: Noël)"));
}

TEST_CASE("public holidays close the office when the client asks so")
{
    CoverageHours hours = officeHours();
    const auto [month, day, name] = GENERATE(table<int, int, const char *>({
        {4, 6, "Lundi de Pâques"},
        {5, 14, "Ascension"},
        {5, 25, "Lundi de Pentecôte"},
        {7, 14, "Fête nationale"},
        {12, 25, "Noël"},
    }));
    CAPTURE(month, day);
    CoverageStatus status = coverageAt(hours, paris(2026, month, day, 10), kParis);
    CHECK_FALSE(status.open);
    CHECK(status.reason == CoverageStatus::Reason::PublicHoliday);
    CHECK(status.detail == QString::fromUtf8(name));

    hours.closedOnPublicHolidays = false;
    status = coverageAt(hours, paris(2026, month, day, 10), kParis);
    CHECK(status.open);
}

TEST_CASE("a date exception replaces the week's hours")
{
    CoverageHours hours = officeHours();
    hours.exceptions = {
        {QDate(2026, 8, 10), QStringLiteral("Fermeture annuelle"), {}},
        {QDate(2026, 5, 14), QStringLiteral("Permanence de l'Ascension"), {span(9, 0, 12, 0)}},
        {QDate(2026, 3, 8), QStringLiteral("Journée portes ouvertes"), {span(10, 0, 16, 0)}},
    };

    CoverageStatus status = coverageAt(hours, paris(2026, 8, 10, 10), kParis);
    CHECK_FALSE(status.open);
    CHECK(status.reason == CoverageStatus::Reason::Exception);
    CHECK(status.label() == QStringLiteral("Closed (Fermeture annuelle)"));

    SECTION("hours on a public holiday open it")
    {
        status = coverageAt(hours, paris(2026, 5, 14, 10), kParis);
        CHECK(status.open);
        CHECK(status.reason == CoverageStatus::Reason::ExceptionHours);
        status = coverageAt(hours, paris(2026, 5, 14, 15), kParis);
        CHECK_FALSE(status.open);
        CHECK(status.detail == QStringLiteral("Permanence de l'Ascension"));
    }
    SECTION("hours on a Sunday open it")
    {
        CHECK(coverageAt(hours, paris(2026, 3, 8, 15), kParis).open);
        CHECK_FALSE(coverageAt(hours, paris(2026, 3, 8, 9), kParis).open);
    }
    SECTION("the day after is back to the week's hours")
    {
        CHECK(coverageAt(hours, paris(2026, 8, 11, 10), kParis).open);
    }
}

TEST_CASE("a span crossing midnight belongs to the day it starts")
{
    const CoverageHours hours = nightService();
    // Friday 2026-03-06 18:00 to Saturday 08:00.
    CHECK(coverageAt(hours, paris(2026, 3, 6, 18), kParis).open);
    CHECK(coverageAt(hours, paris(2026, 3, 7, 3), kParis).open);
    CHECK(coverageAt(hours, paris(2026, 3, 7, 7, 59), kParis).open);
    CHECK_FALSE(coverageAt(hours, paris(2026, 3, 7, 8), kParis).open);
    // Saturday evening has no span, so Sunday night is closed; Monday 03:00 too (Sunday has none).
    CHECK_FALSE(coverageAt(hours, paris(2026, 3, 8, 3), kParis).open);
    CHECK_FALSE(coverageAt(hours, paris(2026, 3, 9, 3), kParis).open);
    // Monday evening covers Tuesday early morning.
    CHECK(coverageAt(hours, paris(2026, 3, 10, 3), kParis).open);
    CHECK_FALSE(coverageAt(hours, paris(2026, 3, 9, 17, 59), kParis).open);
}

TEST_CASE("a night span runs into a public holiday but not out of one")
{
    const CoverageHours hours = nightService();
    // Wednesday 2026-05-13 evening covers the morning of Ascension Thursday.
    CHECK(coverageAt(hours, paris(2026, 5, 14, 3), kParis).open);
    // Ascension evening is closed, and so is the Friday morning that would follow it.
    CHECK_FALSE(coverageAt(hours, paris(2026, 5, 14, 20), kParis).open);
    const CoverageStatus friday = coverageAt(hours, paris(2026, 5, 15, 3), kParis);
    CHECK_FALSE(friday.open);
    CHECK(friday.reason == CoverageStatus::Reason::OutsideHours);
}

TEST_CASE("an end of 00:00 means midnight, and 00:00-00:00 the whole day")
{
    CoverageHours hours;
    hours.weekly.days[5] = {span(20, 0, 0, 0)}; // Saturday evening
    hours.weekly.days[6] = {span(0, 0, 0, 0)};  // all Sunday
    CHECK(coverageAt(hours, paris(2026, 3, 7, 23, 59), kParis).open);
    CHECK_FALSE(coverageAt(hours, paris(2026, 3, 7, 19, 59), kParis).open);
    CHECK(coverageAt(hours, paris(2026, 3, 8, 0, 0), kParis).open);
    CHECK(coverageAt(hours, paris(2026, 3, 8, 23, 59), kParis).open);
    CHECK_FALSE(coverageAt(hours, paris(2026, 3, 9, 0, 0), kParis).open);
}

TEST_CASE("a span with equal ends other than midnight lasts 24 hours")
{
    CoverageHours hours;
    hours.weekly.days[5] = {span(8, 0, 8, 0)}; // Saturday 08:00 to Sunday 08:00
    CHECK_FALSE(coverageAt(hours, paris(2026, 3, 7, 7, 59), kParis).open);
    CHECK(coverageAt(hours, paris(2026, 3, 7, 8), kParis).open);
    CHECK(coverageAt(hours, paris(2026, 3, 8, 7, 59), kParis).open);
    CHECK_FALSE(coverageAt(hours, paris(2026, 3, 8, 8), kParis).open);
}

TEST_CASE("invalid spans are ignored")
{
    CoverageHours hours;
    hours.weekly.days[0] = {TimeSpan{QTime(), QTime(12, 0)}, TimeSpan{QTime(25, 0), QTime()}};
    CHECK_FALSE(coverageAt(hours, paris(2026, 3, 2, 10), kParis).open);
    CHECK_FALSE(coverageAt(hours, paris(2026, 3, 3, 10), kParis).open);
}

TEST_CASE("hours follow the client's own time zone")
{
    CoverageHours hours;
    for (int day = 0; day < 5; ++day)
        hours.weekly.days[static_cast<size_t>(day)] = {span(8, 0, 17, 0)};
    // Monday 2026-03-02 12:30 UTC: 08:30 in Martinique (UTC-4), 13:30 in Paris, 16:30 in Réunion.
    const QDateTime moment = utc(2026, 3, 2, 12, 30);
    CHECK(coverageAt(hours, moment, zone("America/Martinique")).open);
    CHECK(coverageAt(hours, moment, zone("Indian/Reunion")).open);
    CHECK(coverageAt(hours, utc(2026, 3, 2, 11, 30), zone("America/Martinique")).open == false);
    CHECK(coverageAt(hours, utc(2026, 3, 2, 13, 30), zone("Indian/Reunion")).open == false);
    // Sunday 22:00 UTC is Monday 09:00 in Nouméa (UTC+11).
    const CoverageStatus noumea = coverageAt(hours, utc(2026, 3, 1, 22), zone("Pacific/Noumea"));
    CHECK(noumea.open);
    CHECK(noumea.localTime.date() == QDate(2026, 3, 2));
    CHECK_FALSE(coverageAt(hours, utc(2026, 3, 1, 22), kParis).open);
}

TEST_CASE("holidays are read on the client's local date")
{
    CoverageHours hours;
    for (auto &day : hours.weekly.days)
        day = {span(0, 0, 0, 0)};
    // 2026-12-24 22:00 UTC: 23:00 on Christmas Eve in Paris, 09:00 on Christmas Day in Nouméa.
    const QDateTime moment = utc(2026, 12, 24, 22);
    CHECK(coverageAt(hours, moment, kParis).open);
    const CoverageStatus noumea = coverageAt(hours, moment, zone("Pacific/Noumea"));
    CHECK_FALSE(noumea.open);
    CHECK(noumea.detail == QString::fromUtf8("Noël"));
}

TEST_CASE("opening hours stay on the wall clock across daylight saving changes")
{
    const CoverageHours hours = officeHours();
    // Friday 2026-03-27 (CET, UTC+1): opens 07:30 UTC. Monday 2026-03-30 (CEST, UTC+2): 06:30 UTC.
    CHECK_FALSE(coverageAt(hours, utc(2026, 3, 27, 7, 29), kParis).open);
    CHECK(coverageAt(hours, utc(2026, 3, 27, 7, 30), kParis).open);
    CHECK_FALSE(coverageAt(hours, utc(2026, 3, 30, 6, 29), kParis).open);
    CHECK(coverageAt(hours, utc(2026, 3, 30, 6, 30), kParis).open);
    // Back to CET after Sunday 2026-10-25: Monday 26 opens at 07:30 UTC again, closes 17:00 UTC.
    CHECK_FALSE(coverageAt(hours, utc(2026, 10, 26, 6, 30), kParis).open);
    CHECK(coverageAt(hours, utc(2026, 10, 26, 7, 30), kParis).open);
    CHECK(coverageAt(hours, utc(2026, 10, 23, 15, 59), kParis).open); // Friday 17:59 CEST
    CHECK_FALSE(coverageAt(hours, utc(2026, 10, 23, 16, 0), kParis).open);
}

TEST_CASE("a night span across the spring and autumn changes keeps local hours")
{
    CoverageHours hours;
    hours.weekly.days[5] = {span(18, 0, 8, 0)}; // Saturday night
    // Night of 28–29 March 2026: clocks go 02:00 -> 03:00. Sunday 08:00 CEST is 06:00 UTC.
    CHECK(coverageAt(hours, utc(2026, 3, 29, 0, 59), kParis).open); // 01:59 CET
    CHECK(coverageAt(hours, utc(2026, 3, 29, 1, 0), kParis).open);  // 03:00 CEST
    CHECK(coverageAt(hours, utc(2026, 3, 29, 5, 59), kParis).open);
    CHECK_FALSE(coverageAt(hours, utc(2026, 3, 29, 6, 0), kParis).open);
    // Night of 24–25 October 2026: 03:00 -> 02:00. Sunday 08:00 CET is 07:00 UTC.
    CHECK(coverageAt(hours, utc(2026, 10, 25, 6, 59), kParis).open);
    CHECK_FALSE(coverageAt(hours, utc(2026, 10, 25, 7, 0), kParis).open);
}

TEST_CASE("an unknown time zone falls back to Paris")
{
    bool fellBack = false;
    const QTimeZone unknown = resolveClientTimeZone(QStringLiteral("Mars/Olympus_Mons"), &fellBack);
    CHECK(fellBack);
    CHECK(unknown.id() == QByteArrayLiteral("Europe/Paris"));
    CHECK(resolveClientTimeZone(QString(), &fellBack).id() == QByteArrayLiteral("Europe/Paris"));
    CHECK(fellBack);
    CHECK(resolveClientTimeZone(QStringLiteral("America/Martinique"), &fellBack).id() ==
          QByteArrayLiteral("America/Martinique"));
    CHECK_FALSE(fellBack);
    // An invalid zone object reads the hours in Paris time too.
    CHECK(coverageAt(officeHours(), paris(2026, 3, 2, 9), QTimeZone()).open);
    CHECK_FALSE(coverageAt(officeHours(), paris(2026, 3, 2, 13), QTimeZone()).open);
}

TEST_CASE("next opening skips closed days and holidays")
{
    const CoverageHours hours = officeHours();
    // Monday lunch break: reopens at 14:00 the same day.
    CHECK(nextOpening(hours, paris(2026, 3, 2, 12, 30), kParis) == paris(2026, 3, 2, 14));
    // Saturday afternoon: Monday 08:30.
    CHECK(nextOpening(hours, paris(2026, 3, 7, 13), kParis) == paris(2026, 3, 9, 8, 30));
    // Easter weekend: Monday is a holiday, so Tuesday 2026-04-07 08:30 (after the spring change).
    CHECK(nextOpening(hours, paris(2026, 4, 4, 13), kParis) == paris(2026, 4, 7, 8, 30));
    // Open now: no next opening.
    CHECK_FALSE(nextOpening(hours, paris(2026, 3, 2, 10), kParis).isValid());
    // Never open.
    CHECK_FALSE(nextOpening(CoverageHours{}, paris(2026, 3, 2, 10), kParis).isValid());
}

TEST_CASE("reopening in words")
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const CoverageHours hours = officeHours();
    QDateTime now = paris(2026, 3, 7, 13);
    CHECK(reopeningInWords(nextOpening(hours, now, kParis), now, kParis, english) ==
          QStringLiteral("reopens Monday at 08:30"));
    now = paris(2026, 3, 2, 12, 30);
    CHECK(reopeningInWords(nextOpening(hours, now, kParis), now, kParis, english) ==
          QStringLiteral("reopens today at 14:00"));
    now = paris(2026, 3, 2, 19);
    CHECK(reopeningInWords(nextOpening(hours, now, kParis), now, kParis, english) ==
          QStringLiteral("reopens tomorrow at 08:30"));
    CHECK(reopeningInWords(QDateTime(), now, kParis, english).isEmpty());
}

TEST_CASE("an opening inside the skipped spring hour is when the clocks jump")
{
    CoverageHours hours;
    hours.weekly.days[6] = {span(2, 30, 5, 0)}; // Sunday 02:30, which does not exist on 2026-03-29
    const QDateTime opening = nextOpening(hours, paris(2026, 3, 28, 12), kParis);
    CHECK(opening == utc(2026, 3, 29, 1, 0)); // 03:00 CEST
    CHECK(coverageAt(hours, opening, kParis).open);
    CHECK_FALSE(coverageAt(hours, opening.addSecs(-60), kParis).open);
    // An ordinary Sunday opens at 02:30 local (01:30 UTC in winter).
    CHECK(nextOpening(hours, paris(2026, 3, 21, 12), kParis) == utc(2026, 3, 22, 1, 30));
}

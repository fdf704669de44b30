// French public holidays and the Easter computation, checked against published calendars.
#include "rules/publicholidays.h"

#include <catch2/catch.hpp>

using namespace relais;

TEST_CASE("Easter Sunday matches the published dates")
{
    const auto [year, month, day] = GENERATE(table<int, int, int>({
        {2000, 4, 23},
        {2008, 3, 23},
        {2011, 4, 24},
        {2019, 4, 21},
        {2024, 3, 31},
        {2025, 4, 20},
        {2026, 4, 5},
        {2027, 3, 28},
        {2038, 4, 25},
        {2285, 3, 22},
    }));
    CAPTURE(year);
    CHECK(easterSunday(year) == QDate(year, month, day));
}

TEST_CASE("Easter is not computed before the Gregorian calendar")
{
    CHECK_FALSE(easterSunday(1500).isValid());
    CHECK(frenchPublicHoliday(QDate(1500, 4, 20)).isEmpty());
}

TEST_CASE("French public holidays have their French names")
{
    const auto [year, month, day, name] = GENERATE(table<int, int, int, const char *>({
        {2026, 1, 1, "Jour de l'an"},
        {2026, 4, 6, "Lundi de Pâques"},
        {2026, 5, 1, "Fête du Travail"},
        {2026, 5, 8, "Victoire 1945"},
        {2026, 5, 14, "Ascension"},
        {2026, 5, 25, "Lundi de Pentecôte"},
        {2026, 7, 14, "Fête nationale"},
        {2026, 8, 15, "Assomption"},
        {2026, 11, 1, "Toussaint"},
        {2026, 11, 11, "Armistice 1918"},
        {2026, 12, 25, "Noël"},
        {2027, 3, 29, "Lundi de Pâques"},
        {2027, 5, 6, "Ascension"},
        {2027, 5, 17, "Lundi de Pentecôte"},
        {2024, 4, 1, "Lundi de Pâques"},
        {2024, 5, 9, "Ascension"},
        {2024, 5, 20, "Lundi de Pentecôte"},
    }));
    const QDate date(year, month, day);
    CAPTURE(date.toString(Qt::ISODate).toStdString());
    CHECK(frenchPublicHoliday(date) == QString::fromUtf8(name));
}

TEST_CASE("working days and Easter Sunday itself are not public holidays")
{
    const auto [year, month, day] = GENERATE(table<int, int, int>({
        {2026, 4, 5},   // Easter Sunday: a Sunday, not a separate holiday
        {2026, 4, 3},   // Good Friday: only in Alsace-Moselle
        {2026, 4, 7},   // the day after Easter Monday
        {2026, 5, 24},  // Whit Sunday
        {2026, 12, 26}, // Saint Stephen: only in Alsace-Moselle
        {2026, 12, 24}, // Christmas Eve
        {2026, 3, 2},
        {2027, 4, 5}, // 2026's Easter Monday date is an ordinary day in 2027
    }));
    const QDate date(year, month, day);
    CAPTURE(date.toString(Qt::ISODate).toStdString());
    CHECK(frenchPublicHoliday(date).isEmpty());
}

TEST_CASE("Alsace-Moselle adds Good Friday and Saint Stephen's Day")
{
    CHECK(frenchPublicHoliday(QDate(2026, 4, 3), true) == QStringLiteral("Vendredi saint"));
    CHECK(frenchPublicHoliday(QDate(2026, 12, 26), true) == QString::fromUtf8("Saint-Étienne"));
    CHECK(frenchPublicHoliday(QDate(2027, 3, 26), true) == QStringLiteral("Vendredi saint"));
    CHECK(frenchPublicHoliday(QDate(2026, 12, 25), true) == QString::fromUtf8("Noël"));
}

TEST_CASE("an invalid date is no holiday")
{
    CHECK(frenchPublicHoliday(QDate()).isEmpty());
}

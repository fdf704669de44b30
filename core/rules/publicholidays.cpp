// French public holidays: a table of fixed dates and offsets from Easter Sunday.
#include "rules/publicholidays.h"

namespace relais {

QDate easterSunday(int year)
{
    if (year < 1583)
        return {};
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QString frenchPublicHoliday(const QDate &date, bool alsaceMoselle)
{
    if (!date.isValid())
        return {};
    // The names are the holidays' own French names (said to callers and shown as such), not UI text.
    struct Fixed
    {
        int month;
        int day;
        const char *name;
        bool alsaceMoselleOnly;
    };
    static constexpr Fixed fixed[] = {
        {1, 1, "Jour de l'an", false},     {5, 1, "Fête du Travail", false}, {5, 8, "Victoire 1945", false},
        {7, 14, "Fête nationale", false},  {8, 15, "Assomption", false},     {11, 1, "Toussaint", false},
        {11, 11, "Armistice 1918", false}, {12, 25, "Noël", false},          {12, 26, "Saint-Étienne", true},
    };
    for (const Fixed &f : fixed) {
        if (f.month == date.month() && f.day == date.day() && (alsaceMoselle || !f.alsaceMoselleOnly))
            return QString::fromUtf8(f.name);
    }

    const QDate easter = easterSunday(date.year());
    if (!easter.isValid())
        return {};
    struct Movable
    {
        int daysAfterEaster;
        const char *name;
        bool alsaceMoselleOnly;
    };
    static constexpr Movable movable[] = {
        {-2, "Vendredi saint", true},
        {1, "Lundi de Pâques", false},
        {39, "Ascension", false},
        {50, "Lundi de Pentecôte", false},
    };
    const qint64 offset = easter.daysTo(date);
    for (const Movable &m : movable) {
        if (m.daysAfterEaster == offset && (alsaceMoselle || !m.alsaceMoselleOnly))
            return QString::fromUtf8(m.name);
    }
    return {};
}

} // namespace relais

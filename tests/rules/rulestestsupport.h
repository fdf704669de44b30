// Helpers for rules tests: moments written as a zone's wall-clock time, and common consignes values.
#pragma once

#include "consignes/consignes.h"

#include <QDateTime>
#include <QTimeZone>

namespace relais::test {

inline QTimeZone zone(const char *ianaId)
{
    return QTimeZone(QByteArray(ianaId));
}

// The UTC moment at which the wall clock of `ianaId` shows this date and time.
inline QDateTime at(const char *ianaId, int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), zone(ianaId)).toUTC();
}

inline QDateTime paris(int year, int month, int day, int hour, int minute = 0)
{
    return at("Europe/Paris", year, month, day, hour, minute);
}

inline QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

inline TimeSpan span(int startHour, int startMinute, int endHour, int endMinute)
{
    return {QTime(startHour, startMinute), QTime(endHour, endMinute)};
}

// Monday–Friday 08:30–12:00 and 14:00–18:00, Saturday 09:00–12:00, closed on Sunday and holidays.
inline CoverageHours officeHours()
{
    CoverageHours hours;
    for (int day = 0; day < 5; ++day)
        hours.weekly.days[static_cast<size_t>(day)] = {span(8, 30, 12, 0), span(14, 0, 18, 0)};
    hours.weekly.days[5] = {span(9, 0, 12, 0)};
    return hours;
}

} // namespace relais::test

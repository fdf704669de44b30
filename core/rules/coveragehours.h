// Is the client's office open at a given moment, why, and when does it open next. The moment is UTC;
// the client's hours are read in its own time zone (Europe/Paris when the zone is invalid).
#pragma once

#include "consignes/consignes.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace relais {

struct CoverageStatus
{
    enum class Reason
    {
        WeeklyHours,    // open: within the week's hours (or a span started the day before)
        ExceptionHours, // open: within the hours of a date exception
        OutsideHours,   // closed: outside the week's hours
        PublicHoliday,  // closed: a French public holiday and closedOnPublicHolidays
        Exception       // closed: a date exception (closed all day, or outside its hours)
    };

    bool open = false;
    Reason reason = Reason::OutsideHours;
    QString detail;      // the holiday's name or the exception's label
    QDateTime localTime; // the moment, in the client's zone

    // "Open", "Closed", "Closed (public holiday: Noël)", "Closed (Fermeture annuelle)" — translated.
    QString label() const;
};

// Coverage at `utc`. Rules, in order: a span running past midnight belongs to the day it starts (so
// Friday 18:00–08:00 covers Saturday 03:00, whatever Saturday is); on the local date itself, a date
// exception replaces the week's hours, then a public holiday closes the day when the client asks so.
CoverageStatus coverageAt(const CoverageHours &hours, const QDateTime &utc, const QTimeZone &zone);

// The first moment after `utc` at which the office opens (UTC), looking `maxDays` ahead; invalid when
// it is open at `utc` or never opens in that window.
QDateTime nextOpening(const CoverageHours &hours, const QDateTime &utc, const QTimeZone &zone,
                      int maxDays = 62);

// "reopens today at 14:00", "reopens tomorrow at 08:30", "reopens Monday at 08:30", or with a date
// beyond a week; `opening` and `now` are read in `zone`, day names come from `locale`.
QString reopeningInWords(const QDateTime &opening, const QDateTime &now, const QTimeZone &zone,
                         const QLocale &locale = QLocale());

} // namespace relais

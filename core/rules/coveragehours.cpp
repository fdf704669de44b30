// Coverage hours: the plan of one local day (week, exception or holiday), then span arithmetic.
#include "rules/coveragehours.h"

#include "rules/clienttimezone.h"
#include "rules/publicholidays.h"
#include "rules/timespans.h"

#include <QCoreApplication>

#include <utility>

namespace relais {
namespace {

enum class DayKind
{
    Weekly,
    Exception,
    Holiday
};

// The spans that start on one local date and why they apply. `spans` points into `hours`.
struct DayPlan
{
    DayKind kind = DayKind::Weekly;
    const QList<TimeSpan> *spans = nullptr;
    QString detail;
};

DayPlan planFor(const CoverageHours &hours, const QDate &date)
{
    for (const DateException &exception : hours.exceptions) {
        if (exception.date == date)
            return {DayKind::Exception, &exception.hours, exception.label};
    }
    if (hours.closedOnPublicHolidays) {
        QString holiday = frenchPublicHoliday(date);
        if (!holiday.isEmpty())
            return {DayKind::Holiday, nullptr, std::move(holiday)};
    }
    const int weekday = date.dayOfWeek() - 1;
    if (weekday < 0 || weekday > 6)
        return {DayKind::Weekly, nullptr, {}};
    return {DayKind::Weekly, &hours.weekly.days[static_cast<size_t>(weekday)], {}};
}

QTimeZone usable(const QTimeZone &zone)
{
    return zone.isValid() ? zone : defaultClientTimeZone();
}

// The first UTC moment at which the wall clock of `tz` shows `time` or later on `date`. A time that
// does not exist (the hour skipped in spring) opens when the clocks jump, not an hour after.
QDateTime firstMomentAtOrAfter(const QDate &date, const QTime &time, const QTimeZone &tz)
{
    const QDateTime wanted(date, time, tz);
    if (wanted.isValid() && wanted.date() == date && wanted.time() == time)
        return wanted.toUTC();
    const QDateTime dayStart(date, QTime(0, 0), tz);
    const QTimeZone::OffsetData jump = tz.nextTransition(dayStart.addSecs(-1));
    if (jump.atUtc.isValid() && jump.atUtc.toTimeZone(tz).date() == date)
        return jump.atUtc.toUTC();
    return wanted.toUTC();
}

} // namespace

QString CoverageStatus::label() const
{
    if (open)
        return QCoreApplication::translate("CoverageHours", "Open");
    if (reason == Reason::PublicHoliday)
        return QCoreApplication::translate("CoverageHours", "Closed (public holiday: %1)").arg(detail);
    if (reason == Reason::Exception && !detail.isEmpty())
        return QCoreApplication::translate("CoverageHours", "Closed (%1)").arg(detail);
    return QCoreApplication::translate("CoverageHours", "Closed");
}

CoverageStatus coverageAt(const CoverageHours &hours, const QDateTime &utc, const QTimeZone &zone)
{
    CoverageStatus status;
    status.localTime = utc.toTimeZone(usable(zone));
    const QDate date = status.localTime.date();
    const QTime time = status.localTime.time();

    const DayPlan yesterday = planFor(hours, date.addDays(-1));
    if (yesterday.spans) {
        for (const TimeSpan &span : *yesterday.spans) {
            if (coversOnNextDay(span, time)) {
                status.open = true;
                status.reason = yesterday.kind == DayKind::Exception ? CoverageStatus::Reason::ExceptionHours
                                                                     : CoverageStatus::Reason::WeeklyHours;
                return status;
            }
        }
    }

    const DayPlan today = planFor(hours, date);
    if (today.spans) {
        for (const TimeSpan &span : *today.spans) {
            if (coversOnStartDay(span, time)) {
                status.open = true;
                status.reason = today.kind == DayKind::Exception ? CoverageStatus::Reason::ExceptionHours
                                                                 : CoverageStatus::Reason::WeeklyHours;
                return status;
            }
        }
    }

    switch (today.kind) {
    case DayKind::Holiday:
        status.reason = CoverageStatus::Reason::PublicHoliday;
        break;
    case DayKind::Exception:
        status.reason = CoverageStatus::Reason::Exception;
        break;
    case DayKind::Weekly:
        status.reason = CoverageStatus::Reason::OutsideHours;
        break;
    }
    status.detail = today.detail;
    return status;
}

QDateTime nextOpening(const CoverageHours &hours, const QDateTime &utc, const QTimeZone &zone, int maxDays)
{
    const QTimeZone tz = usable(zone);
    if (coverageAt(hours, utc, tz).open)
        return {};
    const QDateTime local = utc.toTimeZone(tz);
    for (int offset = 0; offset <= maxDays; ++offset) {
        const QDate date = local.date().addDays(offset);
        const DayPlan plan = planFor(hours, date);
        if (!plan.spans)
            continue;
        QTime earliest;
        for (const TimeSpan &span : *plan.spans) {
            if (!isValidSpan(span) || (offset == 0 && span.start <= local.time()))
                continue;
            if (!earliest.isValid() || span.start < earliest)
                earliest = span.start;
        }
        if (earliest.isValid())
            return firstMomentAtOrAfter(date, earliest, tz);
    }
    return {};
}

QString reopeningInWords(const QDateTime &opening, const QDateTime &now, const QTimeZone &zone,
                         const QLocale &locale)
{
    if (!opening.isValid() || !now.isValid())
        return {};
    const QTimeZone tz = usable(zone);
    const QDateTime at = opening.toTimeZone(tz);
    const QDate today = now.toTimeZone(tz).date();
    const QString time = at.time().toString(QStringLiteral("HH:mm"));
    const qint64 days = today.daysTo(at.date());
    if (days == 0)
        return QCoreApplication::translate("CoverageHours", "reopens today at %1").arg(time);
    if (days == 1)
        return QCoreApplication::translate("CoverageHours", "reopens tomorrow at %1").arg(time);
    if (days > 1 && days < 7) {
        return QCoreApplication::translate("CoverageHours", "reopens %1 at %2")
            .arg(locale.dayName(at.date().dayOfWeek()), time);
    }
    return QCoreApplication::translate("CoverageHours", "reopens on %1 at %2")
        .arg(locale.toString(at.date(), QStringLiteral("d MMMM")), time);
}

} // namespace relais

// Span arithmetic in local wall-clock time; 00:00 as an end means 24:00.
#include "rules/timespans.h"

namespace relais {
namespace {

const QTime kMidnight(0, 0);

} // namespace

bool isValidSpan(const TimeSpan &span)
{
    return span.start.isValid() && span.end.isValid();
}

bool crossesMidnight(const TimeSpan &span)
{
    if (!isValidSpan(span) || span.end == kMidnight)
        return false;
    return span.end <= span.start;
}

bool coversOnStartDay(const TimeSpan &span, const QTime &time)
{
    if (!isValidSpan(span) || !time.isValid() || time < span.start)
        return false;
    // Until midnight for "… – 00:00" and for spans that carry on into the next day.
    if (span.end == kMidnight || crossesMidnight(span))
        return true;
    return time < span.end;
}

bool coversOnNextDay(const TimeSpan &span, const QTime &time)
{
    return crossesMidnight(span) && time.isValid() && time < span.end;
}

} // namespace relais

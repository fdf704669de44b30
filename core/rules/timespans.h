// What a TimeSpan of the consignes covers: the part on the day it starts and, for a span running
// past midnight (18:00–08:00), the part on the next day. Shared by coverage hours and the on-call rota.
#pragma once

#include "consignes/consignes.h"

#include <QTime>

namespace relais {

// A span is usable when both ends are valid times.
bool isValidSpan(const TimeSpan &span);

// True when the span runs into the next day: end before start (18:00–08:00), or end == start
// other than 00:00–00:00 (a full 24 hours from `start`). End 00:00 alone means midnight, same day.
bool crossesMidnight(const TimeSpan &span);

// Does the span, read on the day it starts, cover local time `time` of that same day?
bool coversOnStartDay(const TimeSpan &span, const QTime &time);

// Does the span, started the day before, cover local time `time` of the following day?
bool coversOnNextDay(const TimeSpan &span, const QTime &time);

} // namespace relais

// Who is on call at a given moment, from the client's weekly on-call shifts read in its time zone.
#pragma once

#include "consignes/consignes.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace relais {

// The shift covering local wall-clock time `local` (its date and time are used as they are). A shift
// running past midnight belongs to the day it starts: "fri 18:00–08:00" covers Saturday 03:00. When
// several shifts cover the moment, the first listed wins (the consignes order is the priority).
const OnCallShift *onCallShiftAt(const QList<OnCallShift> &shifts, const QDateTime &local);

// The person on call at `utc` in the client's zone (Europe/Paris when invalid), from the directory;
// nullopt when no shift covers the moment or its person id is not in the directory.
std::optional<Person> onCallAt(const Consignes &consignes, const QDateTime &utc, const QTimeZone &zone);

} // namespace relais

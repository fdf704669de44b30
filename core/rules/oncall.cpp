// On-call lookup: shifts of the local day, then the ones started the day before.
#include "rules/oncall.h"

#include "rules/clienttimezone.h"
#include "rules/timespans.h"

namespace relais {

const OnCallShift *onCallShiftAt(const QList<OnCallShift> &shifts, const QDateTime &local)
{
    const int today = local.date().dayOfWeek() - 1;
    if (today < 0)
        return nullptr;
    const int yesterday = (today + 6) % 7;
    const QTime time = local.time();
    for (const OnCallShift &shift : shifts) {
        if (shift.days.contains(today) && coversOnStartDay(shift.hours, time))
            return &shift;
        if (shift.days.contains(yesterday) && coversOnNextDay(shift.hours, time))
            return &shift;
    }
    return nullptr;
}

std::optional<Person> onCallAt(const Consignes &consignes, const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone.isValid() ? zone : defaultClientTimeZone());
    const OnCallShift *shift = onCallShiftAt(consignes.onCall, local);
    if (!shift)
        return std::nullopt;
    if (const Person *person = consignes.person(shift->person))
        return *person;
    return std::nullopt;
}

} // namespace relais

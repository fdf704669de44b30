// Who gets a saved message, over what, and when: the client's transmission rules applied to one
// message at one moment. Pure: no I/O, the same inputs always give the same plan.
#pragma once

#include "delivery/delivery.h"

#include <QDateTime>

namespace relais {
class PhoneNumbers;
}

namespace relais::delivery {

class DeliveryPlanner final
{
public:
    // `phones` tells a mobile number from a landline for SMS; it must outlive the planner.
    explicit DeliveryPlanner(const PhoneNumbers &phones);

    // Every rule whose urgency ("*" or the message's level, else the client's default level) and call
    // type (message, filtered, incomplete — see callOutcomeOf) match gives one delivery per recipient
    // and channel: at `now`, or at the next digest time read in the client's time zone. "oncall" is
    // whoever the rota has on call at `now`. Two rules naming the same address on the same channel
    // give one delivery: the earlier one, with the shorter acknowledgement delay.
    //
    // Escalation (rules that expect an acknowledgement): the next person in the on-call rota on the
    // same channel — the distinct people of the client's on-call shifts, in the consignes order,
    // starting after the recipient and wrapping — who has an address for it. A client without a
    // rota escalates straight to the service's supervisor (added by the worker after this chain).
    DeliveryPlan plan(const Message &message, const Consignes &consignes, const QDateTime &now) const;

    // The address of `person` for `channel`: the email, or for SMS the first number labelled as a
    // mobile ("Portable", "Mobile", "SMS", "GSM", "Cell") else the first number libphonenumber says
    // is a mobile. Empty when there is none.
    QString addressOf(const Person &person, Channel channel) const;

private:
    const PhoneNumbers &m_phones;
};

// The first digest time at or after `now` (UTC), reading `times` in `zone`; `now` when `times` is empty.
QDateTime nextDigestTime(const QList<QTime> &times, const QDateTime &now, const QTimeZone &zone);

} // namespace relais::delivery

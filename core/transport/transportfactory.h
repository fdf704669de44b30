// Builds the transports the delivery settings describe, one per channel, for relais-cli deliver and
// the console that holds the delivery role.
#pragma once

#include "common/clock.h"
#include "transport/deliverysettings.h"
#include "transport/messagelayout.h"
#include "transport/transport.h"

#include <QTimeZone>

#include <map>
#include <memory>

namespace relais::transport {

using Transports = std::map<Channel, std::unique_ptr<Transport>>;

// An email transport when settings.email is set, an SMS transport when settings.sms is set; they
// share one MessageLayout: dates in the client's zone from `zoneFor` (the consignes' timeZone by
// client code), else `zone`, else Europe/Paris. `clock` must outlive them.
Transports makeTransports(const DeliverySettings &settings, const Clock &clock, const QTimeZone &zone = {},
                          MessageLayout::ZoneLookup zoneFor = {});

} // namespace relais::transport

// The client's time zone from its IANA id, with Europe/Paris as the fallback for an unknown id.
#pragma once

#include <QString>
#include <QTimeZone>

namespace relais {

// The zone used when a client's id is empty, unknown to this machine or malformed.
QTimeZone defaultClientTimeZone();

// The zone named `ianaId`, or Europe/Paris when it is not a zone this machine knows. A fallback is
// logged (module "routing") once per distinct id, not at every call.
QTimeZone resolveClientTimeZone(const QString &ianaId, bool *fellBack = nullptr);

} // namespace relais

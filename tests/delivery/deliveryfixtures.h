// A client with a rota and transmission rules, and messages, for the delivery tests.
#pragma once

#include "consignes/consignes.h"
#include "messages/message.h"

#include <QDateTime>

namespace relais::test {

// CAB-TEST (Europe/Paris): alice on call weeknights 18:00–08:00, bob every day 08:00–18:00.
// Rules: urgent -> SMS + email to "oncall", acknowledged within 15 min; normal messages -> email
// to carol at 12:30 and 18:30; filtered calls -> email to carol at once; incomplete calls -> SMS to
// dave (who has only a landline).
Consignes deliveryConsignes();

// A completed message of CAB-TEST at `level`.
Message deliveryMessage(const QString &id, const QString &level, const QDateTime &createdAt);

// UTC time of a Paris wall-clock time.
QDateTime paris(int year, int month, int day, int hour, int minute);

} // namespace relais::test

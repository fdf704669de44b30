// Stable names for deliveries: the delivery id (the idempotency key the transports build the email
// Message-ID from) and the short acknowledgement code a recipient quotes back.
#pragma once

#include "common/result.h"
#include "consignes/consignes.h"

#include <QString>

namespace relais::delivery {

// A UUID v5 of (message id, channel, address, step): planning the same message twice, or re-sending
// after a crash, gives the same id, so the table's key refuses a second delivery.
QString deliveryId(const QString &messageId, Channel channel, const QString &address, int step);

// The id of the one "not planned" row of a message (channel "none", state failed): what the
// follow-up list shows when a message could not be planned (unknown client, planning issues).
QString planningIssueId(const QString &messageId);
// The channel name of that row.
inline constexpr char kNoChannel[] = "none";

// Eight characters of Crockford base32 (no I, L, O, U) drawn from a SHA-256 of the delivery id:
// short enough to read out over the phone or type in a reply, 40 bits so it cannot be guessed.
QString acknowledgeCode(const QString &deliveryId);

// What a person typed, as a code: case, spaces and dashes ignored, O read as 0 and I or L as 1.
// Refuses anything else (an empty string, a wrong length, a character outside the alphabet), saying
// what was wrong.
Result<QString> normalizeAcknowledgeCode(const QString &typed);

// "K7Q2-M9XD": the code as shown to people.
QString displayCode(const QString &code);

} // namespace relais::delivery

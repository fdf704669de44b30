// What comes back from recipients and the SMS gateway: a click on the acknowledgement link, an SMS
// reply quoting the code, a delivery receipt. Each becomes one repository call; a reply counts only
// from the number the message was sent to, so a stray or forged SMS acknowledges nothing.
#pragma once

#include "common/result.h"
#include "delivery/delivery.h"

#include <optional>

namespace relais {
class Clock;
class PhoneNumbers;
} // namespace relais

namespace relais::delivery {

class DeliveryRepository;

class DeliveryInbox final
{
public:
    DeliveryInbox(DeliveryRepository &repository, const PhoneNumbers &phones, const Clock &clock);

    // The delivery a link's code names, for the page that asks the recipient to confirm. A malformed
    // or unknown code is an Error saying which.
    Result<DeliveryRecord> lookUp(const QString &code);
    // The recipient confirmed on that page: acknowledged "link" in the recipient's name.
    Result<DeliveryRecord> acknowledgeByLink(const QString &code);
    // An SMS reply: `from` as the gateway writes it ("+33612…", "33612…", "0612…"), `text` as typed
    // ("OK K7Q2-M9XD", "k7q2 m9xd merci"). Acknowledged "reply" when a code in the text names a
    // delivery sent by SMS to that very number; else an Error saying why.
    Result<DeliveryRecord> acknowledgeByReply(const QString &from, const QString &text);
    // A gateway receipt for `deliveryId` (the {id} of the gateway's body template), `status` in the
    // gateway's words. Interim statuses ("accepted", "buffered") are logged and change nothing.
    Result<DeliveryRecord> receipt(const QString &deliveryId, const QString &status);

    // true: the phone got it (DELIVRD, delivered…); false: given up (UNDELIV, REJECTD, EXPIRED,
    // failed…); nullopt: an interim or unknown status.
    static std::optional<bool> receiptMeaning(const QString &status);
    // The codes a reply may hold, in the order they appear: each word, and each two adjacent words
    // joined ("K7Q2 M9XD"), that normalize to a code.
    static QStringList codesIn(const QString &text);

private:
    DeliveryRepository &m_repository;
    const PhoneNumbers &m_phones;
    const Clock &m_clock;
};

} // namespace relais::delivery

// One line of the follow-up list: something an operator or supervisor must see to before a deadline.
// Callbacks come from messages (core/messages); delivery items from the delivery log (core/delivery).
#pragma once

#include <QDateTime>
#include <QString>

namespace relais {

enum class FollowUpKind
{
    Callback,         // a callback promised to the caller at `deadline`
    AwaitingDelivery, // queued or being retried, not yet sent
    DeliveryFailed,   // a permanent failure, or retries exhausted
    Unacknowledged    // sent, but nobody acknowledged it by `deadline`
};

struct FollowUpItem
{
    FollowUpKind kind = FollowUpKind::Callback;
    QString messageId;
    QString clientCode;
    QDateTime deadline; // UTC; the list is sorted by it
    QString number;     // E.164 to dial for a callback; empty otherwise
    QString summary;    // one line in the operator's words: who, what, why it is here
    QString deliveryId; // the delivery this line is about; empty for a callback
};

} // namespace relais

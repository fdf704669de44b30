// One attempt to hand one message to one recipient over one channel (email, SMS). The delivery
// queue (core/delivery) decides who gets what and when; a transport only sends and reports.
#pragma once

#include "consignes/consignes.h"
#include "messages/message.h"

#include <QMap>
#include <QString>

namespace relais::transport {

// Everything a transport needs to lay out and send one message to one recipient.
struct Outgoing
{
    // Stable across retries of this (message, recipient, channel, step): the idempotency key.
    QString deliveryId;
    Message message;
    QString clientName;
    QString urgencyLabel;               // as the client's consignes name the level
    bool urgent = false;                // the level asks for immediate handling
    QMap<QString, QString> fieldLabels; // checklist field id -> label, to lay out the answers
    QString recipientName;
    QString address;         // an email address, or an E.164 number for SMS
    QString acknowledgeCode; // short code the recipient quotes (reply, link) to acknowledge
    QString acknowledgeUrl;  // empty when the service publishes no acknowledgement link
};

enum class SendOutcome
{
    Sent,             // the server accepted it
    TemporaryFailure, // try again later (connection refused or dropped, 4xx SMTP, 5xx HTTP, timeout)
    PermanentFailure  // retrying cannot help (bad address, 5xx SMTP, 4xx HTTP, refused credentials)
};

struct SendResult
{
    SendOutcome outcome = SendOutcome::TemporaryFailure;
    QString serverAnswer; // what the server said, for the delivery log; never a secret
};

class Transport
{
public:
    virtual ~Transport() = default;
    virtual Channel channel() const = 0;
    // Blocking: called from the delivery worker's thread or relais-cli, never the UI thread.
    virtual SendResult send(const Outgoing &outgoing) = 0;
};

} // namespace relais::transport

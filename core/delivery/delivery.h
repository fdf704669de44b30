// The delivery queue's values: one planned delivery (who gets a message, over what, when), the plan
// for one message with what could not be planned, and a stored delivery with its log.
#pragma once

#include "consignes/consignes.h"
#include "transport/transport.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace relais::delivery {

// Where a delivery stands. Stored as text (see toString): "queued", "sending", "sent", "delivered",
// "failed", "acknowledged". A temporary failure puts it back to queued with a later next attempt;
// "delivered" is the SMS gateway's receipt that the phone got it.
enum class DeliveryState
{
    Queued,
    Sending,
    Sent,
    Failed,
    Acknowledged,
    Delivered
};

QString toString(DeliveryState state);
DeliveryState deliveryStateFromString(const QString &text); // unknown -> Queued

QString channelName(Channel channel); // "email", "sms"
std::optional<Channel> channelFromName(const QString &name);

// Somebody a delivery can go to on one channel.
struct Contact
{
    QString personId; // directory id; "" for the service's supervisor
    QString name;
    QString address; // email address or E.164 mobile number, for the delivery's channel
    bool operator==(const Contact &) const = default;
};

// One delivery to make: a message to one recipient over one channel at one escalation step.
struct PlannedDelivery
{
    QString deliveryId; // deterministic: the same message, channel, address and step give the same id
    QString messageId;
    Channel channel = Channel::Email;
    Contact recipient;
    int step = 0;            // 0: as the rule says; 1, 2…: escalations
    QDateTime dueAt;         // UTC: now, or the next digest time
    QDateTime acknowledgeBy; // UTC; invalid when no acknowledgement is expected
    int acknowledgeWithinMinutes = 0;
    QList<Contact> escalation; // who gets it next on this channel when nobody acknowledges
    QString acknowledgeCode;   // what the recipient quotes back
    bool operator==(const PlannedDelivery &) const = default;
};

// What the transports need of the message besides the recipient: the same for all its deliveries.
struct MessagePayload
{
    Message message;
    QString clientName;
    QString urgencyLabel;
    bool urgent = false;
    QMap<QString, QString> fieldLabels;
};

// The deliveries of one message, and each reason a rule could not be followed (a recipient with no
// email address, nobody on call), so nothing is dropped silently.
struct DeliveryPlan
{
    MessagePayload payload;
    QList<PlannedDelivery> deliveries;
    QStringList issues; // for people: what could not be planned and why
};

// A delivery as stored, with where it stands.
struct DeliveryRecord
{
    PlannedDelivery planned;
    QString clientCode;
    DeliveryState state = DeliveryState::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString leaseOwner;
    QDateTime leaseUntil;
    QString lastAnswer; // the server's last answer
    QDateTime sentAt;
    QDateTime acknowledgedAt;
    QString acknowledgedBy;
    QString acknowledgedHow; // "code", "operator", …
    QDateTime escalatedAt;
};

// One line of a delivery's log.
struct DeliveryEvent
{
    QString deliveryId;
    QDateTime at;   // UTC
    QString kind;   // queued, sending, lease-expired, sent, retry, failed, acknowledged, escalated
    QString actor;  // the worker or the person
    QString detail; // the server's answer, the next try, who it escalated to…
};

// A delivery a worker claimed, with all a transport needs to send it.
struct ClaimedDelivery
{
    DeliveryRecord record;
    transport::Outgoing outgoing;
};

} // namespace relais::delivery

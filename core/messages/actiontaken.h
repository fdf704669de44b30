// What the operator did during a call (transferred, paged, took a message, promised a callback), with
// when, to whom, how it went and who confirmed it: recorded on the message.
#pragma once

#include <QDateTime>
#include <QString>

namespace relais {

enum class ActionKind
{
    Transfer,
    Page,
    MessageOnly,
    Callback,
    Custom
};

struct ActionTaken
{
    QDateTime at; // UTC
    ActionKind kind = ActionKind::MessageOnly;
    QString targetPersonId; // directory person id; empty for a number typed by hand
    QString targetName;     // the person's name as shown at the time
    QString targetNumber;   // E.164 dialed or paged; empty for a message only
    QString result;         // "Transféré", "Pas de réponse, message laissé", in words
    QString confirmedBy;    // the operator's login
    bool operator==(const ActionTaken &) const = default;
};

// Stored names: "transfer", "page", "messageOnly", "callback", "custom".
QString toString(ActionKind kind);
// Case-insensitive; unknown text -> Custom, so a stored action is never dropped.
ActionKind actionKindFromString(const QString &text);
// "Transfer", "Page", "Message only", "Callback", "Other" — translated, for people.
QString actionKindLabel(ActionKind kind);

} // namespace relais

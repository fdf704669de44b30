// A message (fiche d'appel): the structured record of one call, made on this console.
#pragma once

#include "messages/actiontaken.h"
#include "messages/callbackpromise.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace relais {

enum class MessageStatus
{
    Draft,
    Completed,
    Delivered,
    Acknowledged
};

struct Message
{
    QString id; // UUID made on the console; the sync key
    QString callId;
    QString clientCode;
    QString callerNumber; // E.164 when it parsed
    QString callerName;
    QMap<QString, QString> answers; // checklist field id -> answer
    QString notes;                  // free text in the caller's words
    QString urgency;                // urgency level id
    MessageStatus status = MessageStatus::Draft;
    bool incomplete = false; // the caller hung up before the checklist was done
    int consignesVersion = 0;
    QString operatorLogin;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    int revision = 1;
    QList<ActionTaken> actions; // what was done during the call, in order
    QString dialedNumber;       // the number the caller dialed, to rebuild the pop of a reopened draft
    CallbackPromise callback;   // a callback promised to the caller, if any (follow-up list)
};

// What the pop shows of a caller's earlier messages.
struct MessageSummary
{
    QString id;
    QDateTime createdAt;
    QString callerName;
    QString urgency;
    QString excerpt; // first words of the notes
    MessageStatus status = MessageStatus::Draft;
    bool incomplete = false;
};

QString toString(MessageStatus status);
MessageStatus messageStatusFromString(const QString &text); // unknown text -> Draft

} // namespace relais

// A call record (one call offered to one operator, what became of it) and its event log entries.
#pragma once

#include <QDateTime>
#include <QString>

namespace relais {

struct Message;

// What became of a call at this console. Stored as text (see toString) in calls.outcome.
enum class CallOutcome
{
    Open,       // still ringing or in progress, or answered and nothing saved yet
    Message,    // a completed message was taken
    Filtered,   // closed by a filtering rule (cold sales call, …)
    Incomplete, // the caller hung up before the checklist was done; saved as incomplete
    Unanswered, // rang here and ended without being answered here
    Elsewhere,  // a colleague answered it: counted in the colleague's record, not in this one
};

// "", "message", "filtered", "incomplete", "unanswered", "elsewhere".
QString toString(CallOutcome outcome);
// Unknown text reads as Open, so a stored row is never dropped from the figures.
CallOutcome callOutcomeFromString(const QString &text);
// The outcome a saved message stands for: incomplete, filtered (the form stores the filtering rule
// under the answer key "filtered"), else a message; a draft leaves the call open.
CallOutcome callOutcomeOf(const Message &message);

struct CallRecord
{
    QString callId;        // the CTI call id
    QString operatorLogin; // who it was offered to
    QString clientCode;    // "" for a number no client owns
    QString callerNumber;
    QString callerName;
    QString dialedNumber;
    QDateTime offeredAt; // UTC
    QDateTime answeredAt;
    QDateTime endedAt;
    QString endCause;
    CallOutcome outcome = CallOutcome::Open;
    QDateTime outcomeAt; // when the outcome was noted (the message saved)
    QString messageId;
};

// What happened on a call, in order: the CTI's events and what the operator saw and did.
enum class CallLogKind
{
    Offered,
    Answered,
    Ended,
    PopShown,
    ClientPicked,
    FieldFilled,
    UrgencyShown,
    ActionConfirmed,
    Saved,
    Other,
};

// "offered", "answered", "ended", "pop-shown", "client-picked", "field-filled", "urgency-shown",
// "action-confirmed", "saved", "other".
QString toString(CallLogKind kind);
CallLogKind callLogKindFromString(const QString &text); // unknown -> Other

struct CallLogEntry
{
    QString callId;
    QString operatorLogin;
    QDateTime at; // UTC
    CallLogKind kind = CallLogKind::Other;
    QString detail; // the field id, the urgency level, the action kind, the outcome…
};

} // namespace relais

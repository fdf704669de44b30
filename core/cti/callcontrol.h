// Orientation through the PBX: transfer the call being handled, or place a call from the operator's
// own phone. A request goes to the call source; its outcome comes back as results with its id.
#pragma once

#include <QMetaType>
#include <QString>

namespace relais {

struct CallControlRequest
{
    enum class Kind
    {
        BlindTransfer,    // the caller is sent to the destination; the operator is free at once
        AttendedTransfer, // the operator talks to the destination first, then hangs up to connect
        Originate         // the operator's phone rings first, then the destination (a callback)
    };

    Kind kind = Kind::BlindTransfer;
    QString callId;      // the call to transfer; empty for Originate
    QString destination; // what the PBX dials: digits, optionally a leading '+', '*' or '#'
    QString label;       // who that is, for people: "Dr Martin"
};

struct CallControlResult
{
    enum class Outcome
    {
        Accepted,    // the PBX took the request; the final outcome follows
        Answered,    // the destination answered
        Busy,        // busy
        NoAnswer,    // rang without answer, or no outcome within the time allowed
        Unavailable, // unreachable, congested, no such number
        Failed,      // refused by the PBX, or impossible (not connected, the call is gone)
        Unsupported  // this call source cannot do it
    };

    QString requestId;
    CallControlRequest request;
    Outcome outcome = Outcome::Failed;
    QString detail; // the PBX's own words, or why it failed

    bool isFinal() const { return outcome != Outcome::Accepted; }
    bool succeeded() const { return outcome == Outcome::Answered; }
};

QString toString(CallControlRequest::Kind kind);      // "blind-transfer", "attended-transfer", "originate"
QString toString(CallControlResult::Outcome outcome); // "accepted", "answered", "busy", …
// For people and for the message: "answered", "busy", "no answer" … (translated).
QString outcomeInWords(CallControlResult::Outcome outcome);
// Whether `destination` is safe and meaningful to hand to the PBX (1–32 of 0-9 * #, optional '+').
bool isDialable(const QString &destination);

} // namespace relais

Q_DECLARE_METATYPE(relais::CallControlResult)

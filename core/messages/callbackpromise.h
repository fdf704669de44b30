// A callback promised to the caller during a call: whom to call (the number) and when, and how far it
// went. It lives on the message; the follow-up list (core/followup) shows the open ones by time.
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace relais {

enum class CallbackState
{
    None,      // no callback promised
    Pending,   // promised, not dialed yet
    Attempted, // dialed, not reached: still to do
    Done       // reached
};

struct CallbackPromise
{
    QDateTime at;   // UTC; when the caller was told they would be called back
    QString number; // E.164 to dial
    CallbackState state = CallbackState::None;

    bool isOpen() const { return state == CallbackState::Pending || state == CallbackState::Attempted; }
    bool operator==(const CallbackPromise &) const = default;
};

// Stored names: "", "pending", "attempted", "done"; unknown text reads as None.
QString toString(CallbackState state);
CallbackState callbackStateFromString(const QString &text);

// Checks a promise being made at `now`: a time, not in the past (a minute's grace for the typing),
// within a month, and a number. The error says what to correct, for the form's status line.
Status validateNewCallback(const CallbackPromise &promise, const QDateTime &now);

// What the operator typed in the callback field, as a time after `now` (both UTC), read in `local`
// time: "30" or "30 min" (in 30 minutes), "1 h" / "1h30" (in one hour, an hour and a half),
// "14:30" or "14h30" (today at that time). Invalid when it is none of these.
QDateTime parseCallbackTime(const QString &text, const QDateTime &now, const QTimeZone &local);

} // namespace relais

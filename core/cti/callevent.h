// What a call source reports about a call ringing at, answered by, or leaving this operator.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <chrono>

namespace relais {

struct CallEvent
{
    enum class Kind
    {
        Offered,
        Answered,
        Ended
    };

    Kind kind = Kind::Offered;
    QString callId;       // stable for the whole call (the AMI Linkedid; a UUID for the simulator)
    QString callerNumber; // as the PBX gave it (not yet normalized)
    QString callerName;   // caller ID name, may be empty
    QString dialedNumber; // the number the caller dialed (SDA), or the queue name, as configured
    QDateTime time;       // when it happened, per the source
    // When the bytes that produced this event arrived on the socket (steady clock), so the pop
    // latency can be measured from the wire.
    std::chrono::steady_clock::time_point receivedAt{};
    QString
        endCause; // for Ended: "answered", "caller-hangup", "no-answer", "busy", … or the PBX's cause text
};

QString toString(CallEvent::Kind kind);

} // namespace relais

Q_DECLARE_METATYPE(relais::CallEvent)

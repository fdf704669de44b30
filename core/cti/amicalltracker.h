// Turns the AMI event stream into CallEvents for the calls ringing at THIS operator's device:
// correlates channels by Linkedid, picks the dialed number where configured, and emits Offered,
// Answered and Ended once each per call. Values in, values out: no I/O, no timers.
#pragma once

#include "cti/amimessage.h"
#include "cti/callevent.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <chrono>
#include <deque>
#include <optional>
#include <utility>
#include <vector>

namespace relais {

class AmiCallTracker final
{
public:
    enum class DialedSource
    {
        Exten,
        Variable,
        Queue
    };

    struct Options
    {
        QString device = QStringLiteral("PJSIP/201"); // the operator's phone, TECH/RESOURCE
        DialedSource dialedSource = DialedSource::Exten;
        QString dialedVariable;        // for DialedSource::Variable, e.g. "__DIALED"
        std::chrono::hours maxIdle{4}; // a call silent this long is forgotten
        int maxCalls = 10000;          // bound on calls tracked at once
    };

    using Clock = std::chrono::steady_clock;

    explicit AmiCallTracker(Options options);

    // Feeds one message that arrived at `receivedAt` (steady) / `now` (wall, UTC); appends the
    // call events it causes to `out`.
    void consume(const AmiMessage &message, Clock::time_point receivedAt, const QDateTime &now,
                 std::vector<CallEvent> &out);

    // Does this channel or queue interface belong to the configured device?
    // "PJSIP/201-0000001a", "SIP/201-…", "Local/201@from-queue-…;1", "PJSIP/201".
    bool isOurChannel(QByteArrayView channel) const;
    bool isOurInterface(QByteArrayView interface) const;

    // The channels of a call in progress, to act on it (transfer): the caller's leg and ours.
    struct Channels
    {
        QByteArray inbound; // "PJSIP/trunk-00000004"
        QByteArray ours;    // "PJSIP/201-00000005"; empty until our phone rang
    };
    std::optional<Channels> channelsOf(QByteArrayView linkedid) const;

    int trackedCalls() const { return static_cast<int>(m_calls.size()); }
    const Options &options() const { return m_options; }

private:
    struct Call
    {
        QByteArray callerNumber;
        QByteArray callerName;
        QByteArray exten;     // Exten of the inbound channel, first seen
        QByteArray destExten; // DestExten of a DialBegin, fallback
        QByteArray variable;  // the configured channel variable
        QByteArray queue;
        QByteArray inboundChannel;
        QByteArray ourChannel;
        QByteArray ourDialStatus; // DialEnd status of our leg
        bool offered = false;
        bool answered = false;
        bool answeredElsewhere = false;
        Clock::time_point lastActivity{};
    };

    Call *callFor(QByteArrayView linkedid, bool create, Clock::time_point receivedAt);
    void learnInbound(Call &call, const AmiMessage &message);
    void offer(Call &call, QByteArrayView linkedid, Clock::time_point receivedAt, const QDateTime &now,
               std::vector<CallEvent> &out);
    void answer(Call &call, QByteArrayView linkedid, Clock::time_point receivedAt, const QDateTime &now,
                std::vector<CallEvent> &out);
    void end(QByteArrayView linkedid, const QString &cause, Clock::time_point receivedAt,
             const QDateTime &now, std::vector<CallEvent> &out);
    QString endCause(const Call &call, QByteArrayView hangupCause) const;
    CallEvent makeEvent(CallEvent::Kind kind, const Call &call, QByteArrayView linkedid,
                        Clock::time_point receivedAt, const QDateTime &now) const;
    void expire(Clock::time_point receivedAt);
    void rememberEnded(const QByteArray &linkedid);

    Options m_options;
    QByteArray m_device;                                        // "PJSIP/201"
    std::vector<std::pair<QByteArray, char>> m_channelPrefixes; // "PJSIP/201" + '-', "Local/201" + '@', …
    std::vector<QByteArray> m_interfaces;                       // queue member interfaces
    QByteArray m_variable;                                      // dialed variable without leading underscores
    QHash<QByteArray, Call> m_calls;
    // Calls already ended, so late events (a trailing Hangup, a replay after a reconnect) do not
    // bring them back. Bounded.
    QSet<QByteArray> m_ended;
    std::deque<QByteArray> m_endedOrder;
    Clock::time_point m_lastSweep{};
};

} // namespace relais

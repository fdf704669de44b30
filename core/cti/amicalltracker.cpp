// AmiCallTracker: the call state machine over AMI events (see the header for the rules).
#include "cti/amicalltracker.h"

namespace relais {

namespace {

constexpr qsizetype kMaxRememberedEnded = 4096;

// A QByteArray over `view` without copying, for hash lookups; valid while `view` is.
QByteArray rawKey(QByteArrayView view)
{
    return QByteArray::fromRawData(view.data(), view.size());
}

bool startsWithIgnoringCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() &&
           text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArrayView withoutUnderscores(QByteArrayView name)
{
    while (!name.isEmpty() && name.front() == '_')
        name = name.sliced(1);
    return name;
}

bool usableNumber(QByteArrayView value)
{
    return !value.isEmpty() && value != QByteArrayView("s") && value != QByteArrayView("<unknown>");
}

} // namespace

AmiCallTracker::AmiCallTracker(Options options)
    : m_options(std::move(options))
    , m_device(m_options.device.trimmed().toUtf8())
    , m_variable(withoutUnderscores(m_options.dialedVariable.trimmed().toUtf8()).toByteArray())
{
    if (m_device.isEmpty())
        return;
    const qsizetype slash = m_device.indexOf('/');
    const QByteArray resource = slash >= 0 ? m_device.mid(slash + 1) : m_device;
    m_channelPrefixes.push_back({m_device, '-'});
    m_interfaces.push_back(m_device);
    for (const char *tech : {"PJSIP/", "SIP/"}) {
        const QByteArray name = QByteArray(tech).append(resource);
        m_channelPrefixes.push_back({name, '-'});
        m_interfaces.push_back(name);
    }
    m_channelPrefixes.push_back({QByteArray("Local/").append(resource), '@'});
}

bool AmiCallTracker::isOurChannel(QByteArrayView channel) const
{
    // A channel is TECH/RESOURCE-SEQUENCE (or Local/RESOURCE@CONTEXT-…); the separator keeps
    // PJSIP/2010 from matching PJSIP/201.
    for (const auto &[prefix, separator] : m_channelPrefixes) {
        if (channel.size() > prefix.size() && channel[prefix.size()] == separator &&
            startsWithIgnoringCase(channel, prefix))
            return true;
    }
    return false;
}

bool AmiCallTracker::isOurInterface(QByteArrayView interface) const
{
    for (const QByteArray &name : m_interfaces) {
        if (equalsIgnoringCase(interface, name))
            return true;
    }
    return isOurChannel(interface);
}

void AmiCallTracker::consume(const AmiMessage &message, Clock::time_point receivedAt, const QDateTime &now,
                             std::vector<CallEvent> &out)
{
    const QByteArrayView event = message.event();
    if (event.isEmpty())
        return;
    if (receivedAt - m_lastSweep > std::chrono::minutes(1)) {
        m_lastSweep = receivedAt;
        expire(receivedAt);
    }

    const QByteArrayView uniqueid = message.value("Uniqueid");
    const QByteArrayView linkedid = message.value("Linkedid");
    const bool inbound = !linkedid.isEmpty() && uniqueid == linkedid;

    if (event == QByteArrayView("VarSet")) {
        if (m_options.dialedSource != DialedSource::Variable || m_variable.isEmpty())
            return;
        if (!equalsIgnoringCase(withoutUnderscores(message.value("Variable")), m_variable))
            return;
        if (Call *call = callFor(linkedid, false, receivedAt)) {
            // The inbound channel's value wins; an inherited copy on another leg only fills a gap.
            if (inbound || call->variable.isEmpty())
                call->variable = message.value("Value").toByteArray();
        }
        return;
    }
    if (event == QByteArrayView("Newchannel")) {
        // A channel of this device that starts its own call is the operator dialling out: not a pop.
        if (!inbound || isOurChannel(message.value("Channel")))
            return;
        if (Call *call = callFor(linkedid, true, receivedAt))
            learnInbound(*call, message);
        return;
    }
    if (event == QByteArrayView("QueueCallerJoin")) {
        if (Call *call = callFor(linkedid, true, receivedAt)) {
            if (inbound)
                learnInbound(*call, message);
            call->queue = message.value("Queue").toByteArray();
        }
        return;
    }
    if (event == QByteArrayView("DialBegin")) {
        if (!isOurChannel(message.value("DestChannel")))
            return;
        if (Call *call = callFor(linkedid, true, receivedAt)) {
            if (inbound)
                learnInbound(*call, message);
            else if (call->callerNumber.isEmpty())
                call->callerNumber = message.value("CallerIDNum").toByteArray();
            const QByteArrayView destExten = message.value("DestExten");
            if (usableNumber(destExten))
                call->destExten = destExten.toByteArray();
            call->ourChannel = message.value("DestChannel").toByteArray();
            offer(*call, linkedid, receivedAt, now, out);
        }
        return;
    }
    if (event == QByteArrayView("AgentCalled")) {
        if (!isOurInterface(message.value("Interface")) && !isOurChannel(message.value("DestChannel")))
            return;
        if (Call *call = callFor(linkedid, true, receivedAt)) {
            if (inbound)
                learnInbound(*call, message);
            const QByteArrayView queue = message.value("Queue");
            if (!queue.isEmpty())
                call->queue = queue.toByteArray();
            offer(*call, linkedid, receivedAt, now, out);
        }
        return;
    }
    if (event == QByteArrayView("DialState")) {
        if (message.value("DialStatus") == QByteArrayView("RINGING") &&
            isOurChannel(message.value("DestChannel"))) {
            if (Call *call = callFor(linkedid, false, receivedAt))
                offer(*call, linkedid, receivedAt, now, out);
        }
        return;
    }
    if (event == QByteArrayView("Newstate")) {
        // 5 = Ringing: our leg rings even when no Dial announced it (an originate, a redirect).
        if (!inbound && message.value("ChannelState") == QByteArrayView("5") &&
            isOurChannel(message.value("Channel"))) {
            if (Call *call = callFor(linkedid, false, receivedAt)) {
                call->ourChannel = message.value("Channel").toByteArray();
                offer(*call, linkedid, receivedAt, now, out);
            }
        }
        return;
    }
    if (event == QByteArrayView("DialEnd")) {
        Call *call = callFor(linkedid, false, receivedAt);
        if (!call)
            return;
        const QByteArrayView status = message.value("DialStatus");
        if (isOurChannel(message.value("DestChannel"))) {
            if (status == QByteArrayView("ANSWER"))
                answer(*call, linkedid, receivedAt, now, out);
            else
                call->ourDialStatus = status.toByteArray();
        } else if (status == QByteArrayView("ANSWER") && call->offered && !call->answered) {
            call->answeredElsewhere = true;
        }
        return;
    }
    if (event == QByteArrayView("AgentConnect")) {
        Call *call = callFor(linkedid, false, receivedAt);
        if (!call)
            return;
        if (isOurInterface(message.value("Interface")) || isOurChannel(message.value("DestChannel")))
            answer(*call, linkedid, receivedAt, now, out);
        else if (call->offered && !call->answered)
            call->answeredElsewhere = true;
        return;
    }
    if (event == QByteArrayView("BridgeEnter")) {
        if (!inbound && isOurChannel(message.value("Channel"))) {
            if (Call *call = callFor(linkedid, false, receivedAt); call && call->offered) {
                call->ourChannel = message.value("Channel").toByteArray();
                answer(*call, linkedid, receivedAt, now, out);
            }
        }
        return;
    }
    if (event == QByteArrayView("Hangup")) {
        Call *call = callFor(linkedid, false, receivedAt);
        if (!call)
            return;
        const QByteArrayView cause = message.value("Cause");
        if (inbound) {
            const QString why = endCause(*call, cause.isEmpty() ? QByteArrayView("16") : cause);
            end(linkedid, why, receivedAt, now, out);
            const QByteArray key = linkedid.toByteArray();
            m_calls.remove(key);
            rememberEnded(key);
        } else if (isOurChannel(message.value("Channel")) && call->offered) {
            // Our leg closing ends the call for this operator; the caller may still ring elsewhere,
            // and ring here again later (a queue's next round), so the call stays known.
            QString why = endCause(*call, {});
            if (why.isEmpty())
                why = QStringLiteral("ended");
            end(linkedid, why, receivedAt, now, out);
            call->offered = false;
            call->answered = false;
            call->answeredElsewhere = false;
            call->ourDialStatus.clear();
        }
        return;
    }
}

AmiCallTracker::Call *AmiCallTracker::callFor(QByteArrayView linkedid, bool create,
                                              Clock::time_point receivedAt)
{
    if (linkedid.isEmpty())
        return nullptr;
    const QByteArray key = rawKey(linkedid);
    auto it = m_calls.find(key);
    if (it == m_calls.end()) {
        if (!create || m_ended.contains(key))
            return nullptr;
        if (m_calls.size() >= m_options.maxCalls) {
            auto oldest = m_calls.begin();
            for (auto i = m_calls.begin(); i != m_calls.end(); ++i) {
                if (i->lastActivity < oldest->lastActivity)
                    oldest = i;
            }
            m_calls.erase(oldest);
        }
        it = m_calls.insert(linkedid.toByteArray(), Call{});
    }
    it->lastActivity = receivedAt;
    return &it.value();
}

std::optional<AmiCallTracker::Channels> AmiCallTracker::channelsOf(QByteArrayView linkedid) const
{
    const auto found = m_calls.constFind(linkedid.toByteArray());
    if (found == m_calls.constEnd())
        return std::nullopt;
    return Channels{found->inboundChannel, found->ourChannel};
}

void AmiCallTracker::learnInbound(Call &call, const AmiMessage &message)
{
    const QByteArrayView number = message.value("CallerIDNum");
    if (usableNumber(number))
        call.callerNumber = number.toByteArray();
    const QByteArrayView name = message.value("CallerIDName");
    if (usableNumber(name) && name != number)
        call.callerName = name.toByteArray();
    if (call.inboundChannel.isEmpty())
        call.inboundChannel = message.value("Channel").toByteArray();
    const QByteArrayView exten = message.value("Exten");
    if (call.exten.isEmpty() && usableNumber(exten))
        call.exten = exten.toByteArray();
}

void AmiCallTracker::offer(Call &call, QByteArrayView linkedid, Clock::time_point receivedAt,
                           const QDateTime &now, std::vector<CallEvent> &out)
{
    if (call.offered)
        return;
    call.offered = true;
    out.push_back(makeEvent(CallEvent::Kind::Offered, call, linkedid, receivedAt, now));
}

void AmiCallTracker::answer(Call &call, QByteArrayView linkedid, Clock::time_point receivedAt,
                            const QDateTime &now, std::vector<CallEvent> &out)
{
    if (!call.offered || call.answered)
        return;
    call.answered = true;
    call.answeredElsewhere = false;
    out.push_back(makeEvent(CallEvent::Kind::Answered, call, linkedid, receivedAt, now));
}

void AmiCallTracker::end(QByteArrayView linkedid, const QString &cause, Clock::time_point receivedAt,
                         const QDateTime &now, std::vector<CallEvent> &out)
{
    const auto it = m_calls.constFind(rawKey(linkedid));
    if (it == m_calls.constEnd() || !it->offered)
        return;
    CallEvent event = makeEvent(CallEvent::Kind::Ended, *it, linkedid, receivedAt, now);
    event.endCause = cause;
    out.push_back(std::move(event));
}

QString AmiCallTracker::endCause(const Call &call, QByteArrayView hangupCause) const
{
    if (call.answered)
        return QStringLiteral("answered");
    if (call.answeredElsewhere)
        return QStringLiteral("answered-elsewhere");
    const QByteArrayView status = call.ourDialStatus;
    if (status == QByteArrayView("CANCEL"))
        return QStringLiteral("caller-hangup");
    if (status == QByteArrayView("NOANSWER"))
        return QStringLiteral("no-answer");
    if (status == QByteArrayView("BUSY"))
        return QStringLiteral("busy");
    if (status == QByteArrayView("CHANUNAVAIL"))
        return QStringLiteral("unavailable");
    if (!status.isEmpty())
        return QString::fromLatin1(status).toLower();
    // No DialEnd for our leg: judge by the Q.850 cause of the hangup.
    if (hangupCause == QByteArrayView("17"))
        return QStringLiteral("busy");
    if (hangupCause == QByteArrayView("18") || hangupCause == QByteArrayView("19"))
        return QStringLiteral("no-answer");
    if (hangupCause == QByteArrayView("21"))
        return QStringLiteral("rejected");
    if (hangupCause.isEmpty())
        return {};
    return QStringLiteral("caller-hangup"); // the inbound leg left while ringing here (16, 127, …)
}

CallEvent AmiCallTracker::makeEvent(CallEvent::Kind kind, const Call &call, QByteArrayView linkedid,
                                    Clock::time_point receivedAt, const QDateTime &now) const
{
    CallEvent event;
    event.kind = kind;
    event.callId = AmiMessage::decode(linkedid);
    event.callerNumber = AmiMessage::decode(call.callerNumber);
    event.callerName = AmiMessage::decode(call.callerName);
    switch (m_options.dialedSource) {
    case DialedSource::Exten:
        event.dialedNumber = AmiMessage::decode(call.exten.isEmpty() ? call.destExten : call.exten);
        break;
    case DialedSource::Variable:
        event.dialedNumber = AmiMessage::decode(call.variable);
        break;
    case DialedSource::Queue:
        event.dialedNumber = AmiMessage::decode(call.queue);
        break;
    }
    event.time = now;
    event.receivedAt = receivedAt;
    return event;
}

void AmiCallTracker::expire(Clock::time_point receivedAt)
{
    for (auto it = m_calls.begin(); it != m_calls.end();) {
        if (receivedAt - it->lastActivity > m_options.maxIdle)
            it = m_calls.erase(it);
        else
            ++it;
    }
}

void AmiCallTracker::rememberEnded(const QByteArray &linkedid)
{
    if (m_ended.contains(linkedid))
        return;
    m_ended.insert(linkedid);
    m_endedOrder.push_back(linkedid);
    if (static_cast<qsizetype>(m_endedOrder.size()) > kMaxRememberedEnded) {
        m_ended.remove(m_endedOrder.front());
        m_endedOrder.pop_front();
    }
}

} // namespace relais

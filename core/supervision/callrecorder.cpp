// Turns CTI events and the operator's steps into call records and event log entries.
#include "supervision/callrecorder.h"

#include "common/clock.h"
#include "cti/ctisource.h"
#include "logging/logging.h"
#include "messages/message.h"
#include "supervision/callrecordrepository.h"

#include <QCoreApplication>

namespace relais {

CallRecorder::CallRecorder(CallRecordRepository &repository, const Clock &clock, QString operatorLogin,
                           ClientOf clientOf, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_clock(clock)
    , m_operatorLogin(std::move(operatorLogin))
    , m_clientOf(std::move(clientOf))
{}

void CallRecorder::attach(CtiSource &source)
{
    connect(&source, &CtiSource::callEvent, this, [this](const CallEvent &event) { (void)record(event); });
}

Status CallRecorder::report(Status status)
{
    if (!status) {
        // Recording is bookkeeping: a failure must not stop the call, but it must not be silent either.
        logging::module("supervision")->error("{}", status.error().toString().toStdString());
        Q_EMIT recordingFailed(status.error().toString());
    }
    return status;
}

Status CallRecorder::record(const CallEvent &event)
{
    if (event.callId.isEmpty())
        return report(
            Error{QCoreApplication::translate("CallRecorder", "a call event without a call id"), {}});
    // The source's time is the PBX's; a source that gives none gets the console's.
    const QDateTime at = event.time.isValid() ? event.time.toUTC() : m_clock.now();
    Status written = success();
    CallLogKind kind = CallLogKind::Other;
    switch (event.kind) {
    case CallEvent::Kind::Offered: {
        CallRecord r;
        r.callId = event.callId;
        r.operatorLogin = m_operatorLogin;
        r.clientCode = m_clientOf ? m_clientOf(event) : QString();
        r.callerNumber = event.callerNumber;
        r.callerName = event.callerName;
        r.dialedNumber = event.dialedNumber;
        r.offeredAt = at;
        written = m_repository.recordOffered(r);
        kind = CallLogKind::Offered;
        break;
    }
    case CallEvent::Kind::Answered:
        written = m_repository.recordAnswered(event.callId, m_operatorLogin, at);
        kind = CallLogKind::Answered;
        break;
    case CallEvent::Kind::Ended:
        written = m_repository.recordEnded(event.callId, m_operatorLogin, at, event.endCause,
                                           event.endCause == QLatin1String("answered-elsewhere"));
        kind = CallLogKind::Ended;
        break;
    }
    if (!written)
        return report(written);
    return report(m_repository.appendEvent(
        CallLogEntry{event.callId, m_operatorLogin, at, kind,
                     event.kind == CallEvent::Kind::Ended ? event.endCause : QString()}));
}

Status CallRecorder::noteOutcome(const QString &callId, CallOutcome outcome, const QString &messageId,
                                 const QString &clientCode)
{
    return report(
        m_repository.recordOutcome(callId, m_operatorLogin, outcome, messageId, m_clock.now(), clientCode));
}

Status CallRecorder::noteMessageSaved(const Message &message)
{
    const CallOutcome outcome = callOutcomeOf(message);
    if (outcome == CallOutcome::Open || message.callId.isEmpty())
        return success();
    if (Status noted = noteOutcome(message.callId, outcome, message.id, message.clientCode); !noted)
        return noted;
    return noteEvent(message.callId, CallLogKind::Saved, toString(outcome));
}

Status CallRecorder::noteEvent(const QString &callId, CallLogKind kind, const QString &detail)
{
    return report(
        m_repository.appendEvent(CallLogEntry{callId, m_operatorLogin, m_clock.now(), kind, detail}));
}

} // namespace relais

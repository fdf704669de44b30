// Records every call a CtiSource offers to this console (offered, answered, ended) and what the
// operator saw and did on it (pop shown, fields filled, urgency shown, actions confirmed, saved).
#pragma once

#include "common/result.h"
#include "supervision/callrecord.h"

#include <QObject>
#include <QString>

#include <functional>

namespace relais {

class CallRecordRepository;
class Clock;
class CtiSource;
struct CallEvent;
struct Message;

class CallRecorder final : public QObject
{
    Q_OBJECT
public:
    // The client code a call's dialed number belongs to ("" for a number no client owns).
    using ClientOf = std::function<QString(const CallEvent &)>;

    CallRecorder(CallRecordRepository &repository, const Clock &clock, QString operatorLogin,
                 ClientOf clientOf, QObject *parent = nullptr);

    // Records every event `source` emits from now on.
    void attach(CtiSource &source);
    void setOperatorLogin(const QString &login) { m_operatorLogin = login; }
    const QString &operatorLogin() const { return m_operatorLogin; }

    // One CTI event: writes the record's step and logs it in the call's event log.
    Status record(const CallEvent &event);

    // What the operator made of the call: called where the message is saved. `clientCode` is the
    // client the message is for when the operator picked it by hand (empty: the dialed number's).
    Status noteOutcome(const QString &callId, CallOutcome outcome, const QString &messageId,
                       const QString &clientCode = {});
    // The same from the saved message: its outcome (callOutcomeOf), id and client; a draft changes
    // nothing. Also logs "saved" with the outcome in the event log.
    Status noteMessageSaved(const Message &message);
    // Something the operator saw or did, at the clock's time: pop shown, field filled (detail: the
    // field id), urgency shown (the level), action confirmed (the action kind), client picked (code).
    Status noteEvent(const QString &callId, CallLogKind kind, const QString &detail = {});

Q_SIGNALS:
    // A record could not be written (the store refused it); for the status bar. Calls go on.
    void recordingFailed(const QString &what);

private:
    Status report(Status status);

    CallRecordRepository &m_repository;
    const Clock &m_clock;
    QString m_operatorLogin;
    ClientOf m_clientOf;
};

} // namespace relais

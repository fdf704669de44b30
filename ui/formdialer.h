// Puts a call through as the urgency procedure says, from the form (F6): a transfer to the person
// the directory or the rota gives for now, through the call source; the outcome becomes an action
// recorded in the message ("Transfer to Marc Dubois, answered"), or a failure with the fallback.
#pragma once

#include "cti/callcontrol.h"
#include "messages/actiontaken.h"

#include <QObject>
#include <QPointer>

namespace relais {

class Clock;
class CtiSource;
class PhoneNumbers;
struct ResolvedProcedure;

class FormDialer final : public QObject
{
    Q_OBJECT
public:
    FormDialer(CtiSource *calls, const PhoneNumbers &phones, const Clock &clock, QString operatorLogin,
               QObject *parent = nullptr);

    bool isAvailable() const { return m_calls != nullptr; }
    bool isBusy() const { return !m_requestId.isEmpty(); }

    // Starts the procedure's transfer of `callId`. False (and `why` says why) when it cannot start:
    // no call source, nobody with a number to reach, a transfer already under way.
    bool dial(const QString &callId, const ResolvedProcedure &procedure, QString *why);
    // Transfers `callId` to the person and number of `draft` (picked in the directory, Ctrl+D): a
    // blind transfer for a Transfer, attended for a Page. The dialing rules apply in the call source.
    bool transfer(const QString &callId, const ActionTaken &draft, const QString &fallback, QString *why);

Q_SIGNALS:
    // The transfer ended: `action` is ready to record (its result in words); `fallback` is what the
    // consignes say to do when it failed (empty when it succeeded).
    void finished(const relais::ActionTaken &action, bool succeeded, const QString &fallback);
    void progress(const QString &text);

private:
    void onResult(const CallControlResult &result);

    QPointer<CtiSource> m_calls;
    const PhoneNumbers &m_phones;
    const Clock &m_clock;
    QString m_operatorLogin;
    QString m_requestId;
    ActionTaken m_action;
    QString m_fallback;
};

} // namespace relais

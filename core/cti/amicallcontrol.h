// Call control over AMI: turns a transfer or callback request into its action (BlindTransfer,
// Atxfer, Originate), and the PBX's answers into results — the action's Response, then the events
// that tell how it ended (OriginateResponse, the DialEnd of the new leg, BlindTransfer's Result).
#pragma once

#include "common/result.h"
#include "cti/amimessage.h"
#include "cti/callcontrol.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace relais {

class AmiCallTracker;

class AmiCallControl final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString device = QStringLiteral("PJSIP/201");      // the operator's phone, for Originate
        QString context = QStringLiteral("from-internal"); // the dialplan context destinations are dialed in
        int outcomeTimeoutMs = 60000; // a request with no final outcome by then ends as NoAnswer
    };

    explicit AmiCallControl(Options options, QObject *parent = nullptr);

    // The action to write for `request`, tagged with `actionId`; an error when it cannot be sent
    // (an undialable destination, a call this console does not hold).
    Result<QByteArray> prepare(const QString &requestId, const CallControlRequest &request,
                               const QByteArray &actionId, const AmiCallTracker &tracker);
    // Feeds a Response; true when it answered one of our requests.
    bool handleResponse(const AmiMessage &response);
    // Feeds an event (every event: most are not ours).
    void handleEvent(const AmiMessage &event);
    // The link to the PBX is gone: every pending request fails with `why`.
    void abandonAll(const QString &why);

    int pending() const { return static_cast<int>(m_pending.size()); }

Q_SIGNALS:
    void result(const relais::CallControlResult &result);

private:
    struct Pending
    {
        QString requestId;
        CallControlRequest request;
        QByteArray linkedid;   // the transferred call's, for its new leg's DialEnd
        QByteArray ourChannel; // the transferring leg, not the one whose outcome we wait for
        bool accepted = false;
        QTimer *timeout = nullptr;
    };

    void finish(const QByteArray &actionId, CallControlResult::Outcome outcome, const QString &detail);

    Options m_options;
    QHash<QByteArray, Pending> m_pending; // by ActionID
};

// "ANSWER", "BUSY", "NOANSWER", "CHANUNAVAIL", "CONGESTION", "CANCEL" … -> outcome.
CallControlResult::Outcome outcomeOfDialStatus(QByteArrayView dialStatus);
// OriginateResponse's Reason: 4 answered, 5 busy, 1 or 3 no answer, 8 congestion, 0 failure.
CallControlResult::Outcome outcomeOfOriginateReason(QByteArrayView reason);

} // namespace relais

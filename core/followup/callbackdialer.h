// Dials a promised callback from the follow-up list: an Originate through the call source (the
// operator's phone rings first, then the caller; the dialing rules apply), and its outcome recorded
// on the message — an action with the result, and the callback done (reached) or attempted.
#pragma once

#include "cti/callcontrol.h"
#include "followup/followupitem.h"

#include <QObject>
#include <QPointer>

namespace relais {

class Clock;
class CtiSource;
class MessageRepository;

class CallbackDialer final : public QObject
{
    Q_OBJECT
public:
    CallbackDialer(CtiSource *calls, MessageRepository &messages, const Clock &clock, QString operatorLogin,
                   QObject *parent = nullptr);

    bool isBusy() const { return !m_requestId.isEmpty(); }
    // Starts the callback of `item`. False (and `why` says why) when it cannot start: no call
    // source, not a callback, no number, another callback under way.
    bool dial(const FollowUpItem &item, QString *why);

Q_SIGNALS:
    void progress(const QString &text);
    // The callback ended and was recorded (`recorded` false: the outcome could not be saved, `text`
    // says why); `reached` when the caller answered.
    void finished(const QString &messageId, bool reached, bool recorded, const QString &text);

private:
    void onResult(const CallControlResult &result);

    QPointer<CtiSource> m_calls;
    MessageRepository &m_messages;
    const Clock &m_clock;
    QString m_operatorLogin;
    QString m_requestId;
    FollowUpItem m_item;
};

} // namespace relais

// Dialing a callback and recording its outcome (see callbackdialer.h).
#include "followup/callbackdialer.h"

#include "common/clock.h"
#include "cti/ctisource.h"
#include "logging/logging.h"
#include "storage/messagerepository.h"

#include <QCoreApplication>

namespace relais {
namespace {

struct CallbackDialerText
{
    Q_DECLARE_TR_FUNCTIONS(CallbackDialerText)
};

} // namespace

CallbackDialer::CallbackDialer(CtiSource *calls, MessageRepository &messages, const Clock &clock,
                               QString operatorLogin, QObject *parent)
    : QObject(parent)
    , m_calls(calls)
    , m_messages(messages)
    , m_clock(clock)
    , m_operatorLogin(std::move(operatorLogin))
{
    if (m_calls)
        connect(m_calls, &CtiSource::callControlResult, this, &CallbackDialer::onResult);
}

bool CallbackDialer::dial(const FollowUpItem &item, QString *why)
{
    if (!m_calls) {
        *why = CallbackDialerText::tr("No phone system to dial from: call back on the desk phone.");
        return false;
    }
    if (item.kind != FollowUpKind::Callback || item.number.isEmpty()) {
        *why = CallbackDialerText::tr("This line has no number to call back.");
        return false;
    }
    if (isBusy()) {
        *why = CallbackDialerText::tr("A callback is already being dialed.");
        return false;
    }
    m_item = item;
    m_requestId =
        m_calls->requestCallControl({CallControlRequest::Kind::Originate, {}, item.number, item.summary});
    Q_EMIT progress(CallbackDialerText::tr("Calling back %1: your phone rings first…").arg(item.number));
    return true;
}

void CallbackDialer::onResult(const CallControlResult &result)
{
    if (result.requestId != m_requestId || !result.isFinal())
        return;
    m_requestId.clear();
    const bool reached = result.succeeded();
    const QString words = result.detail.isEmpty() || reached
                              ? outcomeInWords(result.outcome)
                              : QStringLiteral("%1 (%2)").arg(outcomeInWords(result.outcome), result.detail);
    auto found = m_messages.find(m_item.messageId);
    if (!found || !found->has_value()) {
        const QString why =
            found ? CallbackDialerText::tr("message %1 is no longer in the store").arg(m_item.messageId)
                  : found.error().toString();
        logging::module("followup")
            ->error("callback of {} ({}) not recorded: {}", m_item.messageId.toStdString(),
                    words.toStdString(), why.toStdString());
        Q_EMIT finished(m_item.messageId, reached, false,
                        CallbackDialerText::tr("Callback %1, but NOT recorded: %2").arg(words, why));
        return;
    }
    Message message = **found;
    ActionTaken action;
    action.at = m_clock.now().toUTC();
    action.kind = ActionKind::Callback;
    action.targetName = message.callerName;
    action.targetNumber = m_item.number;
    action.result = words;
    action.confirmedBy = m_operatorLogin;
    message.actions.append(action);
    message.callback.state = reached ? CallbackState::Done : CallbackState::Attempted;
    if (const Status saved = m_messages.save(message); !saved) {
        logging::module("followup")
            ->error("callback of {} ({}) not recorded: {}", message.id.toStdString(), words.toStdString(),
                    saved.error().toString().toStdString());
        Q_EMIT finished(
            message.id, reached, false,
            CallbackDialerText::tr("Callback %1, but NOT recorded: %2").arg(words, saved.error().toString()));
        return;
    }
    logging::module("followup")
        ->info("callback of message {}: {}", message.id.toStdString(),
               toString(result.outcome).toStdString());
    Q_EMIT finished(
        message.id, reached, true,
        reached
            ? CallbackDialerText::tr("Called back %1: %2").arg(m_item.number, words)
            : CallbackDialerText::tr("Callback to %1: %2. It stays in the list.").arg(m_item.number, words));
}

} // namespace relais

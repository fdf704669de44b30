// The form's dialer (see formdialer.h).
#include "formdialer.h"

#include "common/clock.h"
#include "cti/ctisource.h"
#include "phone/phonenumbers.h"
#include "rules/urgencyengine.h"

namespace relais {

FormDialer::FormDialer(CtiSource *calls, const PhoneNumbers &phones, const Clock &clock,
                       QString operatorLogin, QObject *parent)
    : QObject(parent)
    , m_calls(calls)
    , m_phones(phones)
    , m_clock(clock)
    , m_operatorLogin(std::move(operatorLogin))
{
    if (m_calls)
        connect(m_calls, &CtiSource::callControlResult, this, &FormDialer::onResult);
}

bool FormDialer::dial(const QString &callId, const ResolvedProcedure &procedure, QString *why)
{
    const ActionTaken draft = draftAction(procedure, m_clock.now(), m_operatorLogin);
    if ((draft.kind != ActionKind::Transfer && draft.kind != ActionKind::Page) ||
        draft.targetNumber.isEmpty()) {
        *why = tr("The procedure names nobody to put the call through to now.");
        return false;
    }
    return transfer(callId, draft, procedure.fallback, why);
}

bool FormDialer::transfer(const QString &callId, const ActionTaken &draft, const QString &fallback,
                          QString *why)
{
    if (!m_calls) {
        *why = tr("No phone system to put the call through: dial it on the desk phone.");
        return false;
    }
    if (isBusy()) {
        *why = tr("A transfer is already under way.");
        return false;
    }
    if (draft.targetNumber.isEmpty()) {
        *why = tr("No number to put the call through to.");
        return false;
    }
    // The PBX dials what a person would: the national number for this region, else E.164; the
    // call source's dialing rules then refuse it or write it in the PBX's format.
    const auto parsed = m_phones.parse(draft.targetNumber);
    QString destination = draft.targetNumber;
    if (parsed.ok() && !parsed.value().national.isEmpty() &&
        m_phones.display(draft.targetNumber) == parsed.value().national)
        destination = QString(parsed.value().national).remove(QLatin1Char(' '));
    // Paging the on-call person: the operator speaks to them first, then connects the caller.
    const auto kind = draft.kind == ActionKind::Page ? CallControlRequest::Kind::AttendedTransfer
                                                     : CallControlRequest::Kind::BlindTransfer;
    m_action = draft;
    m_fallback = fallback;
    m_requestId = m_calls->requestCallControl({kind, callId, destination, draft.targetName});
    Q_EMIT progress(tr("Putting the call through to %1…").arg(draft.targetName));
    return true;
}

void FormDialer::onResult(const CallControlResult &result)
{
    if (result.requestId != m_requestId || !result.isFinal())
        return;
    m_requestId.clear();
    ActionTaken action = m_action;
    action.at = m_clock.now().toUTC();
    action.result = result.detail.isEmpty() || result.succeeded()
                        ? outcomeInWords(result.outcome)
                        : QStringLiteral("%1 (%2)").arg(outcomeInWords(result.outcome), result.detail);
    Q_EMIT finished(action, result.succeeded(), result.succeeded() ? QString() : m_fallback);
}

} // namespace relais

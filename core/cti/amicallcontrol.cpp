// Call control over AMI (see amicallcontrol.h).
#include "cti/amicallcontrol.h"

#include "cti/amicalltracker.h"
#include "logging/logging.h"

#include <QCoreApplication>

namespace relais {
namespace {

struct AmiCallControlText
{
    Q_DECLARE_TR_FUNCTIONS(AmiCallControl)
};

QByteArray header(const char *name, const QByteArray &value)
{
    return QByteArray(name).append(": ").append(value).append("\r\n");
}

// What the dialplan dials: the PBX gets digits it can route; '+' is kept for dialplans that
// handle E.164, everything else was refused by isDialable().
QByteArray dialString(const QString &destination)
{
    return destination.toLatin1();
}

} // namespace

CallControlResult::Outcome outcomeOfDialStatus(QByteArrayView dialStatus)
{
    using Outcome = CallControlResult::Outcome;
    if (dialStatus == QByteArrayView("ANSWER"))
        return Outcome::Answered;
    if (dialStatus == QByteArrayView("BUSY"))
        return Outcome::Busy;
    if (dialStatus == QByteArrayView("NOANSWER") || dialStatus == QByteArrayView("CANCEL"))
        return Outcome::NoAnswer;
    if (dialStatus == QByteArrayView("CHANUNAVAIL") || dialStatus == QByteArrayView("CONGESTION") ||
        dialStatus == QByteArrayView("INVALIDARGS"))
        return Outcome::Unavailable;
    return Outcome::Failed;
}

CallControlResult::Outcome outcomeOfOriginateReason(QByteArrayView reason)
{
    using Outcome = CallControlResult::Outcome;
    if (reason == QByteArrayView("4"))
        return Outcome::Answered;
    if (reason == QByteArrayView("5"))
        return Outcome::Busy;
    if (reason == QByteArrayView("1") || reason == QByteArrayView("3"))
        return Outcome::NoAnswer;
    if (reason == QByteArrayView("8"))
        return Outcome::Unavailable;
    return Outcome::Failed;
}

AmiCallControl::AmiCallControl(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

Result<QByteArray> AmiCallControl::prepare(const QString &requestId, const CallControlRequest &request,
                                           const QByteArray &actionId, const AmiCallTracker &tracker)
{
    if (!isDialable(request.destination))
        return Error{AmiCallControlText::tr("cannot dial \"%1\": a number is 1 to 32 digits, * or #")
                         .arg(request.destination.left(40)),
                     QStringLiteral("call control")};
    Pending pending{requestId, request, {}, {}, false, nullptr};
    QByteArray action;
    if (request.kind == CallControlRequest::Kind::Originate) {
        action = header("Action", "Originate") + header("ActionID", actionId) +
                 header("Channel", m_options.device.toLatin1()) +
                 header("Context", m_options.context.toLatin1()) +
                 header("Exten", dialString(request.destination)) + header("Priority", "1") +
                 header("Timeout", QByteArray::number(std::max(1000, m_options.outcomeTimeoutMs - 5000))) +
                 header("Async", "true");
    } else {
        const auto channels = tracker.channelsOf(request.callId.toLatin1());
        if (!channels || channels->ours.isEmpty())
            return Error{AmiCallControlText::tr("the call %1 is no longer on this phone").arg(request.callId),
                         QStringLiteral("call control")};
        pending.linkedid = request.callId.toLatin1();
        pending.ourChannel = channels->ours;
        // Both transfers act on our leg: Asterisk moves its bridged peer (the caller).
        const char *name =
            request.kind == CallControlRequest::Kind::BlindTransfer ? "BlindTransfer" : "Atxfer";
        action = header("Action", name) + header("ActionID", actionId) + header("Channel", channels->ours) +
                 header("Exten", dialString(request.destination)) +
                 header("Context", m_options.context.toLatin1());
    }
    pending.timeout = new QTimer(this);
    pending.timeout->setSingleShot(true);
    connect(pending.timeout, &QTimer::timeout, this, [this, actionId] {
        finish(actionId, CallControlResult::Outcome::NoAnswer,
               AmiCallControlText::tr("no outcome from the phone system in time"));
    });
    pending.timeout->start(m_options.outcomeTimeoutMs);
    m_pending.insert(actionId, pending);
    logging::module("cti")->info("call control {}: {} of call {} to {}", actionId.toStdString(),
                                 toString(request.kind).toStdString(), request.callId.toStdString(),
                                 request.destination.toStdString());
    return QByteArray(action + "\r\n");
}

bool AmiCallControl::handleResponse(const AmiMessage &response)
{
    const QByteArray actionId = response.value("ActionID").toByteArray();
    const auto found = m_pending.find(actionId);
    if (found == m_pending.end())
        return false;
    if (response.response() != QByteArrayView("Success")) {
        QString why = response.text("Message");
        finish(actionId, CallControlResult::Outcome::Failed,
               why.isEmpty() ? AmiCallControlText::tr("refused by the phone system") : why);
        return true;
    }
    found->accepted = true;
    Q_EMIT result(
        {found->requestId, found->request, CallControlResult::Outcome::Accepted, response.text("Message")});
    return true;
}

void AmiCallControl::handleEvent(const AmiMessage &event)
{
    if (m_pending.isEmpty())
        return;
    const QByteArrayView name = event.event();
    if (name == QByteArrayView("OriginateResponse")) {
        const QByteArray actionId = event.value("ActionID").toByteArray();
        if (m_pending.contains(actionId))
            finish(actionId, outcomeOfOriginateReason(event.value("Reason")), event.text("Response"));
        return;
    }
    if (name != QByteArrayView("DialEnd") && name != QByteArrayView("BlindTransfer"))
        return;
    const QByteArrayView linkedid = event.value("Linkedid");
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->linkedid.isEmpty() || !it->accepted)
            continue;
        if (name == QByteArrayView("BlindTransfer")) {
            // The transfer event names the transferer's channel; a failure ends the request.
            if (event.value("TransfererChannel") == QByteArrayView(it->ourChannel) &&
                event.value("Result") != QByteArrayView("Success")) {
                finish(it.key(), CallControlResult::Outcome::Failed, event.text("Result"));
                return;
            }
            continue;
        }
        // The new leg's dial: same call, a destination that is not our phone's leg.
        if (linkedid == QByteArrayView(it->linkedid) &&
            event.value("DestChannel") != QByteArrayView(it->ourChannel)) {
            const QByteArrayView status = event.value("DialStatus");
            finish(it.key(), outcomeOfDialStatus(status), QString::fromLatin1(status));
            return;
        }
    }
}

void AmiCallControl::abandonAll(const QString &why)
{
    const QList<QByteArray> ids = m_pending.keys();
    for (const QByteArray &id : ids)
        finish(id, CallControlResult::Outcome::Failed, why);
}

void AmiCallControl::finish(const QByteArray &actionId, CallControlResult::Outcome outcome,
                            const QString &detail)
{
    const auto found = m_pending.find(actionId);
    if (found == m_pending.end())
        return;
    const Pending pending = *found;
    m_pending.erase(found);
    pending.timeout->deleteLater();
    logging::module("cti")->info("call control {}: {} ({})", actionId.toStdString(),
                                 toString(outcome).toStdString(), detail.toStdString());
    Q_EMIT result({pending.requestId, pending.request, outcome, detail});
}

} // namespace relais

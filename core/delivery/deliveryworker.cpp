// One delivery step: escalate, claim, send, record.
#include "delivery/deliveryworker.h"

#include "common/clock.h"
#include "delivery/deliveryrepository.h"
#include "logging/logging.h"

namespace relais::delivery {

QString toString(transport::SendOutcome outcome)
{
    switch (outcome) {
    case transport::SendOutcome::Sent:
        return QStringLiteral("sent");
    case transport::SendOutcome::TemporaryFailure:
        return QStringLiteral("temporary failure");
    case transport::SendOutcome::PermanentFailure:
        return QStringLiteral("permanent failure");
    }
    return {};
}

DeliveryWorker::DeliveryWorker(DeliveryRepository &repository, const Clock &clock,
                               QMap<Channel, transport::Transport *> transports, WorkerOptions options)
    : m_repository(repository)
    , m_clock(clock)
    , m_transports(std::move(transports))
    , m_options(std::move(options))
{
    if (m_options.workerId.isEmpty())
        m_options.workerId = QStringLiteral("worker");
}

void DeliveryWorker::setSweep(DeliverySweep *sweep, const QDateTime &since)
{
    m_sweep = sweep;
    m_sweepSince = since;
}

Result<RunReport> DeliveryWorker::runOnce()
{
    RunReport report;
    if (m_sweep) {
        Result<QList<SweptMessage>> swept =
            m_sweep->sweep(m_clock.now(), m_sweepSince, m_options.batchSize * 5, m_options.workerId);
        if (!swept)
            return swept.error();
        report.planned = std::move(*swept);
    }
    Result<QList<Escalation>> escalated =
        m_repository.escalateDue(m_clock.now(), m_options.escalation, m_options.workerId);
    if (!escalated)
        return escalated.error();
    report.escalations = std::move(*escalated);

    ClaimRequest request;
    request.workerId = m_options.workerId;
    request.now = m_clock.now();
    request.leaseSeconds = m_options.leaseSeconds;
    request.limit = m_options.batchSize;
    for (auto it = m_transports.cbegin(); it != m_transports.cend(); ++it)
        if (it.value())
            request.channels << it.key();
    request.maxAttempts = m_options.retry.maxAttempts;
    request.acknowledgeUrlTemplate = m_options.acknowledgeUrlTemplate;
    const Result<QList<ClaimedDelivery>> claimed = m_repository.claim(request);
    if (!claimed)
        return claimed.error();
    for (const ClaimedDelivery &c : *claimed)
        report.attempts << sendOne(c);
    return report;
}

AttemptReport DeliveryWorker::sendOne(const ClaimedDelivery &claimed)
{
    const PlannedDelivery &p = claimed.record.planned;
    AttemptReport a;
    a.deliveryId = p.deliveryId;
    a.messageId = p.messageId;
    a.channel = p.channel;
    a.recipientName = p.recipient.name;
    a.address = p.recipient.address;
    a.attempt = claimed.record.attempts;

    transport::Transport *transport = m_transports.value(p.channel);
    const transport::SendResult result = transport->send(claimed.outgoing);
    a.outcome = result.outcome;
    a.answer = result.serverAnswer;
    const QDateTime now = m_clock.now();
    auto log = logging::module("delivery");
    if (result.outcome == transport::SendOutcome::Sent) {
        a.state = DeliveryState::Sent;
        if (Status s = m_repository.recordSent(p.deliveryId, m_options.workerId, result.serverAnswer, now);
            !s)
            a.recordError = s.error().toString();
        log->info("delivery {} sent by {} (attempt {})", p.deliveryId.toStdString(),
                  m_options.workerId.toStdString(), a.attempt);
    } else {
        const bool permanent = result.outcome == transport::SendOutcome::PermanentFailure;
        const Result<FailureOutcome> failure = m_repository.recordFailure(
            p.deliveryId, m_options.workerId, permanent, result.serverAnswer, now, m_options.retry);
        if (failure) {
            a.state = failure->state;
            a.nextAttemptAt = failure->nextAttemptAt;
        } else {
            a.recordError = failure.error().toString();
        }
        log->warn("delivery {} attempt {}: {}: {}", p.deliveryId.toStdString(), a.attempt,
                  toString(result.outcome).toStdString(), result.serverAnswer.toStdString());
    }
    if (!a.recordError.isEmpty())
        log->error("delivery {}: {}", p.deliveryId.toStdString(), a.recordError.toStdString());
    return a;
}

} // namespace relais::delivery

// The delivery worker: one step at a time (no thread of its own), called by the console's delivery
// thread or relais-cli deliver. A step escalates what is overdue, claims what is due, sends each
// through the transport of its channel and records the answer.
#pragma once

#include "common/result.h"
#include "delivery/delivery.h"
#include "delivery/deliverypolicy.h"
#include "delivery/deliveryrepository.h"
#include "delivery/deliverysweep.h"

#include <QList>
#include <QMap>

namespace relais {
class Clock;
}

namespace relais::delivery {

// One send attempt, as relais-cli prints it.
struct AttemptReport
{
    QString deliveryId;
    QString messageId;
    Channel channel = Channel::Email;
    QString recipientName;
    QString address;
    int attempt = 0;
    transport::SendOutcome outcome = transport::SendOutcome::TemporaryFailure;
    DeliveryState state = DeliveryState::Queued; // after recording: Sent, Queued (retry) or Failed
    QDateTime nextAttemptAt;                     // for a retry
    QString answer;
    QString recordError; // the lease was lost or the database failed: the result was not recorded
};

struct RunReport
{
    QList<SweptMessage> planned; // messages the sweep planned (or recorded as not planned)
    QList<Escalation> escalations;
    QList<AttemptReport> attempts;
    bool idle() const { return planned.isEmpty() && escalations.isEmpty() && attempts.isEmpty(); }
};

class DeliveryWorker final
{
public:
    // `transports` maps each channel this worker sends to its transport; channels without one are
    // left to another worker. Everything passed in must outlive the worker.
    DeliveryWorker(DeliveryRepository &repository, const Clock &clock,
                   QMap<Channel, transport::Transport *> transports, WorkerOptions options);

    // With a sweep, each step first plans the saved messages nobody planned yet (created at or after
    // `since`; invalid: DeliverySweep::defaultSince). `sweep` must outlive the worker.
    void setSweep(DeliverySweep *sweep, const QDateTime &since = {});

    // One step: sweep, escalate, claim, send. Fails only when the database does; a transport's
    // failure is recorded, not returned.
    Result<RunReport> runOnce();

    const WorkerOptions &options() const { return m_options; }

private:
    AttemptReport sendOne(const ClaimedDelivery &claimed);

    DeliveryRepository &m_repository;
    const Clock &m_clock;
    QMap<Channel, transport::Transport *> m_transports;
    WorkerOptions m_options;
    DeliverySweep *m_sweep = nullptr;
    QDateTime m_sweepSince;
};

QString toString(transport::SendOutcome outcome); // "sent", "temporary failure", "permanent failure"

} // namespace relais::delivery

// The delivery queue and its log in the database (SQLite or PostgreSQL): queueing a plan, claiming
// due deliveries under a lease so each is sent by one worker, recording what the server answered,
// acknowledgements, escalations and the follow-up list. Every write is one transaction.
#pragma once

#include "common/result.h"
#include "delivery/delivery.h"
#include "delivery/deliverypolicy.h"
#include "followup/followupitem.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace relais {
class Database;
}

namespace relais::delivery {

struct ClaimRequest
{
    QString workerId;
    QDateTime now;
    int leaseSeconds = 300;
    int limit = 20;
    QList<Channel> channels; // only these: a worker without an SMS transport leaves SMS to another
    int maxAttempts = 8;     // an expired lease past this many attempts fails instead of being re-sent
    QString acknowledgeUrlTemplate;
};

// What became of one failed attempt.
struct FailureOutcome
{
    DeliveryState state = DeliveryState::Queued; // Queued: will retry at nextAttemptAt; Failed: for good
    QDateTime nextAttemptAt;
};

// One escalation made: `from` was not acknowledged in time, `to` is the new delivery (step + 1);
// `to` is empty when the chain was exhausted.
struct Escalation
{
    DeliveryRecord from;
    std::optional<PlannedDelivery> to;
};

class DeliveryRepository final
{
public:
    explicit DeliveryRepository(Database &db);

    // Stores the plan's message and every delivery not stored yet, each with a "queued" log line.
    // Re-queueing the same message updates the stored message and adds nothing. Returns how many
    // deliveries were new.
    Result<int> queue(const DeliveryPlan &plan, const QDateTime &now, const QString &actor = {});

    // Stores the message of `plan` (when not stored yet) and one failed "not planned" row (channel
    // "none", planningIssueId) whose answer is `reasons` joined: the follow-up list shows it as a
    // failed delivery until somebody acknowledges the message. Recording twice keeps the first.
    // Returns whether the row was new.
    Result<bool> recordNotPlanned(const DeliveryPlan &plan, const QStringList &reasons, const QDateTime &now,
                                  const QString &actor = {});

    // Claims due deliveries for `request.workerId`: queued ones whose next attempt is due, and ones
    // left "sending" by a worker whose lease ran out (sent again under the same delivery id). On
    // PostgreSQL rows are picked with FOR UPDATE SKIP LOCKED, on SQLite under BEGIN IMMEDIATE, so two
    // workers never claim one delivery.
    Result<QList<ClaimedDelivery>> claim(const ClaimRequest &request);

    // The server took it. Refused when `workerId` no longer holds the lease.
    Status recordSent(const QString &deliveryId, const QString &workerId, const QString &answer,
                      const QDateTime &now);
    // A temporary failure is retried after the policy's backoff until its attempts run out; a
    // permanent one fails at once. Refused when `workerId` no longer holds the lease.
    Result<FailureOutcome> recordFailure(const QString &deliveryId, const QString &workerId, bool permanent,
                                         const QString &answer, const QDateTime &now,
                                         const RetryPolicy &retry);

    // Marks the delivery acknowledged: `codeOrId` is the code the recipient quoted (any case, dashes
    // and spaces ignored) or the delivery id; `how` is "code", "link", "operator" (after a phone
    // confirmation)… Refuses a malformed or unknown code. Acknowledging one delivery of a message
    // stops the escalation of all of them. Acknowledging twice keeps the first.
    Result<DeliveryRecord> acknowledge(const QString &codeOrId, const QString &by, const QString &how,
                                       const QDateTime &now);

    // Every delivery past its acknowledgement deadline, not escalated yet, whose message nobody
    // acknowledged, gets its next step: the next contact of its chain, then the supervisor, each a
    // new delivery due now on the same channel. Each step is logged on both deliveries.
    Result<QList<Escalation>> escalateDue(const QDateTime &now, const EscalationPolicy &policy,
                                          const QString &actor);

    // What the follow-up list shows of deliveries, sorted by deadline: waiting (queued, retrying,
    // sending), failed, and sent but unacknowledged past the deadline — for messages nobody has
    // acknowledged yet.
    Result<QList<FollowUpItem>> followUps(const QDateTime &now);

    Result<std::optional<DeliveryRecord>> find(const QString &deliveryId);
    // The delivery a recipient's code names (already normalized, see normalizeAcknowledgeCode).
    Result<std::optional<DeliveryRecord>> findByCode(const QString &code);
    // What the SMS gateway reported after taking a message: the phone got it (delivered) or the
    // network gave up (failed, with the gateway's words). A receipt for a delivery acknowledged
    // meanwhile, or arriving twice, is logged and changes nothing else. Unknown ids are refused.
    Result<DeliveryRecord> recordReceipt(const QString &deliveryId, bool delivered, const QString &answer,
                                         const QDateTime &now);
    // The message's deliveries by step, then channel (without its "not planned" row).
    Result<QList<DeliveryRecord>> forMessage(const QString &messageId);
    Result<QList<DeliveryEvent>> events(const QString &deliveryId); // oldest first
    Result<qint64> countInState(DeliveryState state);

private:
    Status storeMessage(const DeliveryPlan &plan, const QDateTime &now);
    Result<bool> insertDelivery(const PlannedDelivery &d, const QString &clientCode, const QDateTime &now,
                                const QString &actor, const QString &why);

    Database &m_db;
};

} // namespace relais::delivery

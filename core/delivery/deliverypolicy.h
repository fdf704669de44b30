// How the delivery worker retries, leases and escalates: the service's settings, passed in.
#pragma once

#include "delivery/delivery.h"

#include <QString>

#include <algorithm>
#include <optional>

namespace relais::delivery {

// Exponential backoff after temporary failures: first, 2 x first, 4 x first… capped; after
// maxAttempts attempts the delivery fails for good.
struct RetryPolicy
{
    int firstDelaySeconds = 60;
    int maxDelaySeconds = 30 * 60;
    int maxAttempts = 8;

    // The wait after the `attempt`-th attempt (1-based) failed temporarily.
    qint64 delayAfter(int attempt) const
    {
        qint64 delay = std::max(1, firstDelaySeconds);
        for (int i = 1; i < attempt && delay < maxDelaySeconds; ++i)
            delay *= 2;
        return std::min<qint64>(delay, std::max(1, maxDelaySeconds));
    }
};

// The last step of every escalation: the service's supervisor, per channel. An empty address means
// the supervisor is not reached on that channel, and the escalation stops at the rota.
struct EscalationPolicy
{
    QString supervisorName;
    QString supervisorEmail;
    QString supervisorSms; // E.164

    std::optional<Contact> supervisor(Channel channel) const
    {
        const QString address = channel == Channel::Email ? supervisorEmail : supervisorSms;
        if (address.trimmed().isEmpty())
            return std::nullopt;
        return Contact{QString(), supervisorName, address.trimmed()};
    }
};

struct WorkerOptions
{
    QString workerId;       // names the lease owner in the table and the log: host, process, …
    int leaseSeconds = 300; // longer than a transport's own timeout, or a slow send is sent twice
    int batchSize = 20;     // deliveries claimed per round
    RetryPolicy retry;
    EscalationPolicy escalation;
    // "https://ack.example.fr/a/{code}": the link put in the message; empty: no link, the code only.
    QString acknowledgeUrlTemplate;
};

} // namespace relais::delivery

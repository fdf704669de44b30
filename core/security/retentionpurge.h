// Retention: messages older than their client's retention period (the consignes' retentionDays, kept
// in clients.retention_days; 365 for a message whose client is unknown) are deleted with what repeats their
// content (amendment history, reviews, sync conflicts); their call records are kept for the figures but
// anonymised.
#pragma once

#include "common/result.h"
#include "security/role.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace relais {

class AuditLog;
class Clock;
class Database;

struct PurgeReport
{
    struct ClientCount
    {
        QString clientCode;
        qint64 messages = 0;
    };
    bool dryRun = true;
    QDateTime at;
    qint64 messages = 0;         // deleted (or that would be)
    qint64 callsAnonymised = 0;  // 0 on a dry run
    QList<ClientCount> byClient; // ordered by client code
};

class RetentionPurge final
{
public:
    static constexpr int defaultRetentionDays = 365;

    RetentionPurge(Database &db, const Clock &clock, AuditLog &audit);

    // Needs Permission::ManageRetention. Everything happens in one transaction with its audit row, so a
    // failure deletes nothing. A dry run changes nothing but its audit row.
    Result<PurgeReport> run(const Actor &actor, bool dryRun);

private:
    Result<PurgeReport> count(bool dryRun) const;

    Database &m_db;
    const Clock &m_clock;
    AuditLog &m_audit;
};

} // namespace relais

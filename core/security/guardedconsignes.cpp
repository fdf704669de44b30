// Permission check and audit row around ClientRepository::save.
#include "security/guardedconsignes.h"

#include "consignes/consignes.h"
#include "security/auditlog.h"
#include "security/permissions.h"
#include "storage/clientrepository.h"
#include "storage/consigneshistory.h"

namespace relais {

GuardedConsignes::GuardedConsignes(ClientRepository &clients, AuditLog &audit)
    : m_clients(clients)
    , m_audit(audit)
{}

Result<int> GuardedConsignes::save(const Actor &actor, const Consignes &consignes,
                                   std::optional<int> expectedVersion)
{
    if (Status s = Permissions::check(actor, Permission::EditConsignes); !s)
        return s.error();
    const Result<int> version = m_clients.save(consignes, actor.login, expectedVersion);
    if (!version)
        return version;
    // The version is committed with its author (consigne_versions.author); the audit row adds it to
    // the one place an administrator reads.
    if (Status s = m_audit.record(
            actor.login, audit::consignesChange, consignes.code,
            QStringLiteral("version %1, retention %2 days").arg(*version).arg(consignes.retentionDays));
        !s)
        return s.error();
    return version;
}

Result<ConsignesImportSummary> GuardedConsignes::import(const Actor &actor, Database &db,
                                                        const PhoneNumbers &phones,
                                                        const QList<Consignes> &clients)
{
    if (Status s = Permissions::check(actor, Permission::EditConsignes); !s)
        return s.error();
    auto summary = importConsignes(db, phones, clients, actor.login);
    if (!summary)
        return summary;
    for (const QString &code : summary->savedCodes)
        if (Status s = m_audit.record(actor.login, audit::consignesChange, code, QStringLiteral("import"));
            !s)
            return s.error();
    return summary;
}

} // namespace relais

// Saving consignes as a signed-in person: needs Permission::EditConsignes and leaves a
// consignes.change audit row naming the client and the new version.
#pragma once

#include "common/result.h"
#include "security/role.h"

#include <QList>

#include <optional>

namespace relais {

class AuditLog;
class ClientRepository;
class Database;
class PhoneNumbers;
struct Consignes;
struct ConsignesImportSummary;

class GuardedConsignes final
{
public:
    GuardedConsignes(ClientRepository &clients, AuditLog &audit);

    // As ClientRepository::save, with the actor as author. Returns the new version.
    Result<int> save(const Actor &actor, const Consignes &consignes,
                     std::optional<int> expectedVersion = std::nullopt);
    // As importConsignes (all or nothing), with the actor as author; one consignes.change row per
    // client that got a new version.
    Result<ConsignesImportSummary> import(const Actor &actor, Database &db, const PhoneNumbers &phones,
                                          const QList<Consignes> &clients);

private:
    ClientRepository &m_clients;
    AuditLog &m_audit;
};

} // namespace relais

// The person at the console for this session and the guarded ways they reach messages, consignes and
// the audit log. With sign-in off (no user accounts: the embedded demo) the desk's configured login
// acts with every right, as before accounts existed.
#pragma once

#include "common/result.h"
#include "security/auditlog.h"
#include "security/guardedconsignes.h"
#include "security/guardedmessages.h"
#include "security/permissions.h"
#include "security/role.h"

namespace relais {

class ClientRepository;
class Clock;
class Database;
class MessageRepository;

class Session final
{
public:
    // `signedIn` false: sign-in is off and `actor` (the desk's login) holds the admin role.
    Session(Database &db, const Clock &clock, MessageRepository &messages, ClientRepository &clients,
            Actor actor, bool signedIn);
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // Whether sign-in is on for this database: at least one user that is not disabled.
    static Result<bool> signInRequired(Database &db, const Clock &clock);

    const Actor &actor() const { return m_actor; }
    bool signedIn() const { return m_signedIn; }
    bool may(Permission permission) const { return Permissions::allows(m_actor.role, permission); }
    Status check(Permission permission) const { return Permissions::check(m_actor, permission); }

    AuditLog &audit() { return m_audit; }
    GuardedMessages &messages() { return m_messages; }
    GuardedConsignes &consignes() { return m_consignes; }
    // The audit log as an administrator reads it: refused for anyone without ViewAuditLog.
    Result<QList<AuditEntry>> readAudit(const AuditFilter &filter) const;

private:
    Actor m_actor;
    bool m_signedIn;
    AuditLog m_audit;
    GuardedMessages m_messages;
    GuardedConsignes m_consignes;
};

} // namespace relais

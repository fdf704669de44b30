// The session's actor and its guards (see session.h).
#include "security/session.h"

#include "security/userrepository.h"

namespace relais {

Session::Session(Database &db, const Clock &clock, MessageRepository &messages, ClientRepository &clients,
                 Actor actor, bool signedIn)
    : m_actor(std::move(actor))
    , m_signedIn(signedIn)
    , m_audit(db, clock)
    , m_messages(db, messages, m_audit)
    , m_consignes(clients, m_audit)
{
    if (!m_signedIn)
        m_actor.role = Role::Admin;
}

Result<bool> Session::signInRequired(Database &db, const Clock &clock)
{
    const auto active = UserRepository(db, clock).activeCount();
    if (!active)
        return active.error();
    return *active > 0;
}

Result<QList<AuditEntry>> Session::readAudit(const AuditFilter &filter) const
{
    if (Status s = check(Permission::ViewAuditLog); !s)
        return s.error();
    return m_audit.search(filter);
}

} // namespace relais

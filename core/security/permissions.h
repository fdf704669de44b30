// Who may do what: the one table of rights every sensitive core entry point asks.
#pragma once

#include "common/result.h"
#include "security/role.h"

#include <QList>

namespace relais {

enum class Permission
{
    TakeCalls,       // answer calls, write and save messages
    AmendOwnMessage, // amend a completed message one wrote oneself
    AmendAnyMessage, // amend a colleague's message
    ViewAllMessages, // search and read every operator's messages
    ReviewMessages,  // the review queue and its scores
    EditConsignes,   // import, edit and publish client consignes
    ExportMessages,  // CSV / JSON exports
    ViewKpis,        // supervision figures
    ManageUsers,     // add, change password of, disable users
    ManageRetention, // retention periods and purges
    ViewAuditLog,    // read the audit log
};

class Permissions final
{
public:
    // Whether `role` holds `permission`. A pure table: no database, no I/O.
    static bool allows(Role role, Permission permission);
    // success(), or an Error naming who was refused what.
    static Status check(const Actor &actor, Permission permission);
    // Amending a message: one's own needs AmendOwnMessage, a colleague's needs AmendAnyMessage.
    static Status checkAmend(const Actor &actor, const QString &messageAuthor);

    static QString name(Permission permission); // "amend-own-message", … for errors and the audit log
    static QList<Permission> all();
};

} // namespace relais

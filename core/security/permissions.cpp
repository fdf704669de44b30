// The rights table. Supervisors hold every operator right, admins every supervisor right: an admin
// covering a desk must still be able to take a call.
#include "security/permissions.h"

#include <QCoreApplication>

namespace relais {

namespace {

// The lowest role that holds each permission.
Role lowestRole(Permission permission)
{
    switch (permission) {
    case Permission::TakeCalls:
    case Permission::AmendOwnMessage:
        return Role::Operator;
    case Permission::AmendAnyMessage:
    case Permission::ViewAllMessages:
    case Permission::ReviewMessages:
    case Permission::EditConsignes:
    case Permission::ExportMessages:
    case Permission::ViewKpis:
        return Role::Supervisor;
    case Permission::ManageUsers:
    case Permission::ManageRetention:
    case Permission::ViewAuditLog:
        return Role::Admin;
    }
    return Role::Admin;
}

int rank(Role role)
{
    switch (role) {
    case Role::Operator:
        return 0;
    case Role::Supervisor:
        return 1;
    case Role::Admin:
        return 2;
    }
    return -1;
}

} // namespace

bool Permissions::allows(Role role, Permission permission)
{
    return rank(role) >= rank(lowestRole(permission));
}

Status Permissions::check(const Actor &actor, Permission permission)
{
    if (!actor.login.trimmed().isEmpty() && allows(actor.role, permission))
        return success();
    return Error{QCoreApplication::translate("Permissions", "%1 (%2) may not %3")
                     .arg(actor.login.isEmpty() ? QStringLiteral("?") : actor.login, roleName(actor.role),
                          name(permission)),
                 QStringLiteral("permissions")};
}

Status Permissions::checkAmend(const Actor &actor, const QString &messageAuthor)
{
    const bool own = !messageAuthor.isEmpty() && messageAuthor.compare(actor.login, Qt::CaseInsensitive) == 0;
    return check(actor, own ? Permission::AmendOwnMessage : Permission::AmendAnyMessage);
}

QString Permissions::name(Permission permission)
{
    switch (permission) {
    case Permission::TakeCalls:
        return QStringLiteral("take-calls");
    case Permission::AmendOwnMessage:
        return QStringLiteral("amend-own-message");
    case Permission::AmendAnyMessage:
        return QStringLiteral("amend-any-message");
    case Permission::ViewAllMessages:
        return QStringLiteral("view-all-messages");
    case Permission::ReviewMessages:
        return QStringLiteral("review-messages");
    case Permission::EditConsignes:
        return QStringLiteral("edit-consignes");
    case Permission::ExportMessages:
        return QStringLiteral("export-messages");
    case Permission::ViewKpis:
        return QStringLiteral("view-kpis");
    case Permission::ManageUsers:
        return QStringLiteral("manage-users");
    case Permission::ManageRetention:
        return QStringLiteral("manage-retention");
    case Permission::ViewAuditLog:
        return QStringLiteral("view-audit-log");
    }
    return QStringLiteral("?");
}

QList<Permission> Permissions::all()
{
    return {Permission::TakeCalls,       Permission::AmendOwnMessage, Permission::AmendAnyMessage,
            Permission::ViewAllMessages, Permission::ReviewMessages,  Permission::EditConsignes,
            Permission::ExportMessages,  Permission::ViewKpis,        Permission::ManageUsers,
            Permission::ManageRetention, Permission::ViewAuditLog};
}

} // namespace relais

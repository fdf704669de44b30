// Role names as stored in operators.role.
#include "security/role.h"

namespace relais {

QString roleName(Role role)
{
    switch (role) {
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("operator");
}

std::optional<Role> parseRole(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("operator"))
        return Role::Operator;
    if (n == QLatin1String("supervisor"))
        return Role::Supervisor;
    if (n == QLatin1String("admin"))
        return Role::Admin;
    return std::nullopt;
}

} // namespace relais

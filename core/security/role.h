// The three roles of a Relais user and the signed-in person (login + role) core code checks rights for.
#pragma once

#include <QString>

#include <optional>

namespace relais {

enum class Role
{
    Operator,
    Supervisor,
    Admin
};

// "operator", "supervisor", "admin": the values of operators.role.
QString roleName(Role role);
std::optional<Role> parseRole(const QString &name);

// Who asks: every sensitive core entry point takes one.
struct Actor
{
    QString login;
    Role role = Role::Operator;
};

} // namespace relais

// Who relais-cli acts as. The command line has no sign-in: whoever can run it with the database's
// credentials administers that database, so it acts with the admin role, and the audit log names the
// system account that ran it ("cli:marie"), never a Relais user it could pretend to be.
#pragma once

#include "security/role.h"

#include <QString>

namespace relais::cli {

inline Actor cliActor()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME", QStringLiteral("?")));
    return Actor{QStringLiteral("cli:") + user, Role::Admin};
}

} // namespace relais::cli

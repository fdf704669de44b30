// relais-cli roles-sql: prints the SQL that makes the PostgreSQL group roles relais_operator,
// relais_supervisor and relais_admin with only the privileges each needs (core/security/databaseroles).
#include "commands.h"

#include "security/databaseroles.h"

#include <QTextStream>

#include <cstdio>

namespace relais::cli {

int runRolesSql(const GlobalOptions &, const QStringList &args)
{
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        QTextStream(stdout)
            << "Usage: relais-cli roles-sql | psql -v ON_ERROR_STOP=1 postgresql://OWNER@HOST/DB\n"
               "Then: CREATE ROLE marie LOGIN PASSWORD '...' IN ROLE relais_operator;\n";
        return 0;
    }
    if (!args.isEmpty()) {
        std::fprintf(stderr, "relais-cli roles-sql: takes no argument\n");
        return 2;
    }
    QTextStream(stdout) << databaseRolesScript();
    return 0;
}

} // namespace relais::cli

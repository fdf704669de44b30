// PostgreSQL group roles for the three Relais roles, each with only the privileges its work needs:
// relais_operator < relais_supervisor < relais_admin (each a member of the one before, so it inherits).
// A console or relais-cli connects with a login role that is a member of one group; migrations run as
// the database owner.
#pragma once

#include <QStringList>

namespace relais {

// The SQL, one statement per item, safe to run again (roles made when missing, privileges granted
// again). Grants on a table the schema does not have (yet) are skipped, not failed.
QStringList databaseRoleStatements();
// The same as one script for psql.
QString databaseRolesScript();

} // namespace relais

// Security behaviour written once and run on SQLite and on the test PostgreSQL.
#pragma once

#include <QString>

#include <memory>

namespace relais {
class Database;
}

namespace relais::test {

std::unique_ptr<Database> openSecurityDb(const QString &url);

void checkSignInDelays(Database &db);
void checkPurge(Database &db);
// Purging a message removes its deliveries and their log too.
void checkPurgeRemovesDeliveries(Database &db);
void checkAuditAppendOnly(Database &db);
void checkAuditedActions(Database &db);
// Recent messages and search: an operator's own only (older than a colleague's newest), a supervisor's all.
void checkListsByRole(Database &db);

} // namespace relais::test

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

} // namespace relais::test

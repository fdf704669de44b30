// Search and amendment checks run the same on SQLite and PostgreSQL (each test file opens its engine).
#pragma once

#include <QString>

#include <memory>

namespace relais {
class Database;
}

namespace relais::test {

std::unique_ptr<Database> openMigrated(const QString &url);

void checkSearchByNumber(Database &db);
void checkSearchByWords(Database &db);
void checkSearchFilterOrderLimit(Database &db);
void checkSearchManyMatches(Database &db);
void checkSearchHostileInput(Database &db);
void checkSearchFollowsEdits(Database &db);
void checkAmendmentKeepsHistory(Database &db);
void checkAmendmentRefusals(Database &db);

} // namespace relais::test

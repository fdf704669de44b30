// Behaviour checks shared by the SQLite and PostgreSQL storage tests: each takes an open database and
// asserts with Catch2, so both engines are held to the same behaviour.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace relais {
class Database;
}

namespace relais::test {

// Opens a URL or fails the current test with the error.
std::unique_ptr<Database> openOrFail(const QString &url);

// Table name -> sorted column names, for every table of the database.
QMap<QString, QStringList> schemaOf(Database &db);

void checkMigratesFromEmptyAndRerunIsNoOp(Database &db);
void checkBrokenMigrationRollsBack(Database &db);
void checkPlaceholdersAndQuotedSemicolons(Database &db);
void checkNewerSchemaRefused(Database &db);
void checkMessageSaveRecentHistory(Database &db);

void checkClientVersionsAndReload(Database &db);
void checkClientOptimisticConflict(Database &db);
void checkDialedNumberOwnedByAnotherClient(Database &db);
void checkSaveAllIsAllOrNothing(Database &db);
void checkDemoSeedOnlyWhenEmpty(Database &db);

} // namespace relais::test

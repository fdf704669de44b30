// Supervision checks shared by the SQLite and PostgreSQL tests: each takes an open, migrated database
// and asserts with Catch2, so both engines must give the same hand-computed figures.
#pragma once

#include <QString>

#include <memory>

namespace relais {
class Database;
}

namespace relais::test {

// Opens and migrates a URL, or fails the current test with the error.
std::unique_ptr<Database> openMigratedOrFail(const QString &url);

// The hand-computed fixture (see supervisionchecks.cpp): two clients in two zones, two operators,
// a call across midnight, the Europe/Paris spring DST day, unanswered, filtered, incomplete calls.
void seedFixture(Database &db);

void checkFiguresOfTheDstWeekend(Database &db);
void checkFiguresPerClientAndOperator(Database &db);
void checkVolumeByLocalHour(Database &db);
void checkClientAndOperatorFilter(Database &db);
void checkEmptyPeriodHasNoRates(Database &db);
void checkWithoutPeriodEveryCallCounts(Database &db);
void checkRecorderStepsAndEventLog(Database &db);

} // namespace relais::test

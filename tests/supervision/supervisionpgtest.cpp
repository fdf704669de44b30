// Supervision on PostgreSQL: the same hand-computed figures and recorder behaviour as on SQLite.
#include "supervision/supervisionchecks.h"

#include "storage/database.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace relais;

namespace {

std::unique_ptr<Database> seeded()
{
    auto db = test::openMigratedOrFail(test::freshPostgresDatabase(QStringLiteral("relais_supervision")));
    test::seedFixture(*db);
    return db;
}

} // namespace

TEST_CASE("figures of the DST weekend match the hand count (PostgreSQL)", "[postgres]")
{
    // One database for the read-only checks: creating one per test case is the slow part.
    auto db = seeded();
    test::checkFiguresOfTheDstWeekend(*db);
    test::checkFiguresPerClientAndOperator(*db);
    test::checkVolumeByLocalHour(*db);
    test::checkClientAndOperatorFilter(*db);
    test::checkEmptyPeriodHasNoRates(*db);
    test::checkWithoutPeriodEveryCallCounts(*db);
}

TEST_CASE("the recorder writes each call's steps, outcome and event log (PostgreSQL)", "[postgres]")
{
    auto db = test::openMigratedOrFail(test::freshPostgresDatabase(QStringLiteral("relais_supervision")));
    test::checkRecorderStepsAndEventLog(*db);
}

// The monthly report's content on PostgreSQL: the same hand-computed figures as on SQLite.
#include "supervision/reportchecks.h"
#include "supervision/supervisionchecks.h"

#include "storage/database.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace relais;

TEST_CASE("the monthly report's figures and month boundaries match the hand count (PostgreSQL)", "[postgres]")
{
    auto db = test::openMigratedOrFail(test::freshPostgresDatabase(QStringLiteral("relais_report")));
    test::seedReportFixture(*db);
    test::checkMarchReport(*db);
    test::checkFebruaryReportKeepsTheCallAcrossMidnight(*db);
    test::checkReunionMonthBoundary(*db);
    test::checkEmptyMonthAndUnknownClient(*db);
}

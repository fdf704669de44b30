// The review queue on PostgreSQL: the same hand-computed scores and workflow as on SQLite.
#include "supervision/reviewchecks.h"
#include "supervision/supervisionchecks.h"

#include "storage/database.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace relais;

namespace {

std::unique_ptr<Database> seeded()
{
    auto db = test::openMigratedOrFail(test::freshPostgresDatabase(QStringLiteral("relais_review")));
    test::seedReviewFixture(*db);
    return db;
}

} // namespace

TEST_CASE("completeness scores, sample and flags match the hand count (PostgreSQL)", "[postgres]")
{
    test::checkCompletenessScoresByHand(*seeded());
    test::checkSampleIsPerOperatorAndClientPerDay(*seeded());
    test::checkFlaggedMessagesComeFirst(*seeded());
}

TEST_CASE("the rubric is checked and the comment reaches the operator once (PostgreSQL)", "[postgres]")
{
    test::checkRubricAndCommentReachTheOperator(*seeded());
}

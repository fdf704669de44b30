// The review queue on SQLite: hand-computed completeness scores, the daily sample, flags, the rubric
// and the operator's comment; the rubric's stored form against hostile input.
#include "supervision/reviewchecks.h"
#include "supervision/supervisionchecks.h"

#include "storage/database.h"
#include "supervision/reviewrubric.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace relais;

namespace {

struct ReviewStore
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db =
        test::openMigratedOrFail(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("relais.db")));
    ReviewStore() { test::seedReviewFixture(*db); }
};

} // namespace

TEST_CASE("completeness scores match the hand count (SQLite)")
{
    ReviewStore store;
    test::checkCompletenessScoresByHand(*store.db);
}

TEST_CASE("the sample takes N per operator and per client each local day, once (SQLite)")
{
    ReviewStore store;
    test::checkSampleIsPerOperatorAndClientPerDay(*store.db);
}

TEST_CASE("the queue puts flagged messages first, then the lowest scores (SQLite)")
{
    ReviewStore store;
    test::checkFlaggedMessagesComeFirst(*store.db);
}

TEST_CASE("the rubric is checked and the comment reaches the operator once (SQLite)")
{
    ReviewStore store;
    test::checkRubricAndCommentReachTheOperator(*store.db);
}

TEST_CASE("stored rubric scores survive hostile text")
{
    CHECK(rubricScoresFromJson("").isEmpty());
    CHECK(rubricScoresFromJson("\xff\xfe\x00garbage").isEmpty());
    CHECK(rubricScoresFromJson("[1,2,3]").isEmpty());
    const QMap<QString, int> mixed =
        rubricScoresFromJson(R"({"greeting":2,"courtesy":"two","accuracy":1.5,"spelling":1e300,"x":null})");
    CHECK(mixed == QMap<QString, int>{{QStringLiteral("greeting"), 2}});
    const QMap<QString, int> scores{{QStringLiteral("greeting"), 2}, {QStringLiteral("accuracy"), 0}};
    CHECK(rubricScoresFromJson(rubricScoresToJson(scores)) == scores);
    CHECK(rubricPercent(defaultRubric(), {}) == 0);
    CHECK(rubricPercent({}, scores) == 0);
}

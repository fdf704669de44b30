// Review queue checks shared by the SQLite and PostgreSQL tests: each takes an open, migrated database
// and asserts with Catch2, so both engines must give the same hand-computed scores and samples.
#pragma once

namespace relais {
class Database;
}

namespace relais::test {

// Client CAB (Europe/Paris, consignes v1: three required fields, a phone field, "urgent" asks for a
// transfer) and the five scored messages of reviewchecks.cpp with their call records.
void seedReviewFixture(Database &db);

void checkCompletenessScoresByHand(Database &db);
void checkSampleIsPerOperatorAndClientPerDay(Database &db);
void checkFlaggedMessagesComeFirst(Database &db);
void checkRubricAndCommentReachTheOperator(Database &db);

} // namespace relais::test

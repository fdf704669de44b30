// Message search and amendments on PostgreSQL (tsvector and number indexes), a fresh database per test.
#include "messages/messagechecks.h"

#include "storage/database.h"

#include <catch2/catch.hpp>

#include "support/testsupport.h"

using namespace relais;

namespace {

struct Fresh
{
    std::unique_ptr<Database> db =
        test::openMigrated(test::freshPostgresDatabase(QStringLiteral("relais_messages")));
};

} // namespace

TEST_CASE("PostgreSQL search finds a caller number however it is typed: national, international, start, end",
          "[postgres]")
{
    Fresh f;
    test::checkSearchByNumber(*f.db);
}

TEST_CASE("PostgreSQL search finds words of the name and notes, accents and case ignored, every word needed",
          "[postgres]")
{
    Fresh f;
    test::checkSearchByWords(*f.db);
}

TEST_CASE("PostgreSQL search keeps to one client when asked, newest first, within the limit", "[postgres]")
{
    Fresh f;
    test::checkSearchFilterOrderLimit(*f.db);
}

TEST_CASE(
    "PostgreSQL search reads quotes, FTS operators, binary and huge input as plain words, never an error",
    "[postgres]")
{
    Fresh f;
    test::checkSearchHostileInput(*f.db);
}

TEST_CASE("PostgreSQL search of a word or number most messages hold still lists the newest first",
          "[postgres]")
{
    Fresh f;
    test::checkSearchManyMatches(*f.db);
}

TEST_CASE("PostgreSQL search follows a message whose caller changed", "[postgres]")
{
    Fresh f;
    test::checkSearchFollowsEdits(*f.db);
}

TEST_CASE("PostgreSQL amendment raises the revision and keeps each previous version with who, when and why",
          "[postgres]")
{
    Fresh f;
    test::checkAmendmentKeepsHistory(*f.db);
}

TEST_CASE("PostgreSQL amendment refuses drafts, unknown messages and an amendment of a stale revision",
          "[postgres]")
{
    Fresh f;
    test::checkAmendmentRefusals(*f.db);
}

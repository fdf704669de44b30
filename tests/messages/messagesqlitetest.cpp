// Message search and amendments on SQLite (FTS5), a fresh database file per test.
#include "messages/messagechecks.h"

#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace relais;

namespace {

struct Fresh
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db =
        test::openMigrated(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("relais.db")));
};

} // namespace

TEST_CASE("SQLite search finds a caller number however it is typed: national, international, start, end")
{
    Fresh f;
    test::checkSearchByNumber(*f.db);
}

TEST_CASE("SQLite search finds words of the name and notes, accents and case ignored, every word needed")
{
    Fresh f;
    test::checkSearchByWords(*f.db);
}

TEST_CASE("SQLite search keeps to one client when asked, newest first, within the limit")
{
    Fresh f;
    test::checkSearchFilterOrderLimit(*f.db);
}

TEST_CASE("SQLite search of a word or number most messages hold still lists the newest first")
{
    Fresh f;
    test::checkSearchManyMatches(*f.db);
}

TEST_CASE("SQLite search reads quotes, FTS operators, binary and huge input as plain words, never an error")
{
    Fresh f;
    test::checkSearchHostileInput(*f.db);
}

TEST_CASE("SQLite search follows a message whose caller changed")
{
    Fresh f;
    test::checkSearchFollowsEdits(*f.db);
}

TEST_CASE("SQLite amendment raises the revision and keeps each previous version with who, when and why")
{
    Fresh f;
    test::checkAmendmentKeepsHistory(*f.db);
}

TEST_CASE("SQLite amendment refuses drafts, unknown messages and an amendment of a stale revision")
{
    Fresh f;
    test::checkAmendmentRefusals(*f.db);
}

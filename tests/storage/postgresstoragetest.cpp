// PostgreSQL storage: the same behaviour as SQLite on a real server, each test on a fresh database.
#include "storage/storagechecks.h"

#include "storage/database.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace relais;

namespace {

std::unique_ptr<Database> freshDatabase()
{
    return test::openOrFail(test::freshPostgresDatabase(QStringLiteral("relais_storage")));
}

} // namespace

TEST_CASE("migrations create the schema on an empty PostgreSQL database, and re-running changes nothing",
          "[postgres]")
{
    auto db = freshDatabase();
    test::checkMigratesFromEmptyAndRerunIsNoOp(*db);
}

TEST_CASE("SQLite and PostgreSQL get the same tables and columns from the migrations", "[postgres]")
{
    auto pg = freshDatabase();
    REQUIRE(pg->migrate().ok());
    QTemporaryDir dir;
    auto sqlite = test::openOrFail(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("relais.db")));
    REQUIRE(sqlite->migrate().ok());
    const QMap<QString, QStringList> pgSchema = test::schemaOf(*pg);
    const QMap<QString, QStringList> sqliteSchema = test::schemaOf(*sqlite);
    CHECK(pgSchema.keys() == sqliteSchema.keys());
    for (auto it = sqliteSchema.cbegin(); it != sqliteSchema.cend(); ++it) {
        INFO("table " << it.key().toStdString());
        CHECK(pgSchema.value(it.key()) == it.value());
    }
    CHECK(pgSchema.size() >= 10);
}

TEST_CASE("a PostgreSQL database of another application is refused, naming its tables", "[postgres]")
{
    const QString url = test::freshPostgresDatabase(QStringLiteral("relais_storage"));
    {
        auto db = test::openOrFail(url);
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")));
    }
    const Result<std::unique_ptr<Database>> db = Database::open(*DatabaseUrl::parse(url));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().what.startsWith(QStringLiteral("not a Relais database: found tables invoices")));
    CHECK(db.error().where == DatabaseUrl::parse(url)->redacted());
}

TEST_CASE("a PostgreSQL schema newer than this build is refused", "[postgres]")
{
    auto db = freshDatabase();
    test::checkNewerSchemaRefused(*db);
}

TEST_CASE("a failing migration on PostgreSQL leaves the schema at the previous version", "[postgres]")
{
    auto db = freshDatabase();
    test::checkBrokenMigrationRollsBack(*db);
}

TEST_CASE("migration placeholders and quoted semicolons work on PostgreSQL", "[postgres]")
{
    auto db = freshDatabase();
    test::checkPlaceholdersAndQuotedSemicolons(*db);
}

TEST_CASE("messages are saved, updated by id, listed newest first and summarised per caller on PostgreSQL",
          "[postgres]")
{
    auto db = freshDatabase();
    test::checkMessageSaveRecentHistory(*db);
}

TEST_CASE("URL options reach the PostgreSQL connection", "[postgres]")
{
    const QString url = test::freshPostgresDatabase(QStringLiteral("relais_storage")) +
                        QStringLiteral("?sslmode=disable&application_name=relais%20test&connect_timeout=3");
    auto db = test::openOrFail(url);
    QSqlQuery query(db->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT current_setting('application_name')")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("relais test"));
}

TEST_CASE("a PostgreSQL database that does not exist is reported with the driver's reason", "[postgres]")
{
    Result<DatabaseUrl> url = DatabaseUrl::parse(test::postgresUrl());
    REQUIRE(url.ok());
    url->database = QStringLiteral("no_such_database_here");
    url->password = QStringLiteral("hunter2");
    const Result<std::unique_ptr<Database>> db = Database::open(*url);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().what.contains(QStringLiteral("no_such_database_here")));
    CHECK_FALSE(db.error().toString().contains(QStringLiteral("hunter2")));
}

TEST_CASE("each client save on PostgreSQL is a new version, read back whole by loadLatest", "[postgres]")
{
    auto db = freshDatabase();
    test::checkClientVersionsAndReload(*db);
}

TEST_CASE("a client save from a stale version is refused on PostgreSQL, naming who saved what when",
          "[postgres]")
{
    auto db = freshDatabase();
    test::checkClientOptimisticConflict(*db);
}

TEST_CASE("a dialed number owned by another client is refused on PostgreSQL, naming both", "[postgres]")
{
    auto db = freshDatabase();
    test::checkDialedNumberOwnedByAnotherClient(*db);
}

TEST_CASE("saving several clients on PostgreSQL is all or nothing", "[postgres]")
{
    auto db = freshDatabase();
    test::checkSaveAllIsAllOrNothing(*db);
}

TEST_CASE("the demo clients are seeded into an empty PostgreSQL store once", "[postgres]")
{
    auto db = freshDatabase();
    test::checkDemoSeedOnlyWhenEmpty(*db);
}

// SQLite storage: opening, refusing foreign files, durability settings and migrations, on temp files.
#include "storage/storagechecks.h"

#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "storage/migrationrunner.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace relais;

namespace {

QString sqliteUrl(const QTemporaryDir &dir, const QString &name = QStringLiteral("relais.db"))
{
    return QStringLiteral("sqlite://") + dir.filePath(name);
}

Error openError(const QString &url)
{
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    REQUIRE(parsed.ok());
    const Result<std::unique_ptr<Database>> db = Database::open(*parsed);
    REQUIRE_FALSE(db.ok());
    return db.error();
}

QString pragma(Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA ") + name));
    REQUIRE(query.next());
    return query.value(0).toString();
}

} // namespace

TEST_CASE("migrations create the schema on an empty SQLite file, and re-running changes nothing")
{
    QTemporaryDir dir;
    auto db = test::openOrFail(sqliteUrl(dir));
    test::checkMigratesFromEmptyAndRerunIsNoOp(*db);
}

TEST_CASE("a reopened SQLite database keeps its schema version")
{
    QTemporaryDir dir;
    {
        auto db = test::openOrFail(sqliteUrl(dir));
        REQUIRE(db->migrate().ok());
    }
    auto again = test::openOrFail(sqliteUrl(dir));
    CHECK(again->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("a SQLite database commits durably: WAL, synchronous FULL, foreign keys on")
{
    QTemporaryDir dir;
    auto db = test::openOrFail(sqliteUrl(dir));
    CHECK(pragma(*db, QStringLiteral("journal_mode")) == QStringLiteral("wal"));
    CHECK(pragma(*db, QStringLiteral("synchronous")) == QStringLiteral("2")); // FULL
    CHECK(pragma(*db, QStringLiteral("foreign_keys")) == QStringLiteral("1"));
    CHECK(pragma(*db, QStringLiteral("busy_timeout")).toInt() > 0);
}

TEST_CASE("the directory of a new SQLite file is created")
{
    QTemporaryDir dir;
    auto db = test::openOrFail(sqliteUrl(dir, QStringLiteral("a/b/c/relais.db")));
    REQUIRE(db->migrate().ok());
    CHECK(QFile::exists(dir.filePath(QStringLiteral("a/b/c/relais.db"))));
}

TEST_CASE("a file that is not a SQLite database is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    const QByteArray content("Liste des appels du lundi\nM. Martin, rappeler\n");
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const Error error = openError(sqliteUrl(dir, QStringLiteral("notes.db")));
    CHECK(error.what.contains(QStringLiteral("not a SQLite database")));
    CHECK(error.where == QStringLiteral("sqlite://") + path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == content);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a one-byte file and a directory are refused")
{
    QTemporaryDir dir;
    {
        QFile file(dir.filePath(QStringLiteral("tiny.db")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("S");
    }
    CHECK(openError(sqliteUrl(dir, QStringLiteral("tiny.db")))
              .what.contains(QStringLiteral("not a SQLite database")));
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("folder.db")));
    CHECK(openError(sqliteUrl(dir, QStringLiteral("folder.db"))).what.contains(QStringLiteral("directory")));
}

TEST_CASE("a SQLite database of another application is refused, naming its tables")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("compta.db"));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-app"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery query(other);
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")));
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY AUTOINCREMENT)")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO customers DEFAULT VALUES"))); // makes sqlite_sequence
        query.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-app"));
    const Error error = openError(sqliteUrl(dir, QStringLiteral("compta.db")));
    CHECK(error.what.startsWith(QStringLiteral("not a Relais database: found tables customers, invoices")));
    CHECK(error.where == QStringLiteral("sqlite://") + path);
}

TEST_CASE("a SQLite schema newer than this build is refused")
{
    QTemporaryDir dir;
    auto db = test::openOrFail(sqliteUrl(dir));
    test::checkNewerSchemaRefused(*db);
}

TEST_CASE("a failing migration on SQLite leaves the schema at the previous version")
{
    QTemporaryDir dir;
    auto db = test::openOrFail(sqliteUrl(dir));
    test::checkBrokenMigrationRollsBack(*db);
}

TEST_CASE("migration placeholders and quoted semicolons work on SQLite")
{
    QTemporaryDir dir;
    auto db = test::openOrFail(sqliteUrl(dir));
    test::checkPlaceholdersAndQuotedSemicolons(*db);
}

TEST_CASE("messages are saved, updated by id, listed newest first and summarised per caller on SQLite")
{
    QTemporaryDir dir;
    auto db = test::openOrFail(sqliteUrl(dir));
    test::checkMessageSaveRecentHistory(*db);
}

TEST_CASE("a closed database releases its connection")
{
    QTemporaryDir dir;
    QString name;
    {
        auto db = test::openOrFail(sqliteUrl(dir));
        name = db->connection().connectionName();
        CHECK(QSqlDatabase::contains(name));
        auto second = test::openOrFail(sqliteUrl(dir)); // a second handle on the same file is fine
        CHECK(second->connection().connectionName() != name);
    }
    CHECK_FALSE(QSqlDatabase::contains(name));
}

TEST_CASE("an unreachable PostgreSQL is reported with the redacted URL")
{
    const Error error =
        openError(QStringLiteral("postgresql://bob:hunter2@127.0.0.1:1/relais?connect_timeout=2"));
    CHECK(error.what.startsWith(QStringLiteral("cannot connect: ")));
    CHECK(error.where == QStringLiteral("postgresql://bob:***@127.0.0.1:1/relais?connect_timeout=2"));
    CHECK_FALSE(error.toString().contains(QStringLiteral("hunter2")));
}

TEST_CASE("migration sets with a gap, a repeated number or a stray file are refused")
{
    const auto loadError = [](const char *name) {
        const Result<QList<Migration>> set =
            MigrationRunner::load(test::dataPath(QStringLiteral("storage/") + QString::fromLatin1(name)));
        REQUIRE_FALSE(set.ok());
        return set.error().what;
    };
    CHECK(loadError("gap-migrations").contains(QStringLiteral("migration 2 is missing")));
    CHECK(loadError("duplicate-migrations").contains(QStringLiteral("two migrations are numbered 1")));
    CHECK(loadError("badname-migrations").contains(QStringLiteral("'second.sql' is not a migration name")));
    CHECK(loadError("no-such-directory").contains(QStringLiteral("no migration found")));
}

TEST_CASE("the shipped migrations are numbered from 1 without gaps")
{
    const Result<QList<Migration>> shipped = MigrationRunner::shipped();
    REQUIRE(shipped.ok());
    REQUIRE_FALSE(shipped->isEmpty());
    CHECK(shipped->first().name == QStringLiteral("0001_initial.sql"));
    CHECK(shipped->last().version == Database::latestSchemaVersion());
}

TEST_CASE("an unknown placeholder in a migration is an error naming it")
{
    const Result<QString> sql = MigrationRunner::expandPlaceholders(
        QStringLiteral("CREATE TABLE t (x {{uuid}})"), false, QStringLiteral("0007_x.sql"));
    REQUIRE_FALSE(sql.ok());
    CHECK(sql.error().what.contains(QStringLiteral("{{uuid}}")));
    CHECK(sql.error().where == QStringLiteral("0007_x.sql"));
}

TEST_CASE("migration scripts split at semicolons outside quotes and comments")
{
    const QStringList statements = MigrationRunner::splitStatements(
        QStringLiteral("-- header; comment\nCREATE TABLE a (x TEXT DEFAULT ';');\n/* b; */ INSERT INTO a "
                       "VALUES ('it''s;');;\n  \nSELECT \"odd;name\" FROM a"));
    REQUIRE(statements.size() == 3);
    CHECK(statements[0] == QStringLiteral("CREATE TABLE a (x TEXT DEFAULT ';')"));
    CHECK(statements[1] == QStringLiteral("INSERT INTO a VALUES ('it''s;')"));
    CHECK(statements[2] == QStringLiteral("SELECT \"odd;name\" FROM a"));
    CHECK(MigrationRunner::splitStatements(QStringLiteral("SELECT 'unterminated; x")).size() == 1);
    CHECK(MigrationRunner::splitStatements(QStringLiteral("/* never closed; ")).isEmpty());
}

TEST_CASE("each client save on SQLite is a new version, read back whole by loadLatest")
{
    QTemporaryDir dir;
    auto db = test::openOrFail(sqliteUrl(dir));
    test::checkClientVersionsAndReload(*db);
}

TEST_CASE("a client save from a stale version is refused on SQLite, naming who saved what when")
{
    QTemporaryDir dir;
    auto db = test::openOrFail(sqliteUrl(dir));
    test::checkClientOptimisticConflict(*db);
}

TEST_CASE("a dialed number owned by another client is refused on SQLite, naming both")
{
    QTemporaryDir dir;
    auto db = test::openOrFail(sqliteUrl(dir));
    test::checkDialedNumberOwnedByAnotherClient(*db);
}

TEST_CASE("saving several clients on SQLite is all or nothing")
{
    QTemporaryDir dir;
    auto db = test::openOrFail(sqliteUrl(dir));
    test::checkSaveAllIsAllOrNothing(*db);
}

TEST_CASE("the demo clients are seeded into an empty SQLite store once")
{
    QTemporaryDir dir;
    auto db = test::openOrFail(sqliteUrl(dir));
    test::checkDemoSeedOnlyWhenEmpty(*db);
}

TEST_CASE("a saved message is still there after the database is closed and reopened")
{
    QTemporaryDir dir;
    Message m;
    m.id = QStringLiteral("5f0c9a4e-7f1b-4b59-9a57-0d6f3c1e2a10");
    m.clientCode = QStringLiteral("CAB-LEROY");
    m.callerNumber = QStringLiteral("+33612345678");
    m.notes = QStringLiteral("Guillemets \" et apostrophes ' et \\ et {\"json\": 1}");
    m.answers = {{QStringLiteral("objet"), QStringLiteral("\"}]{[ ça ; DROP TABLE messages; --")}};
    {
        auto db = test::openOrFail(sqliteUrl(dir));
        REQUIRE(db->migrate().ok());
        const Status saved = MessageRepository(*db).save(m);
        INFO((saved ? QString() : saved.error().toString()).toStdString());
        REQUIRE(saved.ok());
    }
    auto db = test::openOrFail(sqliteUrl(dir));
    const Result<QList<Message>> recent = MessageRepository(*db).recent(5);
    REQUIRE(recent.ok());
    REQUIRE(recent->size() == 1);
    CHECK(recent->first().notes == m.notes);
    CHECK(recent->first().answers == m.answers);
}

TEST_CASE("a message without an id is refused")
{
    QTemporaryDir dir;
    auto db = test::openOrFail(sqliteUrl(dir));
    REQUIRE(db->migrate().ok());
    MessageRepository messages(*db);
    const Status saved = messages.save(Message{});
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().what.contains(QStringLiteral("needs an id")));
    CHECK(*messages.count() == 0);
}

TEST_CASE("a corrupt stored consignes document is reported with the client and version")
{
    QTemporaryDir dir;
    auto db = test::openOrFail(sqliteUrl(dir));
    REQUIRE(db->migrate().ok());
    QSqlQuery query(db->connection());
    REQUIRE(
        query.exec(QStringLiteral("INSERT INTO clients (code, name, time_zone, current_version, created_at, "
                                  "updated_at) VALUES ('BROKEN', 'Cassé', 'Europe/Paris', 1, 0, 0)")));
    REQUIRE(
        query.exec(QStringLiteral("INSERT INTO consigne_versions (client_code, version, document, author, "
                                  "created_at) VALUES ('BROKEN', 1, '{\"code\": 12', 'x', 0)")));
    const Result<QList<ClientEntry>> latest = ClientRepository(*db).loadLatest();
    REQUIRE_FALSE(latest.ok());
    INFO(latest.error().toString().toStdString());
    CHECK(latest.error().toString().contains(QStringLiteral("BROKEN v1")));
}

// The last-seen consignes store on SQLite: what an operator last had on screen, per client.
#include "storage/lastseenrepository.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace relais;

namespace {

struct Store
{
    Store()
    {
        REQUIRE(dir.isValid());
        auto url = DatabaseUrl::parse(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("seen.db")));
        REQUIRE(url.ok());
        auto opened = Database::open(url.value());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(db->migrate().ok());
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
};

const QDateTime kAt{QDate(2024, 3, 12), QTime(9, 0), Qt::UTC};

} // namespace

TEST_CASE("an operator who never handled a client has seen no version")
{
    Store store;
    LastSeenRepository seen(*store.db);
    const Result<int> version = seen.lastSeen(QStringLiteral("camille"), QStringLiteral("CAB-LEROY"));
    REQUIRE(version.ok());
    CHECK(version.value() == 0);
}

TEST_CASE("the last recorded version replaces the previous one, per operator and client")
{
    Store store;
    LastSeenRepository seen(*store.db);
    const QString camille = QStringLiteral("camille");
    const QString leroy = QStringLiteral("CAB-LEROY");
    REQUIRE(seen.record(camille, leroy, 3, kAt).ok());
    CHECK(seen.lastSeen(camille, leroy).value() == 3);
    REQUIRE(seen.record(camille, leroy, 5, kAt.addSecs(60)).ok());
    CHECK(seen.lastSeen(camille, leroy).value() == 5);
    CHECK(seen.lastSeen(QStringLiteral("dominique"), leroy).value() == 0);
    CHECK(seen.lastSeen(camille, QStringLiteral("PLOMB-MARTIN")).value() == 0);

    QSqlQuery query(store.db->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*), MAX(seen_at) FROM operator_seen")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1); // one row per operator and client
    CHECK(query.value(1).toLongLong() == kAt.addSecs(60).toMSecsSinceEpoch());
}

TEST_CASE("hostile logins and codes are stored as text, never as SQL")
{
    Store store;
    LastSeenRepository seen(*store.db);
    const QString login = QStringLiteral("o'brien\"; DROP TABLE operator_seen; --");
    const QString code = QStringLiteral("CAB-\u00e9\u0000\U0001F600");
    REQUIRE(seen.record(login, code, 7, kAt).ok());
    CHECK(seen.lastSeen(login, code).value() == 7);
    CHECK(seen.lastSeen(QString(), QString()).value() == 0);
}

TEST_CASE("a database that lost the last-seen table says so instead of claiming nothing was seen")
{
    Store store;
    QSqlQuery query(store.db->connection());
    REQUIRE(query.exec(QStringLiteral("DROP TABLE operator_seen")));
    LastSeenRepository seen(*store.db);
    const Result<int> version = seen.lastSeen(QStringLiteral("camille"), QStringLiteral("CAB-LEROY"));
    REQUIRE_FALSE(version.ok());
    CHECK(version.error().what.contains(QStringLiteral("CAB-LEROY")));
    CHECK_FALSE(seen.record(QStringLiteral("camille"), QStringLiteral("CAB-LEROY"), 1, kAt).ok());
}

// relais-cli generate end to end: the built binary run with QProcess on SQLite files.
#include "storage/database.h"
#include "storage/databaseurl.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run relaisCli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(RELAIS_BINARY_DIR "/app/relais-cli/relais-cli"), args);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

Run generate(const QString &url, const QStringList &options)
{
    return relaisCli(QStringList{QStringLiteral("--db"), url, QStringLiteral("generate")} + options);
}

std::unique_ptr<relais::Database> open(const QString &url)
{
    auto parsed = relais::DatabaseUrl::parse(url);
    REQUIRE(parsed.ok());
    auto db = relais::Database::open(*parsed);
    REQUIRE(db.ok());
    return std::move(db).value();
}

qint64 countOf(relais::Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

// Every generated column of every message, in id order (updated_at is the save time, not generated).
QStringList messageRows(relais::Database &db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT id, client_code, caller_number, caller_name, answers, notes, "
                                      "urgency, status, created_at FROM messages ORDER BY id")));
    QStringList rows;
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < 9; ++i)
            row << query.value(i).toString();
        rows << row.join(QLatin1Char('|'));
    }
    return rows;
}

QStringList small(const QString &seed)
{
    return {QStringLiteral("--clients"), QStringLiteral("12"),         QStringLiteral("--messages"),
            QStringLiteral("700"),       QStringLiteral("--seed"),     seed,
            QStringLiteral("--until"),   QStringLiteral("2026-11-23"), QStringLiteral("--batch"),
            QStringLiteral("128")};
}

} // namespace

TEST_CASE("generate fills a new SQLite file with the asked numbers of clients and messages")
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("g.db"));
    const Run run = generate(url, small(QStringLiteral("5")));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains("12 client accounts, 700 messages added (seed 5)"));
    CHECK(run.err.contains("generated 700 / 700 messages"));
    auto db = open(url);
    CHECK(countOf(*db, QStringLiteral("clients")) == 12);
    CHECK(countOf(*db, QStringLiteral("messages")) == 700);
    QSqlQuery query(db->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM messages WHERE client_code NOT IN "
                                      "(SELECT code FROM clients) OR caller_number NOT LIKE '+33%'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
    // The search index follows the generated rows like the console's own saves.
    REQUIRE(query.exec(QStringLiteral("SELECT caller_number FROM messages LIMIT 1")));
    REQUIRE(query.next());
    const QString number = query.value(0).toString();
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM fts_message_numbers WHERE fts_message_numbers "
                                      "MATCH '\"%1\"'")
                           .arg(number.right(6))));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() >= 1);
}

TEST_CASE("the same seed and date generate the same rows, another seed other rows")
{
    QTemporaryDir dir;
    const QString a = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("a.db"));
    const QString b = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("b.db"));
    const QString c = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("c.db"));
    REQUIRE(generate(a, small(QStringLiteral("9"))).exitCode == 0);
    REQUIRE(generate(b, small(QStringLiteral("9"))).exitCode == 0);
    REQUIRE(generate(c, small(QStringLiteral("10"))).exitCode == 0);
    auto dbA = open(a), dbB = open(b), dbC = open(c);
    const QStringList rowsA = messageRows(*dbA);
    REQUIRE(rowsA.size() == 700);
    CHECK(rowsA == messageRows(*dbB));
    const QStringList rowsC = messageRows(*dbC);
    REQUIRE(rowsC.size() == 700);
    CHECK(rowsA != rowsC);
}

TEST_CASE("generate refuses a database that already holds messages unless --append")
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("g.db"));
    REQUIRE(generate(url, small(QStringLiteral("3"))).exitCode == 0);

    const Run refused = generate(url, small(QStringLiteral("3")));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("already holds 700 messages"));
    CHECK(refused.err.contains("--append"));
    CHECK(countOf(*open(url), QStringLiteral("messages")) == 700);

    // Appending with the same seed adds new messages (new ids) for the same clients.
    const Run appended = generate(url, small(QStringLiteral("3")) << QStringLiteral("--append"));
    INFO(appended.err.toStdString());
    REQUIRE(appended.exitCode == 0);
    auto db = open(url);
    CHECK(countOf(*db, QStringLiteral("messages")) == 1400);
    CHECK(countOf(*db, QStringLiteral("clients")) == 12);
}

TEST_CASE("generate rejects bad options without touching the database")
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("g.db"));
    for (const QStringList &bad :
         {QStringList{QStringLiteral("--messages"), QStringLiteral("10")},
          QStringList{QStringLiteral("--clients"), QStringLiteral("abc"), QStringLiteral("--messages"),
                      QStringLiteral("10")},
          QStringList{QStringLiteral("--clients"), QStringLiteral("0"), QStringLiteral("--messages"),
                      QStringLiteral("10")},
          QStringList{QStringLiteral("--clients"), QStringLiteral("3"), QStringLiteral("--messages"),
                      QStringLiteral("-5")},
          QStringList{QStringLiteral("--clients"), QStringLiteral("3"), QStringLiteral("--messages"),
                      QStringLiteral("5"), QStringLiteral("--until"), QStringLiteral("23/11/2026")},
          QStringList{QStringLiteral("--clients"), QStringLiteral("3"), QStringLiteral("--messages"),
                      QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("\xff\xfe")},
          QStringList{QStringLiteral("--clients"), QStringLiteral("3"), QStringLiteral("--messages"),
                      QStringLiteral("5"), QStringLiteral("stray")}}) {
        const Run run = generate(url, bad);
        INFO(bad.join(QLatin1Char(' ')).toStdString() << " -> " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("g.db"))));
    }
}

TEST_CASE("generate into a file that is not a database fails clearly")
{
    QTemporaryDir dir;
    QFile junk(dir.filePath(QStringLiteral("junk.db")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, '\x07'));
    junk.close();
    const Run run = generate(QStringLiteral("sqlite://") + junk.fileName(), small(QStringLiteral("1")));
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains("junk.db"));
}

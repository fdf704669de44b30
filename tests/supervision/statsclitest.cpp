// relais-cli stats end to end: the built binary run with QProcess on the fixture in a SQLite file.
#include "supervision/supervisionchecks.h"

#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QProcess>
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
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

struct FixtureFile
{
    QTemporaryDir dir;
    QString url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("stats.db"));
    FixtureFile() { relais::test::seedFixture(*relais::test::openMigratedOrFail(url)); }
};

} // namespace

TEST_CASE("relais-cli stats --csv prints the weekend's figures for a French spreadsheet")
{
    FixtureFile file;
    const Run run = relaisCli({QStringLiteral("--db"), file.url, QStringLiteral("stats"),
                               QStringLiteral("--from"), QStringLiteral("2024-03-30"), QStringLiteral("--to"),
                               QStringLiteral("2024-03-31"), QStringLiteral("--csv")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith("\xEF\xBB\xBF"));
    // 7 offered, 5 answered, 2 unanswered, 5/7 = 71.4 %, … (see supervisionchecks.cpp).
    CHECK(run.out.contains("\r\nAll;;7;5;2;71,4;18,0;40,0;150,0;2;1;1;40,0;3\r\n"));
}

TEST_CASE("relais-cli stats --json for one client and operator, and the table by default")
{
    FixtureFile file;
    Run run = relaisCli({QStringLiteral("--db"), file.url, QStringLiteral("stats"), QStringLiteral("--from"),
                         QStringLiteral("2024-03-30"), QStringLiteral("--to"), QStringLiteral("2024-03-31"),
                         QStringLiteral("--client"), QStringLiteral("ACME"), QStringLiteral("--operator"),
                         QStringLiteral("alice"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains("\"offered\": 3"));
    CHECK(run.out.contains("\"client\": \"ACME\""));
    run = relaisCli({QStringLiteral("--db"), file.url, QStringLiteral("stats")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith("Scope"));
    CHECK(run.out.contains("Calls by hour"));
}

TEST_CASE("relais-cli stats refuses a malformed day, a reversed period and two formats at once")
{
    FixtureFile file;
    for (const QStringList &bad : {QStringList{QStringLiteral("--from"), QStringLiteral("2024-13-01")},
                                   QStringList{QStringLiteral("--to"), QStringLiteral("31/03/2024")},
                                   QStringList{QStringLiteral("--from"), QStringLiteral("2024-04-02"),
                                               QStringLiteral("--to"), QStringLiteral("2024-04-01")},
                                   QStringList{QStringLiteral("--json"), QStringLiteral("--csv")},
                                   QStringList{QStringLiteral("extra")}}) {
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        const Run run =
            relaisCli(QStringList{QStringLiteral("--db"), file.url, QStringLiteral("stats")} + bad);
        CHECK(run.exitCode == 2);
        CHECK(run.err.startsWith("relais-cli stats: "));
        CHECK(run.out.isEmpty());
    }
}

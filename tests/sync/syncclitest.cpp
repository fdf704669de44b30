// relais-cli sync end to end: the built binary run with QProcess on temporary SQLite stores.
#include "sync/synctestsupport.h"

#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QProcess>

using namespace relais;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run relaisCli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(RELAIS_BINARY_DIR "/app/relais-cli/relais-cli"), args);
    REQUIRE(process.waitForFinished(60000));
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("relais-cli sync --once pushes one console's messages and pulls them into another", "[postgres]")
{
    const QString server = test::freshPostgresDatabase(QStringLiteral("relais_sync"));
    test::Console a(server);
    test::Console b(server);
    a.save(QStringLiteral("one"));
    a.save(QStringLiteral("two"));
    b.save(QStringLiteral("three"));

    const Run first = relaisCli({QStringLiteral("--db"), a.db->url().toString(), QStringLiteral("sync"),
                                 QStringLiteral("--shared"), server, QStringLiteral("--once")});
    INFO(first.err.toStdString());
    CHECK(first.code == 0);
    CHECK(first.out == QStringLiteral("pushed 2, pulled 0, waiting 0\n"));
    const Run second = relaisCli({QStringLiteral("--db"), b.db->url().toString(), QStringLiteral("sync"),
                                  QStringLiteral("--shared"), server, QStringLiteral("--once")});
    CHECK(second.code == 0);
    CHECK(second.out == QStringLiteral("pushed 1, pulled 2, waiting 0\n"));
    CHECK(b.count() == 3);
}

TEST_CASE("relais-cli sync refuses a missing or non-PostgreSQL shared database, and fails while offline",
          "[postgres]")
{
    QTemporaryDir dir;
    const QString local = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("local.db"));
    const Run missing =
        relaisCli({QStringLiteral("--db"), local, QStringLiteral("sync"), QStringLiteral("--once")});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("--shared")));
    const Run sqlite = relaisCli({QStringLiteral("--db"), local, QStringLiteral("sync"),
                                  QStringLiteral("--shared"), local, QStringLiteral("--once")});
    CHECK(sqlite.code == 2);
    CHECK(sqlite.err.contains(QStringLiteral("must be PostgreSQL")));
    const Run offline = relaisCli(
        {QStringLiteral("--db"), local, QStringLiteral("sync"), QStringLiteral("--shared"),
         QStringLiteral("postgresql://relais:hunter2@127.0.0.1:1/relais"), QStringLiteral("--once")});
    CHECK(offline.code == 1);
    CHECK(offline.err.contains(QStringLiteral("cannot connect")));
    CHECK_FALSE(offline.err.contains(QStringLiteral("hunter2")));
    CHECK(offline.out.isEmpty());
}

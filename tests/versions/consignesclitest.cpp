// relais-cli consignes end to end: the built binary run with QProcess on a temporary SQLite store.
#include <catch2/catch.hpp>

#include "support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class Cli final
{
public:
    Cli()
    {
        REQUIRE(m_dir.isValid());
        m_db = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("cli.db"));
    }

    Run run(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The binary's log file and default store go to the temporary directory, never the user's.
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("RELAIS_DB"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RELAIS_BINARY_DIR "/app/relais-cli/relais-cli"),
                      QStringList{QStringLiteral("--db"), m_db, QStringLiteral("consignes")} + args);
        REQUIRE(process.waitForStarted());
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        Run result{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
        UNSCOPED_INFO("stdout: " << result.out.toStdString() << "\nstderr: " << result.err.toStdString());
        return result;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    qint64 versionRows()
    {
        if (!QFile::exists(m_dir.filePath(QStringLiteral("cli.db"))))
            return 0;
        qint64 rows = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-check"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("cli.db")));
            REQUIRE(db.open());
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM consigne_versions")) && query.next())
                rows = query.value(0).toLongLong();
            else
                rows = 0; // no schema yet
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cli-check"));
        return rows;
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

const QString good = relais::test::dataPath(QStringLiteral("versions/two-clients.json"));
const QString bad = relais::test::dataPath(QStringLiteral("versions/bad-type.json"));
const QString charlie = relais::test::dataPath(QStringLiteral("versions/takes-alpha-number.json"));

} // namespace

TEST_CASE("cli: validate says ok per file and exits 0")
{
    Cli cli;
    const Run run = cli.run({QStringLiteral("validate"), good});
    CHECK(run.exitCode == 0);
    CHECK(run.out == good + QStringLiteral(": ok (2 clients)\n"));
    CHECK(run.err.isEmpty());
}

TEST_CASE("cli: validate prints where a bad file is wrong and exits 1")
{
    Cli cli;
    const Run run = cli.run({QStringLiteral("validate"), good, bad});
    CHECK(run.exitCode == 1);
    CHECK(run.out == good + QStringLiteral(": ok (2 clients)\n"));
    // Its own line, whatever the log adds: file:line:column: path: expected …; found ….
    const QStringList lines = run.err.split(QLatin1Char('\n'));
    CHECK(lines.contains(bad +
                         QStringLiteral(":9:59: $.clients[0].checklist[0].type: expected one of text, "
                                        "multiline, phone, email, choice, yesno, datetime; found \"txt\"")));

    const Run across = cli.run({QStringLiteral("validate"), good, charlie});
    CHECK(across.exitCode == 1);
    CHECK(across.err.contains(QStringLiteral("client TEST-C is already a dialed number of client TEST-A")));
}

TEST_CASE("cli: import with a bad second file imports nothing")
{
    Cli cli;
    REQUIRE(cli.run({QStringLiteral("import"), charlie}).exitCode == 0);
    REQUIRE(cli.versionRows() == 1);
    const Run run = cli.run({QStringLiteral("import"), good, bad});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("nothing was imported")));
    CHECK(cli.versionRows() == 1);
}

TEST_CASE("cli: import, re-import unchanged, versions, refused number, diff")
{
    Cli cli;
    const Run first =
        cli.run({QStringLiteral("import"), good, QStringLiteral("--author"), QStringLiteral("alice")});
    CHECK(first.exitCode == 0);
    CHECK(first.out == QStringLiteral("imported 2 clients (2 new versions, 0 unchanged)\n"));
    const Run again = cli.run({QStringLiteral("import"), good});
    CHECK(again.exitCode == 0);
    CHECK(again.out == QStringLiteral("imported 2 clients (0 new versions, 2 unchanged)\n"));
    CHECK(cli.versionRows() == 2);

    const Run stolen = cli.run({QStringLiteral("import"), charlie});
    CHECK(stolen.exitCode == 1);
    CHECK(stolen.err.contains(QStringLiteral("TEST-A (Atelier Alpha)")));
    CHECK(stolen.err.contains(QStringLiteral("TEST-C (Cordonnerie Charlie)")));
    CHECK(cli.versionRows() == 2);

    QByteArray edited = readAll(good);
    edited.replace("Boulangerie Bravo.", "Boulangerie Bravo, bonjour.");
    QFile file(cli.path(QStringLiteral("edited.json")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(edited);
    file.close();
    const Run third = cli.run(
        {QStringLiteral("import"), file.fileName(), QStringLiteral("--author"), QStringLiteral("bob")});
    CHECK(third.out == QStringLiteral("imported 2 clients (1 new versions, 1 unchanged)\n"));

    const Run versions = cli.run({QStringLiteral("versions"), QStringLiteral("TEST-B")});
    CHECK(versions.exitCode == 0);
    const QStringList lines = versions.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3); // header and two versions
    CHECK(lines[1].trimmed().startsWith(QStringLiteral("1  ")));
    CHECK(lines[1].contains(QStringLiteral("alice")));
    CHECK(lines[2].trimmed().startsWith(QStringLiteral("2  ")));
    CHECK(lines[2].contains(QStringLiteral("bob")));

    const Run diff =
        cli.run({QStringLiteral("diff"), QStringLiteral("TEST-B"), QStringLiteral("1"), QStringLiteral("2")});
    CHECK(diff.exitCode == 0);
    CHECK(diff.out == QStringLiteral("greetings.open: « {salutation}, Boulangerie Bravo. » → « {salutation}, "
                                     "Boulangerie Bravo, bonjour. »\n"));
    const Run missing =
        cli.run({QStringLiteral("diff"), QStringLiteral("TEST-B"), QStringLiteral("1"), QStringLiteral("7")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("client TEST-B has no version 7")));
    CHECK(cli.run({QStringLiteral("versions"), QStringLiteral("NOPE")}).exitCode == 1);
    CHECK(cli.run({QStringLiteral("diff"), QStringLiteral("TEST-B"), QStringLiteral("one"),
                   QStringLiteral("2")})
              .exitCode == 2);
}

TEST_CASE("cli: export -o, import it, export again: byte-identical")
{
    Cli cli;
    REQUIRE(cli.run({QStringLiteral("import"), good}).exitCode == 0);
    const QString firstPath = cli.path(QStringLiteral("first.json"));
    const Run exported = cli.run({QStringLiteral("export"), QStringLiteral("-o"), firstPath});
    CHECK(exported.exitCode == 0);
    const QByteArray first = readAll(firstPath);
    CHECK(first.startsWith("{\n  \"format\": \"relais-consignes\""));

    const Run reimported = cli.run({QStringLiteral("import"), firstPath});
    CHECK(reimported.out == QStringLiteral("imported 2 clients (0 new versions, 2 unchanged)\n"));
    const QString secondPath = cli.path(QStringLiteral("second.json"));
    REQUIRE(cli.run({QStringLiteral("export"), QStringLiteral("--output"), secondPath}).exitCode == 0);
    CHECK(readAll(secondPath) == first);

    const Run toStdout = cli.run({QStringLiteral("export")});
    CHECK(toStdout.out.toUtf8() == first);
    const Run one = cli.run({QStringLiteral("export"), QStringLiteral("--client"), QStringLiteral("TEST-B")});
    CHECK(one.exitCode == 0);
    CHECK(one.out.contains(QStringLiteral("\"code\": \"TEST-B\"")));
    CHECK_FALSE(one.out.contains(QStringLiteral("TEST-A")));
    const Run unknown =
        cli.run({QStringLiteral("export"), QStringLiteral("--client"), QStringLiteral("NOPE")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no client with code NOPE")));
}

TEST_CASE("cli: consignes without an action or with a stray option is a usage error")
{
    Cli cli;
    CHECK(cli.run({}).exitCode == 2);
    CHECK(cli.run({QStringLiteral("validate")}).exitCode == 2);
    CHECK(cli.run({QStringLiteral("validate"), good, QStringLiteral("--client"), QStringLiteral("X")})
              .exitCode == 2);
    CHECK(cli.run({QStringLiteral("frobnicate")}).exitCode == 2);
}

// relais-cli messages end to end: the built binary run with QProcess on a temporary SQLite store.
#include "messages/messagechecks.h"
#include "messages/qstringmaker.h"

#include "storage/database.h"
#include "storage/messagerepository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace relais;

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
        m_url = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("cli.db"));
        auto db = test::openMigrated(m_url);
        MessageRepository repo(*db);
        const auto add = [&](const char *id, const char *client, const char *number, const QString &name,
                             const QString &notes, QDateTime created) {
            Message m;
            m.id = QString::fromLatin1(id);
            m.clientCode = QString::fromLatin1(client);
            m.callerNumber = QString::fromLatin1(number);
            m.callerName = name;
            m.notes = notes;
            m.status = MessageStatus::Completed;
            m.createdAt = created;
            m.updatedAt = created;
            REQUIRE(repo.save(m).ok());
        };
        add("a", "ACME", "+33612345678", QStringLiteral("Hélène Dupont"), QStringLiteral("Rappeler; vite"),
            QDateTime(QDate(2025, 3, 10), QTime(9, 0), Qt::UTC));
        add("b", "BATI", "+33612345678", QStringLiteral("Hélène Dupont"), QStringLiteral("Facture"),
            QDateTime(QDate(2025, 3, 11), QTime(9, 0), Qt::UTC));
        add("c", "ACME", "+33698765432", QStringLiteral("Marc Petit"), QStringLiteral("Livraison"),
            QDateTime(QDate(2025, 3, 12), QTime(9, 0), Qt::UTC));
    }

    Run run(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        env.remove(QStringLiteral("RELAIS_DB"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RELAIS_BINARY_DIR "/app/relais-cli/relais-cli"),
                      QStringList{QStringLiteral("--db"), m_url, QStringLiteral("messages")} + args);
        REQUIRE(process.waitForStarted());
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        Run result{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
        UNSCOPED_INFO("stdout: " << result.out.toStdString() << "\nstderr: " << result.err.toStdString());
        return result;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_url;
};

QStringList idsOf(const QString &json)
{
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        ids << v.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

} // namespace

TEST_CASE("relais-cli messages search prints the matches newest first, as lines or JSON")
{
    Cli cli;
    const Run lines = cli.run({QStringLiteral("search"), QStringLiteral("helene")});
    CHECK(lines.exitCode == 0);
    const QStringList rows = lines.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].startsWith(
        QStringLiteral("2025-03-11 09:00  BATI  +33612345678  Hélène Dupont  [completed]")));

    const Run json =
        cli.run({QStringLiteral("search"), QStringLiteral("06 12 34 56 78"), QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    CHECK(idsOf(json.out) == (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    const Run client = cli.run({QStringLiteral("search"), QStringLiteral("5678"), QStringLiteral("--client"),
                                QStringLiteral("ACME"), QStringLiteral("--json")});
    CHECK(idsOf(client.out) == QStringList{QStringLiteral("a")});
    const Run limited = cli.run({QStringLiteral("search"), QStringLiteral("+33"), QStringLiteral("--limit"),
                                 QStringLiteral("1"), QStringLiteral("--json")});
    CHECK(idsOf(limited.out) == QStringList{QStringLiteral("c")});
    const Run none = cli.run({QStringLiteral("search"), QStringLiteral("\"NEAR*"), QStringLiteral("--json")});
    CHECK(none.exitCode == 0);
    CHECK(idsOf(none.out).isEmpty());
}

TEST_CASE("relais-cli messages refuses bad usage with exit code 2")
{
    Cli cli;
    for (const QStringList &args :
         {QStringList{}, QStringList{QStringLiteral("nope")}, QStringList{QStringLiteral("search")},
          QStringList{QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("b")},
          QStringList{QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("--limit"),
                      QStringLiteral("0")},
          QStringList{QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("--limit"),
                      QStringLiteral("x")},
          QStringList{QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("31/12/2025")},
          QStringList{QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2025-03-12"),
                      QStringLiteral("--to"), QStringLiteral("2025-03-01")},
          QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx")},
          QStringList{QStringLiteral("export"), QStringLiteral("--bogus")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(cli.run(args).exitCode == 2);
    }
}

TEST_CASE("relais-cli messages export writes a French-spreadsheet CSV of the date range, atomically to -o")
{
    Cli cli;
    const QString file = cli.path(QStringLiteral("march.csv"));
    const Run run =
        cli.run({QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2025-03-10"),
                 QStringLiteral("--to"), QStringLiteral("2025-03-11"), QStringLiteral("-o"), file});
    CHECK(run.exitCode == 0);
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "created_at;client;"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3); // header, a, b: the whole --to day is included, c (the 12th) is not
    CHECK(
        lines[1].startsWith(QStringLiteral("2025-03-10 09:00:00;ACME;+33612345678;Hélène Dupont;;completed;0;"
                                           "\"Rappeler; vite\";")));
    CHECK(lines[2].contains(QStringLiteral(";BATI;")));

    const QString unwritable = cli.path(QStringLiteral("no/such/dir/out.csv"));
    CHECK(cli.run({QStringLiteral("export"), QStringLiteral("-o"), unwritable}).exitCode == 1);
    CHECK_FALSE(QFile::exists(unwritable));
}

TEST_CASE("relais-cli messages export writes JSON for one client, chosen by --format or the .json name")
{
    Cli cli;
    const Run out = cli.run({QStringLiteral("export"), QStringLiteral("--client"), QStringLiteral("ACME"),
                             QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(out.exitCode == 0);
    CHECK(idsOf(out.out) == (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    const QString file = cli.path(QStringLiteral("all.json"));
    CHECK(cli.run({QStringLiteral("export"), QStringLiteral("-o"), file}).exitCode == 0);
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(idsOf(QString::fromUtf8(f.readAll())) ==
          (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

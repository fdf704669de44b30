// relais-cli report end to end: the built binary run with QProcess on the report fixture in a SQLite
// file writes the PDF; bad options are refused with exit code 2 and no file.
#include "supervision/reportchecks.h"
#include "supervision/supervisionchecks.h"

#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
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
    // As on a server: no display, no platform chosen; the command picks offscreen itself.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RELAIS_BINARY_DIR "/app/relais-cli/relais-cli"), args);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

TEST_CASE("relais-cli report writes the client's month as a PDF")
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("report.db"));
    relais::test::seedReportFixture(*relais::test::openMigratedOrFail(url));
    const QString out = dir.filePath(QStringLiteral("acme.pdf"));
    const Run run =
        relaisCli({QStringLiteral("--db"), url, QStringLiteral("report"), QStringLiteral("--client"),
                   QStringLiteral("ACME"), QStringLiteral("--month"), QStringLiteral("2024-03"),
                   QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains("5 calls, 4 messages"));
    QFile pdf(out);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.readAll().startsWith("%PDF-"));

    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!tool.isEmpty()) {
        QProcess text;
        text.start(tool, {QStringLiteral("-layout"), out, QStringLiteral("-")});
        REQUIRE(text.waitForFinished(30000));
        const QByteArray printed = text.readAllStandardOutput();
        CHECK(printed.contains("ACME SARL"));
        CHECK(printed.contains("60.0 %"));
        CHECK(printed.contains("Jeanne Dupont"));
    }

    // French by default: the decimal comma and the French month name.
    const QString fr = dir.filePath(QStringLiteral("acme-fr.pdf"));
    const Run french =
        relaisCli({QStringLiteral("--db"), url, QStringLiteral("report"), QStringLiteral("--client"),
                   QStringLiteral("ACME"), QStringLiteral("--month"), QStringLiteral("2024-03"),
                   QStringLiteral("--out"), fr});
    REQUIRE(french.exitCode == 0);
    if (!tool.isEmpty()) {
        QProcess text;
        text.start(tool, {QStringLiteral("-layout"), fr, QStringLiteral("-")});
        REQUIRE(text.waitForFinished(30000));
        const QByteArray printed = text.readAllStandardOutput();
        CHECK(printed.contains("60,0 %"));
        CHECK(printed.contains("mars 2024"));
    }
}

TEST_CASE("relais-cli report refuses missing options, a malformed month and an unknown client")
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("report.db"));
    relais::test::seedReportFixture(*relais::test::openMigratedOrFail(url));
    const QString out = dir.filePath(QStringLiteral("bad.pdf"));
    const QStringList client{QStringLiteral("--client"), QStringLiteral("ACME")};
    const QStringList month{QStringLiteral("--month"), QStringLiteral("2024-03")};
    const QStringList file{QStringLiteral("--out"), out};
    for (const QStringList &bad :
         {month + file, client + file, client + month,
          client + file + QStringList{QStringLiteral("--month"), QStringLiteral("2024-13")},
          client + file + QStringList{QStringLiteral("--month"), QStringLiteral("2024-03-01")},
          client + file + QStringList{QStringLiteral("--month"), QStringLiteral("mars")},
          client + month + file + QStringList{QStringLiteral("--lang"), QStringLiteral("de")},
          client + month + file + QStringList{QStringLiteral("extra")}}) {
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        const Run run = relaisCli(QStringList{QStringLiteral("--db"), url, QStringLiteral("report")} + bad);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains("relais-cli report: ")); // after Qt's own warnings, if any
    }
    const Run unknown =
        relaisCli({QStringLiteral("--db"), url, QStringLiteral("report"), QStringLiteral("--client"),
                   QStringLiteral("NOPE"), QStringLiteral("--month"), QStringLiteral("2024-03"),
                   QStringLiteral("--out"), out});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("NOPE"));
    CHECK_FALSE(QFile::exists(out));
}

// The monthly report rendered offscreen to PDF: the file is a PDF, its pages are counted and numbered,
// and its text (read back with pdftotext when poppler-utils is installed) holds the client and the
// hand-computed figures.
#include "supervision/reportchecks.h"
#include "supervision/supervisionchecks.h"

#include "monthlyreportdocument.h"
#include "monthlyreportpdf.h"
#include "storage/database.h"
#include "supervision/monthlyreport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace relais;

namespace {

// Numbers and months in English whatever the machine's locale; restored after the test.
struct EnglishLocale
{
    QLocale previous;
    EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~EnglishLocale() { QLocale::setDefault(previous); }
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The page objects in the file (Qt writes their dictionaries uncompressed).
int pageObjects(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

// The PDF's text, or a null array when pdftotext is not installed.
QByteArray pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        WARN("pdftotext not found (apt-get install poppler-utils): the PDF's text is not checked");
        return {};
    }
    QProcess process;
    process.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

MonthlyReport longReport(int messages)
{
    MonthlyReport r;
    r.clientCode = QStringLiteral("LONG");
    r.clientName = QStringLiteral("Cabinet Long & Fils");
    r.timeZone = QStringLiteral("Europe/Paris");
    r.firstDay = QDate(2026, 10, 1);
    r.lastDay = QDate(2026, 10, 31);
    r.callsByDay = QList<qint64>(31, 2);
    r.figures.offered = 62;
    for (int i = 0; i < messages; ++i)
        r.messages << MonthlyReportMessage{QDateTime(QDate(2026, 10, 1 + i % 31), QTime(9, i % 60)),
                                           QStringLiteral("Appelant %1").arg(i),
                                           QStringLiteral("+33600000000"),
                                           {},
                                           QStringLiteral("Objet numéro %1").arg(i),
                                           false};
    return r;
}

} // namespace

TEST_CASE("the March report renders to an A4 PDF with the client, the figures and the messages")
{
    EnglishLocale english;
    QTemporaryDir dir;
    auto db = test::openMigratedOrFail(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("r.db")));
    test::seedReportFixture(*db);
    const MonthlyReport report = test::buildOrFail(*db, "ACME", 2024, 3);

    // The document before rendering holds the figures computed by hand (reportchecks.cpp).
    const auto document = MonthlyReportDocument::build(report);
    const QString text = document->toPlainText();
    for (const char *expected :
         {"ACME SARL (ACME)", "March 2024", "Calls offered", "60.0 %", "12 s", "3 min 33 s", "66.7 %",
          "Jeanne Dupont", "Prise de rendez-vous", "prioritaire"})
        CHECK(text.contains(QString::fromUtf8(expected)));

    const QString path = dir.filePath(QStringLiteral("acme-2024-03.pdf"));
    QList<std::pair<int, int>> progress;
    const Result<int> pages = MonthlyReportPdf::write(report, path, [&](int page, int count) {
        progress.append({page, count});
        return true;
    });
    REQUIRE(pages);
    const QByteArray pdf = readAll(path);
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pageObjects(pdf) == *pages);
    CHECK(*pages >= 1);
    CHECK(progress.size() == *pages);
    CHECK(progress.first() == std::pair{1, *pages});
    CHECK(pdf.contains("/MediaBox [0 0 595")); // A4: 595 x 842 points

    const QByteArray printed = pdfText(path);
    INFO(printed.toStdString());
    if (!printed.isNull()) {
        for (const char *expected : {"Monthly report", "ACME SARL (ACME)", "March 2024", "60.0 %",
                                     "3 min 33 s", "Jeanne Dupont", "Page 1 of", "Messages by urgency"})
            CHECK(printed.contains(expected));
    }
}

TEST_CASE("a long report runs over several numbered pages, a cancelled one leaves no file")
{
    EnglishLocale english;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    const Result<int> pages = MonthlyReportPdf::write(longReport(150), path);
    REQUIRE(pages);
    CHECK(*pages >= 3);
    const QByteArray pdf = readAll(path);
    CHECK(pageObjects(pdf) == *pages);
    const QByteArray printed = pdfText(path);
    if (!printed.isNull()) {
        CHECK(printed.contains(QStringLiteral("Page %1 of %1").arg(*pages).toUtf8()));
        CHECK(printed.contains("Appelant 149"));
        CHECK(printed.contains("Cabinet Long & Fils"));
    }

    const QString cancelled = dir.filePath(QStringLiteral("cancelled.pdf"));
    const Result<int> stopped =
        MonthlyReportPdf::write(longReport(150), cancelled, [](int page, int) { return page < 2; });
    CHECK_FALSE(stopped);
    CHECK_FALSE(QFile::exists(cancelled));
}

TEST_CASE("an empty month still makes a short report that says so, in French numbers")
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QTemporaryDir dir;
    auto db = test::openMigratedOrFail(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("r.db")));
    test::seedReportFixture(*db);
    const QString text = MonthlyReportDocument::build(test::buildOrFail(*db, "ACME", 2024, 5))->toPlainText();
    CHECK(text.contains(QStringLiteral("mai 2024")));
    CHECK(text.contains(QStringLiteral("No call was recorded")));
    const QString march =
        MonthlyReportDocument::build(test::buildOrFail(*db, "ACME", 2024, 3))->toPlainText();
    CHECK(march.contains(QStringLiteral("60,0 %"))); // the French decimal comma
    const QString path = dir.filePath(QStringLiteral("may.pdf"));
    const Result<int> pages = MonthlyReportPdf::write(test::buildOrFail(*db, "ACME", 2024, 5), path);
    QLocale::setDefault(QLocale::c());
    REQUIRE(pages);
    CHECK(*pages <= 2); // the figures and both charts: they fit on two pages
}

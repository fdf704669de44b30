// relais-cli report: a client's monthly report as an A4 PDF, ready to send to the client. Also the
// application relais-cli runs on: this command draws text, which needs a QGuiApplication.
#include "clidatabase.h"
#include "commands.h"

#include "monthlyreportpdf.h"
#include "supervision/monthlyreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace relais::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

int usage(const QString &message)
{
    std::fprintf(stderr, "relais-cli report: %s\n", qPrintable(message));
    return 2;
}

// "2026-10" only: a month with a day, or a bare year, is refused rather than guessed.
std::optional<QDate> parseMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate first(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    return first.isValid() ? std::optional<QDate>(first) : std::nullopt;
}

} // namespace

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    // The command is the first argument that is neither an option nor --db's value.
    bool report = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0) {
            ++i;
            continue;
        }
        if (argv[i][0] == '-')
            continue;
        report = std::strcmp(argv[i], "report") == 0;
        break;
    }
    if (!report)
        return std::make_unique<QCoreApplication>(argc, argv);
    // Nothing is shown: the offscreen platform works on a server without a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

int runReport(const GlobalOptions &global, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Writes a client's monthly report as an A4 PDF: calls offered, answered and missed, answer rate, "
        "average time to answer and handling time, qualification rate, messages by urgency, transfers and "
        "appointment requests, calls by day and by hour, and the list of messages. Days and hours are in "
        "the client's time zone."));
    parser.addHelpOption();
    const QCommandLineOption clientOption(QStringLiteral("client"), CliText::tr("The client's code."),
                                          CliText::tr("code"));
    const QCommandLineOption monthOption(QStringLiteral("month"), CliText::tr("The month (YYYY-MM)."),
                                         CliText::tr("month"));
    const QCommandLineOption outOption(QStringLiteral("out"), CliText::tr("The PDF file to write."),
                                       CliText::tr("file"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        CliText::tr("Language of the report: fr (default) or en."),
                                        CliText::tr("language"), QStringLiteral("fr"));
    for (const QCommandLineOption &option : {clientOption, monthOption, outOption, langOption})
        parser.addOption(option);
    if (!parser.parse(QStringList{QStringLiteral("relais-cli report")} + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << QStringLiteral("Usage: relais-cli [--db URL] report --client CODE --month "
                                              "YYYY-MM --out FILE.pdf [--lang fr|en]\n")
                            << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(CliText::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    for (const QCommandLineOption *option : {&clientOption, &monthOption, &outOption})
        if (parser.value(*option).isEmpty())
            return usage(CliText::tr("--%1 is required").arg(option->names().first()));
    const std::optional<QDate> month = parseMonth(parser.value(monthOption));
    if (!month)
        return usage(
            CliText::tr("--month needs a month as YYYY-MM, not '%1'").arg(parser.value(monthOption)));
    const QString language = parser.value(langOption);
    if (language != QStringLiteral("fr") && language != QStringLiteral("en"))
        return usage(CliText::tr("--lang is fr or en, not '%1'").arg(language));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        std::fprintf(stderr, "relais-cli: the report needs the graphical application\n");
        return 1;
    }

    QTranslator translator;
    if (language == QStringLiteral("en"))
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (language == QStringLiteral("fr")) {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        if (translator.load(QStringLiteral(":/i18n/relais_fr.qm")))
            QCoreApplication::installTranslator(&translator);
    }

    const Result<OpenedDatabase> opened = openDatabase(global);
    if (!opened) {
        std::fprintf(stderr, "relais-cli: %s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    const Result<MonthlyReport> report =
        MonthlyReportBuilder(*opened->db).build(parser.value(clientOption), *month);
    if (!report) {
        std::fprintf(stderr, "relais-cli: %s\n", qPrintable(report.error().toString()));
        return 1;
    }
    const Result<int> pages = MonthlyReportPdf::write(*report, parser.value(outOption));
    if (!pages) {
        std::fprintf(stderr, "relais-cli: %s\n", qPrintable(pages.error().toString()));
        return 1;
    }
    QTextStream(stdout) << CliText::tr("%1: %2 pages, %3 calls, %4 messages\n")
                               .arg(parser.value(outOption))
                               .arg(*pages)
                               .arg(report->figures.offered)
                               .arg(report->messages.size());
    return 0;
}

} // namespace relais::cli

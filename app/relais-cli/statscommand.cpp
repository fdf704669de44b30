// relais-cli stats: the supervision figures (answer rate, time to answer, handling time,
// qualification, actions, volume by hour) for a period, a client and an operator, as a table, JSON
// or CSV for a French spreadsheet.
#include "clidatabase.h"
#include "commands.h"

#include "supervision/kpicalculator.h"
#include "supervision/kpiexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace relais::cli {

namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under CliText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

int usage(const QString &message)
{
    std::fprintf(stderr, "relais-cli stats: %s\n", qPrintable(message));
    return 2;
}

// A day as YYYY-MM-DD; anything else is refused rather than read as "no limit".
std::optional<QDate> parseDay(const QString &text, bool *ok)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    *ok = day.isValid() && text.size() == 10;
    return *ok ? std::optional<QDate>(day) : std::nullopt;
}

} // namespace

int runStats(const GlobalOptions &global, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Prints the supervision figures of the recorded calls: offered, answered, answer rate, average "
        "and 90th percentile time to answer, average handling time, messages, filtered, incomplete, "
        "qualification rate, actions, per client and per operator, and the calls by hour. Days are "
        "whole days in each client's time zone."));
    parser.addHelpOption();
    const QCommandLineOption fromOption(QStringLiteral("from"), CliText::tr("First day (YYYY-MM-DD)."),
                                        CliText::tr("day"));
    const QCommandLineOption toOption(QStringLiteral("to"), CliText::tr("Last day, included (YYYY-MM-DD)."),
                                      CliText::tr("day"));
    const QCommandLineOption clientOption(QStringLiteral("client"), CliText::tr("Only this client's calls."),
                                          CliText::tr("code"));
    const QCommandLineOption operatorOption(QStringLiteral("operator"),
                                            CliText::tr("Only this operator's calls."), CliText::tr("login"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliText::tr("Print JSON."));
    const QCommandLineOption csvOption(
        QStringLiteral("csv"),
        CliText::tr("Print CSV for a spreadsheet (UTF-8 with BOM, ';', decimal comma)."));
    for (const QCommandLineOption &option :
         {fromOption, toOption, clientOption, operatorOption, jsonOption, csvOption})
        parser.addOption(option);
    if (!parser.parse(QStringList{QStringLiteral("relais-cli stats")} + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << QStringLiteral(
                                   "Usage: relais-cli [--db URL] stats [--from D] [--to D] [--client "
                                   "CODE] [--operator LOGIN] [--json|--csv]\n")
                            << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(CliText::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (parser.isSet(jsonOption) && parser.isSet(csvOption))
        return usage(CliText::tr("--json and --csv exclude each other"));

    KpiFilter filter;
    for (const auto &[option, target] :
         {std::pair{&fromOption, &filter.from}, std::pair{&toOption, &filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = parseDay(parser.value(*option), &ok);
        if (!ok)
            return usage(CliText::tr("--%1 needs a day as YYYY-MM-DD, not '%2'")
                             .arg(option->names().first(), parser.value(*option)));
    }
    if (filter.from && filter.to && *filter.from > *filter.to)
        return usage(CliText::tr("--from %1 is after --to %2")
                         .arg(filter.from->toString(Qt::ISODate), filter.to->toString(Qt::ISODate)));
    filter.clientCode = parser.value(clientOption);
    filter.operatorLogin = parser.value(operatorOption);

    const Result<OpenedDatabase> opened = openDatabase(global);
    if (!opened) {
        std::fprintf(stderr, "relais-cli: %s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    const Result<KpiReport> report = KpiCalculator(*opened->db).compute(filter);
    if (!report) {
        std::fprintf(stderr, "relais-cli: %s\n", qPrintable(report.error().toString()));
        return 1;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    if (parser.isSet(jsonOption))
        out.write(kpiJson(*report));
    else if (parser.isSet(csvOption))
        out.write(kpiCsv(*report));
    else
        out.write(kpiTable(*report).toUtf8());
    return 0;
}

} // namespace relais::cli

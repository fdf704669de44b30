// relais-cli migrate: applies the schema migrations to the database and prints its schema version.
#include "clidatabase.h"
#include "commands.h"

#include "storage/database.h"
#include "storage/databaseurl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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

int fail(const QString &message)
{
    std::fprintf(stderr, "relais-cli: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int runMigrate(const GlobalOptions &global, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Applies every schema migration the database lacks, each in one transaction, and prints the "
        "schema version. Running it again changes nothing."));
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("relais-cli migrate")} + args)) {
        std::fprintf(stderr, "relais-cli migrate: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // The parser's own usage line names the binary, not the command.
        QTextStream(stdout) << QStringLiteral("Usage: relais-cli [--db URL] migrate\n")
                            << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "relais-cli migrate: unexpected argument '%s'\n",
                     qPrintable(parser.positionalArguments().first()));
        return 2;
    }

    const Result<OpenedDatabase> opened = openDatabase(global);
    if (!opened)
        return fail(opened.error().toString());
    QTextStream(stdout)
        << CliText::tr("schema version %1 (%2)").arg(opened->db->schemaVersion()).arg(opened->url.redacted())
        << Qt::endl;
    return 0;
}

} // namespace relais::cli

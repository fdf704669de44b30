// relais-cli: headless Relais. Parses the global options and hands the rest to one command.
#include "commands.h"
#include "common/translations.h"

#include "logging/logging.h"
#include "security/secretstore.h"
#include "security/secreturl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <functional>
#include <map>
#include <memory>

namespace {

struct Command
{
    const char *summary;
    std::function<int(const relais::cli::GlobalOptions &, const QStringList &)> run;
};

const std::map<QString, Command> &commands()
{
    using namespace relais::cli;
    static const std::map<QString, Command> table{
        {QStringLiteral("migrate"), {"Apply the schema migrations and print the schema version", runMigrate}},
        {QStringLiteral("clients"),
         {"List the client accounts and their dialed numbers [--json]", runClients}},
        {QStringLiteral("consignes"), {"Validate, import, export and diff consignes files", runConsignes}},
        {QStringLiteral("watch"), {"Connect to a call source and print each pop as a JSON line", runWatch}},
        {QStringLiteral("messages"), {"Search the messages, or export them as CSV or JSON", runMessages}},
        {QStringLiteral("sync"),
         {"Sync the local messages with the shared PostgreSQL database [--once]", runSync}},
        {QStringLiteral("stats"),
         {"Supervision figures (answer rate, times, qualification) [--json|--csv]", runStats}},
        {QStringLiteral("users"), {"Add, change the password of, disable and list users", runUsers}},
        {QStringLiteral("purge"),
         {"Delete the messages past their client's retention period [--dry-run]", runPurge}},
        {QStringLiteral("report"),
         {"Write a client's monthly report as a PDF (--client CODE --month YYYY-MM --out FILE)", runReport}},
        {QStringLiteral("generate"),
         {"Fill the database with generated clients and messages (benchmarks)", runGenerate}},
        {QStringLiteral("deliver"),
         {"Send the messages to the clients (email, SMS), escalate, acknowledge [--once]", runDeliver}},
        {QStringLiteral("secrets"),
         {"Keep a password in the system keychain: set|remove NAME (value from stdin)", runSecrets}},
        {QStringLiteral("roles-sql"),
         {"Print the SQL for the PostgreSQL roles relais_operator/supervisor/admin", runRolesSql}},
    };
    return table;
}

QString commandList()
{
    QString text = QStringLiteral("\nCommands:\n");
    for (const auto &[name, command] : commands())
        text += QStringLiteral("  %1  %2\n").arg(name, -10).arg(QString::fromUtf8(command.summary));
    text += QStringLiteral("\nRun 'relais-cli COMMAND --help' for a command's options.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = relais::cli::makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relais"));
    QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAIS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Relais, headless: data, consignes, sync, delivery, reports, users and call sources."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral(
            "Database URL: sqlite:///path/file.db or postgresql://user@host:port/db (default: RELAIS_DB, "
            "else the embedded SQLite file)."),
        QStringLiteral("url"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Log debug lines to stderr."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QStringLiteral(
            "Language of messages, reports and the delivery pages: fr or en (default: the system's)."),
        QStringLiteral("fr|en"));
    parser.addOption(dbOption);
    parser.addOption(verboseOption);
    parser.addOption(langOption);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("One of the commands below, then its own options (COMMAND --help)."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    const QStringList arguments = QCoreApplication::arguments();
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "relais-cli: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        QTextStream(stdout) << parser.helpText() << commandList();
        return positional.isEmpty() && !parser.isSet(QStringLiteral("help")) ? 2 : 0;
    }

    const QString language = parser.value(langOption);
    if (!language.isEmpty() && language != QLatin1String("fr") && language != QLatin1String("en")) {
        std::fprintf(stderr, "relais-cli: --lang takes fr or en, not '%s'\n", qPrintable(language));
        return 2;
    }
    QTranslator qtTranslator;
    QTranslator relaisTranslator;
    relais::installFrench(*app, language, qtTranslator, relaisTranslator);

    relais::logging::setup({
        .directory = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation),
        .level = parser.isSet(verboseOption) ? spdlog::level::debug : spdlog::level::warn,
        .toStderr = true,
    });

    const auto command = commands().find(positional.first());
    if (command == commands().end()) {
        std::fprintf(stderr, "relais-cli: unknown command '%s'%s", qPrintable(positional.first()),
                     qPrintable(commandList()));
        return 2;
    }
    relais::cli::GlobalOptions global;
    global.databaseUrl = parser.isSet(dbOption) ? parser.value(dbOption) : qEnvironmentVariable("RELAIS_DB");
    if (global.databaseUrl.startsWith(QLatin1String("postgres"))) {
        // A URL without its password takes the one kept by `relais-cli secrets set`.
        relais::SecretStore secrets(relais::SecretStore::optionsFromEnvironment());
        global.databaseUrl = relais::withStoredSecret(global.databaseUrl, secrets);
    }
    return command->second.run(global, positional.mid(1));
}

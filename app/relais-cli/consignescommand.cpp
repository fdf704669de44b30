// relais-cli consignes: validate, import, export, versions and diff of client consignes. The work is done
// in core (storage/consigneshistory.h, consignes/consignesdiff.h); this file parses options and prints.
#include "commands.h"

#include "cliactor.h"
#include "common/clock.h"
#include "consignes/consignesdiff.h"
#include "phone/phonenumbers.h"
#include "security/auditlog.h"
#include "storage/consigneshistory.h"
#include "storage/database.h"
#include "storage/databaseurl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <memory>

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

int usage(const QString &message)
{
    std::fprintf(stderr, "relais-cli consignes: %s\n", qPrintable(message));
    return 2;
}

const char *const kUsage = "Usage: relais-cli [--db URL] consignes validate FILE...\n"
                           "       relais-cli [--db URL] consignes import FILE... [--author NAME]\n"
                           "       relais-cli [--db URL] consignes export [--client CODE] [-o FILE]\n"
                           "       relais-cli [--db URL] consignes versions CODE\n"
                           "       relais-cli [--db URL] consignes diff CODE V1 V2\n";

// The database, migrated; nullptr after printing why not.
std::unique_ptr<Database> openDatabase(const GlobalOptions &global)
{
    const Result<DatabaseUrl> url = global.databaseUrl.isEmpty()
                                        ? Result<DatabaseUrl>(DatabaseUrl::defaultLocal())
                                        : DatabaseUrl::parse(global.databaseUrl);
    if (!url) {
        fail(url.error().toString());
        return nullptr;
    }
    Result<std::unique_ptr<Database>> db = Database::open(*url);
    if (!db) {
        fail(db.error().toString());
        return nullptr;
    }
    if (Status migrated = (*db)->migrate(); !migrated) {
        fail(migrated.error().toString());
        return nullptr;
    }
    return std::move(db).value();
}

// Prints every error, and with `sayOk` every good file; true when all are good.
bool reportChecks(const QList<ConsignesFileCheck> &checks, bool sayOk)
{
    bool good = true;
    for (const ConsignesFileCheck &check : checks) {
        if (check.errors.isEmpty()) {
            if (sayOk)
                QTextStream(stdout) << QCoreApplication::translate("CliText", "%1: ok (%n clients)", nullptr,
                                                                   static_cast<int>(check.clients.size()))
                                           .arg(check.path)
                                    << Qt::endl;
            continue;
        }
        good = false;
        for (const Error &error : check.errors)
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
    }
    return good;
}

int validate(const QStringList &files)
{
    const PhoneNumbers phones;
    return reportChecks(checkConsignesFiles(files, phones), true) ? 0 : 1;
}

int import(const GlobalOptions &global, const QStringList &files, const QString &author)
{
    const PhoneNumbers phones;
    const QList<ConsignesFileCheck> checks = checkConsignesFiles(files, phones);
    if (!reportChecks(checks, false))
        return fail(CliText::tr("nothing was imported"));
    QList<Consignes> clients;
    for (const ConsignesFileCheck &check : checks)
        clients.append(check.clients);
    const std::unique_ptr<Database> db = openDatabase(global);
    if (!db)
        return 1;
    const Result<ConsignesImportSummary> summary = importConsignes(*db, phones, clients, author);
    if (!summary)
        return fail(summary.error().toString());
    // Each new version audited (consignes.change) under the system account that ran the import.
    const SystemClock clock{};
    AuditLog audit(*db, clock);
    for (const QString &code : summary->savedCodes)
        if (Status s = audit.record(cliActor().login, audit::consignesChange, code,
                                    QStringLiteral("import, author %1").arg(author));
            !s)
            return fail(s.error().toString());
    QTextStream(stdout) << CliText::tr("imported %1 clients (%2 new versions, %3 unchanged)")
                               .arg(summary->clients)
                               .arg(summary->newVersions)
                               .arg(summary->unchanged)
                        << Qt::endl;
    return 0;
}

int exportTo(const GlobalOptions &global, const QString &client, const QString &output)
{
    const PhoneNumbers phones;
    const std::unique_ptr<Database> db = openDatabase(global);
    if (!db)
        return 1;
    const Result<QByteArray> document = exportConsignes(*db, phones, client);
    if (!document)
        return fail(document.error().toString());
    if (output.isEmpty() || output == QStringLiteral("-")) {
        std::fwrite(document->constData(), 1, static_cast<size_t>(document->size()), stdout);
        return std::fflush(stdout) == 0 ? 0 : fail(CliText::tr("cannot write the export to stdout"));
    }
    if (Status written = writeFileAtomically(output, *document); !written)
        return fail(written.error().toString());
    return 0;
}

int versions(const GlobalOptions &global, const QString &code)
{
    const PhoneNumbers phones;
    const std::unique_ptr<Database> db = openDatabase(global);
    if (!db)
        return 1;
    const Result<QList<ConsignesVersionInfo>> list = ConsignesHistory(*db, phones).versions(code);
    if (!list)
        return fail(list.error().toString());
    QTextStream out(stdout);
    out << CliText::tr("version  saved at             author  size") << Qt::endl;
    for (const ConsignesVersionInfo &info : *list)
        out << QStringLiteral("%1  %2  %3  %4")
                   .arg(info.version, 7)
                   .arg(info.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -19)
                   .arg(info.author, -6)
                   .arg(QLocale::system().formattedDataSize(info.size))
            << Qt::endl;
    return 0;
}

int diff(const GlobalOptions &global, const QString &code, const QString &first, const QString &second)
{
    bool ok1 = false;
    bool ok2 = false;
    const int v1 = first.toInt(&ok1);
    const int v2 = second.toInt(&ok2);
    if (!ok1 || !ok2 || v1 < 1 || v2 < 1)
        return usage(CliText::tr("versions are numbers from 1 (see 'consignes versions %1')").arg(code));
    const PhoneNumbers phones;
    const std::unique_ptr<Database> db = openDatabase(global);
    if (!db)
        return 1;
    ConsignesHistory history(*db, phones);
    const Result<Consignes> before = history.load(code, v1);
    if (!before)
        return fail(before.error().toString());
    const Result<Consignes> after = history.load(code, v2);
    if (!after)
        return fail(after.error().toString());
    const QList<ConsignesChange> changes = diffConsignes(*before, *after);
    QTextStream out(stdout);
    if (changes.isEmpty())
        out << CliText::tr("%1: versions %2 and %3 are identical").arg(code).arg(v1).arg(v2) << Qt::endl;
    for (const ConsignesChange &change : changes)
        out << change.text << Qt::endl;
    return 0;
}

} // namespace

int runConsignes(const GlobalOptions &global, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Client consignes: validate files, import them all or nothing (identical consignes make no new "
        "version), export the latest versions as one canonical document, list a client's versions and show "
        "what changed between two."));
    parser.addHelpOption();
    const QCommandLineOption authorOption(
        QStringLiteral("author"),
        CliText::tr("import: the name recorded with the new versions (default: $USER)."),
        QStringLiteral("name"));
    const QCommandLineOption clientOption(QStringLiteral("client"), CliText::tr("export: only this client."),
                                          QStringLiteral("code"));
    const QCommandLineOption outputOption(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        CliText::tr("export: write to this file (atomically) instead of stdout."), QStringLiteral("file"));
    parser.addOptions({authorOption, clientOption, outputOption});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 CliText::tr("validate, import, export, versions or diff"));
    if (!parser.parse(QStringList{QStringLiteral("relais-cli consignes")} + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // The parser's own usage line names the binary, not the command.
        QTextStream(stdout) << QString::fromUtf8(kUsage) << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QStringList rest = positional.mid(1);
    const auto only = [&](const QString &allowed) {
        for (const QCommandLineOption *option : {&authorOption, &clientOption, &outputOption})
            if (parser.isSet(*option) && option->names().constFirst() != allowed)
                return false;
        return true;
    };

    if (action == QStringLiteral("validate") && !rest.isEmpty() && only({}))
        return validate(rest);
    if (action == QStringLiteral("import") && !rest.isEmpty() && only(QStringLiteral("author"))) {
        QString author = parser.value(authorOption);
        if (author.isEmpty())
            author = qEnvironmentVariable("USER", QStringLiteral("relais-cli"));
        return import(global, rest, author);
    }
    if (action == QStringLiteral("export") && rest.isEmpty() && !parser.isSet(authorOption))
        return exportTo(global, parser.value(clientOption), parser.value(outputOption));
    if (action == QStringLiteral("versions") && rest.size() == 1 && only({}))
        return versions(global, rest[0]);
    if (action == QStringLiteral("diff") && rest.size() == 3 && only({}))
        return diff(global, rest[0], rest[1], rest[2]);
    std::fprintf(stderr, "%s", kUsage);
    return 2;
}

} // namespace relais::cli

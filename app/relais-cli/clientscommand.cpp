// relais-cli clients: lists the client accounts and their dialed numbers, as text or JSON. An empty
// embedded store (or a fresh SQLite file) is first seeded with the demo clients.
#include "clidatabase.h"
#include "commands.h"

#include "phone/phonenumbers.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/databaseurl.h"
#include "storage/demoseed.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QByteArray toJson(const QList<ClientEntry> &clients)
{
    QJsonArray array;
    for (const ClientEntry &entry : clients) {
        const Consignes &c = *entry.consignes;
        array.append(
            QJsonObject{{QStringLiteral("code"), c.code},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("sector"), c.sector},
                        {QStringLiteral("dialedNumbers"), QJsonArray::fromStringList(c.dialedNumbers)}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace

int runClients(const GlobalOptions &global, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Lists the client accounts with their dialed numbers (E.164), one per line: CODE  Name  numbers. "
        "An empty embedded database is first filled with the demo clients."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), CliText::tr("Print a JSON array of {code, name, sector, dialedNumbers}."));
    parser.addOption(jsonOption);
    if (!parser.parse(QStringList{QStringLiteral("relais-cli clients")} + args)) {
        std::fprintf(stderr, "relais-cli clients: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // The parser's own usage line names the binary, not the command.
        QTextStream(stdout) << QStringLiteral("Usage: relais-cli [--db URL] clients [--json]\n")
                            << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "relais-cli clients: unexpected argument '%s'\n",
                     qPrintable(parser.positionalArguments().first()));
        return 2;
    }

    const PhoneNumbers phones;
    const Result<OpenedDatabase> opened = openDatabase(global, &phones);
    if (!opened)
        return fail(opened.error().toString());
    Database &db = *opened->db;
    const Result<QList<ClientEntry>> clients = ClientRepository(db, phones).loadLatest();
    if (!clients)
        return fail(clients.error().toString());

    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
        out << QString::fromUtf8(toJson(*clients));
        return 0;
    }
    for (const ClientEntry &entry : *clients)
        out << entry.consignes->code << QStringLiteral("  ") << entry.consignes->name << QStringLiteral("  ")
            << entry.consignes->dialedNumbers.join(QStringLiteral(", ")) << Qt::endl;
    return 0;
}

} // namespace relais::cli

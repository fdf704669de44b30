// relais-cli purge: deletes the messages past their client's retention period (their call records
// are anonymised), in one transaction, and audits it; --dry-run only counts.
#include "clidatabase.h"
#include "commands.h"

#include "common/clock.h"
#include "security/auditlog.h"
#include "security/retentionpurge.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace relais::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

int usage(const QString &message)
{
    std::fprintf(stderr, "relais-cli purge: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int runPurge(const GlobalOptions &global, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Deletes the messages older than their client's retention period (retentionDays in the "
                    "consignes; 365 days for an unknown client), with their amendment history and reviews, "
                    "and anonymises their call records. All in one transaction, audited."));
    parser.addHelpOption();
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          CliText::tr("Count only; change nothing."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliText::tr("Print JSON."));
    parser.addOptions({dryRunOption, jsonOption});
    if (!parser.parse(QStringList{QStringLiteral("relais-cli purge")} + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << QStringLiteral("Usage: relais-cli [--db URL] purge [--dry-run] [--json]\n")
                            << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(CliText::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    const Result<OpenedDatabase> opened = openDatabase(global);
    if (!opened) {
        std::fprintf(stderr, "relais-cli purge: %s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    const SystemClock clock;
    AuditLog audit(*opened->db, clock);
    RetentionPurge purge(*opened->db, clock, audit);
    // Whoever can run the command line on the database holds its credentials: an administrator.
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME", QStringLiteral("?")));
    const auto report =
        purge.run(Actor{QStringLiteral("cli:") + user, Role::Admin}, parser.isSet(dryRunOption));
    if (!report) {
        std::fprintf(stderr, "relais-cli purge: %s\n", qPrintable(report.error().toString()));
        return 1;
    }
    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
        QJsonArray clients;
        for (const auto &c : report->byClient)
            clients.append(QJsonObject{{QStringLiteral("client"), c.clientCode},
                                       {QStringLiteral("messages"), c.messages}});
        out << QString::fromUtf8(
                   QJsonDocument(QJsonObject{{QStringLiteral("dryRun"), report->dryRun},
                                             {QStringLiteral("messages"), report->messages},
                                             {QStringLiteral("callsAnonymised"), report->callsAnonymised},
                                             {QStringLiteral("clients"), clients}})
                       .toJson(QJsonDocument::Compact))
            << Qt::endl;
        return 0;
    }
    for (const auto &c : report->byClient)
        out << QStringLiteral("%1  %2\n")
                   .arg(c.clientCode.isEmpty() ? QStringLiteral("-") : c.clientCode, -20)
                   .arg(c.messages);
    out << (report->dryRun ? CliText::tr("dry run: %1 messages would be deleted\n")
                           : CliText::tr("%1 messages deleted, %2 call records anonymised\n"))
               .arg(report->messages)
               .arg(report->callsAnonymised);
    return 0;
}

} // namespace relais::cli

// relais-cli messages: search the stored messages and export them (CSV for a French spreadsheet, JSON),
// through the same core code as the console's search field.
#include "cliactor.h"
#include "clidatabase.h"
#include "commands.h"

#include "common/clock.h"
#include "messages/messageexport.h"
#include "messages/messagesearch.h"
#include "security/auditlog.h"
#include "security/guardedmessages.h"
#include "storage/database.h"
#include "storage/messagerepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>

#include "messages/messagecodec.h"

#include <cstdio>
#include <optional>

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
    std::fprintf(stderr, "relais-cli messages: %s\n", qPrintable(message));
    return 1;
}

int usage(const QString &message)
{
    std::fprintf(stderr, "relais-cli messages: %s\n", qPrintable(message));
    return 2;
}

const char *const usageText =
    "Usage: relais-cli [--db URL] messages search TEXT [--client CODE] [--limit N] [--json]\n"
    "       relais-cli [--db URL] messages export [--client CODE] [--from DATE] [--to DATE]\n"
    "                                            [--format csv|json] [-o FILE]\n";

// "2025-03-10" (a whole day, local time) or an ISO 8601 date and time. `endOfDay`: a bare date as the
// end of an inclusive range means the start of the next day.
std::optional<QDateTime> parseDate(const QString &text, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return QDateTime(endOfDay ? day.addDays(1) : day, QTime(0, 0), Qt::LocalTime).toUTC();
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (at.isValid())
        return at.toUTC();
    return std::nullopt;
}

QString line(const Message &m)
{
    QString flags = toString(m.status);
    if (m.incomplete)
        flags += QStringLiteral(",incomplete");
    if (!m.urgency.isEmpty())
        flags += QLatin1Char(',') + m.urgency;
    const QString notes = m.notes.simplified();
    return QStringLiteral("%1  %2  %3  %4  [%5]  %6")
        .arg(m.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), m.clientCode,
             m.callerNumber.isEmpty() ? QStringLiteral("-") : m.callerNumber,
             m.callerName.isEmpty() ? QStringLiteral("-") : m.callerName, flags,
             notes.size() > 80 ? notes.left(79) + QStringLiteral("…") : notes);
}

int runSearch(const GlobalOptions &global, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption clientOption(
        QStringLiteral("client"), CliText::tr("Only this client's messages."), QStringLiteral("CODE"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         CliText::tr("At most N messages (default 50)."), QStringLiteral("N"),
                                         QStringLiteral("50"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        CliText::tr("Print a JSON array of messages."));
    parser.addOptions({clientOption, limitOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("TEXT"),
                                 CliText::tr("A caller number (any form, or its end) or words."));
    if (!parser.parse(QStringList{QStringLiteral("relais-cli messages search")} + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << QString::fromUtf8(usageText)
                            << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(CliText::tr("search needs one TEXT (quote it when it holds spaces)"));
    bool ok = false;
    const int limit = parser.value(limitOption).toInt(&ok);
    if (!ok || limit < 1 || limit > MessageSearchRequest::maxLimit)
        return usage(
            CliText::tr("--limit must be a number from 1 to %1").arg(MessageSearchRequest::maxLimit));

    const Result<OpenedDatabase> opened = openDatabase(global);
    if (!opened)
        return fail(opened.error().toString());
    const Result<QList<Message>> found =
        MessageSearch(*opened->db)
            .search(MessageSearchRequest{
                parser.positionalArguments().first(), parser.value(clientOption), limit, {}});
    if (!found)
        return fail(found.error().toString());
    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Message &m : *found)
            array.append(messagecodec::toJson(m));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const Message &m : *found)
        out << line(m) << Qt::endl;
    if (found->isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(CliText::tr("no message found")));
    return 0;
}

int runExport(const GlobalOptions &global, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption clientOption(
        QStringLiteral("client"), CliText::tr("Only this client's messages."), QStringLiteral("CODE"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        CliText::tr("Messages created on or after DATE (YYYY-MM-DD, local time, or ISO 8601)."),
        QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      CliText::tr("Messages created up to DATE, that whole day included."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        CliText::tr("csv (UTF-8 with BOM, ';': opens in a French spreadsheet) or json; "
                    "default: from the -o file's extension, else csv."),
        QStringLiteral("csv|json"));
    const QCommandLineOption outputOption(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        CliText::tr("Write to FILE (atomically) instead of the standard output."), QStringLiteral("FILE"));
    parser.addOptions({clientOption, fromOption, toOption, formatOption, outputOption});
    if (!parser.parse(QStringList{QStringLiteral("relais-cli messages export")} + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << QString::fromUtf8(usageText)
                            << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(CliText::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    std::optional<QDateTime> from, to;
    if (parser.isSet(fromOption) && !(from = parseDate(parser.value(fromOption), false)))
        return usage(
            CliText::tr("--from '%1' is not a date (YYYY-MM-DD or ISO 8601)").arg(parser.value(fromOption)));
    if (parser.isSet(toOption) && !(to = parseDate(parser.value(toOption), true)))
        return usage(
            CliText::tr("--to '%1' is not a date (YYYY-MM-DD or ISO 8601)").arg(parser.value(toOption)));
    if (from && to && *from >= *to)
        return usage(CliText::tr("--from must come before --to"));
    const QString output = parser.value(outputOption);
    QString format = parser.value(formatOption).toLower();
    if (format.isEmpty())
        format = output.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? QStringLiteral("json")
                                                                              : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usage(CliText::tr("--format must be csv or json, not '%1'").arg(format));

    const Result<OpenedDatabase> opened = openDatabase(global);
    if (!opened)
        return fail(opened.error().toString());
    // Through the guard, so the export is audited (messages.export, range and count) like the console's.
    const SystemClock clock{};
    MessageRepository repository(*opened->db);
    AuditLog audit(*opened->db, clock);
    const Result<QList<Message>> messages =
        GuardedMessages(*opened->db, repository, audit)
            .exportBetween(cliActor(), from.value_or(QDateTime()), to.value_or(QDateTime()),
                           parser.value(clientOption));
    if (!messages)
        return fail(messages.error().toString());
    const QByteArray bytes = messageexport::write(
        *messages, format == QLatin1String("csv") ? messageexport::Format::Csv : messageexport::Format::Json,
        QTimeZone::systemTimeZone());
    if (output.isEmpty() || output == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return fail(CliText::tr("cannot write to the standard output"));
        return 0;
    }
    // QSaveFile: the file appears whole or not at all, never a half-written export.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(CliText::tr("cannot write %1: %2").arg(output, file.errorString()));
    std::fprintf(stderr, "%s\n",
                 qPrintable(CliText::tr("%1 messages written to %2").arg(messages->size()).arg(output)));
    return 0;
}

} // namespace

int runMessages(const GlobalOptions &global, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("search"))
        return runSearch(global, args.mid(1));
    if (sub == QLatin1String("export"))
        return runExport(global, args.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        QTextStream(stdout) << QString::fromUtf8(usageText);
        return 0;
    }
    std::fprintf(stderr, "%s%s",
                 qPrintable(sub.isEmpty() ? CliText::tr("relais-cli messages: search or export?\n")
                                          : CliText::tr("relais-cli messages: unknown '%1'\n").arg(sub)),
                 usageText);
    return 2;
}

} // namespace relais::cli

// relais-cli generate: fills a store (SQLite or PostgreSQL) with realistic, repeatable client accounts
// and messages at a real service's scale, for benchmarks and demos.
#include "clidatabase.h"
#include "commands.h"

#include "generate/datagenerator.h"
#include "phone/phonenumbers.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/messagerepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

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
    std::fprintf(stderr, "relais-cli generate: %s\n", qPrintable(message));
    return 1;
}

int usage(const QString &message)
{
    std::fprintf(stderr, "relais-cli generate: %s\n", qPrintable(message));
    return 2;
}

const char *const usageText = "Usage: relais-cli [--db URL] generate --clients N --messages M [--seed S]\n"
                              "                  [--until DATE] [--days D] [--batch B] [--append]\n";

struct Plan
{
    int clients = 0;
    qint64 messages = 0;
    quint32 seed = 1;
    QDateTime until;
    int days = 365;
    int batch = 5000;
    bool append = false;
};

// Saves the generated clients that are not in the store yet (an --append run keeps the stored ones).
Result<int> saveNewClients(Database &db, const PhoneNumbers &phones, const QList<Consignes> &generated)
{
    ClientRepository repo(db, phones);
    const auto stored = repo.loadLatest();
    if (!stored)
        return stored.error();
    QSet<QString> have;
    for (const ClientEntry &entry : *stored)
        have.insert(entry.consignes->code);
    QList<Consignes> fresh;
    for (const Consignes &c : generated)
        if (!have.contains(c.code))
            fresh.append(c);
    if (fresh.isEmpty())
        return 0;
    return repo.saveAll(fresh, QStringLiteral("generate"));
}

// One transaction per batch: a bulk load, not the console's one-message-one-commit path.
Status saveBatch(Database &db, MessageRepository &repo, const QList<Message> &batch)
{
    if (Status begun = db.beginWrite(); !begun)
        return begun;
    for (const Message &m : batch)
        if (Status saved = repo.save(m); !saved) {
            db.connection().rollback();
            return saved;
        }
    if (!db.connection().commit())
        return Error{CliText::tr("cannot commit a batch of generated messages"), db.url().redacted()};
    return success();
}

int generate(const GlobalOptions &global, const Plan &plan)
{
    const PhoneNumbers phones;
    const Result<OpenedDatabase> opened = openDatabase(global);
    if (!opened)
        return fail(opened.error().toString());
    Database &db = *opened->db;
    MessageRepository messages(db);
    const Result<qint64> already = messages.count();
    if (!already)
        return fail(already.error().toString());
    if (*already > 0 && !plan.append)
        return fail(CliText::tr("%1 already holds %2 messages; pass --append to add more")
                        .arg(db.url().redacted())
                        .arg(*already));

    QElapsedTimer timer;
    timer.start();
    DataGenerator generator(phones, plan.seed);
    const QList<Consignes> clients = generator.clients(plan.clients);
    const Result<int> savedClients = saveNewClients(db, phones, clients);
    if (!savedClients)
        return fail(savedClients.error().toString());
    std::fprintf(stderr, "%d client accounts (%d new) in %.1f s\n", plan.clients, *savedClients,
                 double(timer.elapsed()) / 1000.0);

    // Appending with the same seed must not remake the stored messages' ids (that would update them,
    // not add): the messages' generator is seeded with the seed and the number already stored.
    DataGenerator messageGenerator(phones, plan.seed ^ quint32(*already * 2654435761u));
    DataGenerator &source = *already > 0 ? messageGenerator : generator;
    const bool terminal = isatty(fileno(stderr)) != 0;
    for (qint64 done = 0; done < plan.messages;) {
        const int n = int(std::min<qint64>(plan.batch, plan.messages - done));
        if (Status saved = saveBatch(db, messages, source.messages(clients, n, plan.until, plan.days));
            !saved)
            return fail(saved.error().toString());
        done += n;
        const double seconds = double(timer.elapsed()) / 1000.0;
        if (terminal || done == plan.messages || done % (plan.batch * 20) == 0)
            std::fprintf(stderr, "%sgenerated %lld / %lld messages (%.0f s)%s", terminal ? "\r" : "",
                         static_cast<long long>(done), static_cast<long long>(plan.messages), seconds,
                         terminal && done < plan.messages ? "" : "\n");
    }
    QTextStream(stdout) << CliText::tr("%1: %2 client accounts, %3 messages added (seed %4) in %5 s")
                               .arg(db.url().redacted())
                               .arg(plan.clients)
                               .arg(plan.messages)
                               .arg(plan.seed)
                               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                        << Qt::endl;
    return 0;
}

} // namespace

int runGenerate(const GlobalOptions &global, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Fills the database with generated client accounts (full consignes, French names and numbers) "
        "and messages, the same for the same seed and --until. Messages go in batched transactions. "
        "A database that already holds messages is refused unless --append."));
    parser.addHelpOption();
    const QCommandLineOption clientsOption(
        QStringLiteral("clients"), CliText::tr("Client accounts (codes GEN-0001…)."), QStringLiteral("n"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"), CliText::tr("Messages to add."),
                                            QStringLiteral("n"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), CliText::tr("Random seed (default 1)."),
                                        QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption untilOption(
        QStringLiteral("until"), CliText::tr("Newest message date, YYYY-MM-DD (default: today, 00:00 UTC)."),
        QStringLiteral("date"));
    const QCommandLineOption daysOption(QStringLiteral("days"),
                                        CliText::tr("Days the messages span (default 365)."),
                                        QStringLiteral("d"), QStringLiteral("365"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         CliText::tr("Messages per transaction (default 5000)."),
                                         QStringLiteral("b"), QStringLiteral("5000"));
    const QCommandLineOption appendOption(QStringLiteral("append"),
                                          CliText::tr("Add to a database that already holds messages."));
    parser.addOptions(
        {clientsOption, messagesOption, seedOption, untilOption, daysOption, batchOption, appendOption});
    if (!parser.parse(QStringList{QStringLiteral("relais-cli generate")} + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << QString::fromUtf8(usageText)
                            << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(CliText::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    Plan plan;
    bool ok = false;
    plan.clients = parser.value(clientsOption).toInt(&ok);
    if (!ok || plan.clients < 1 || plan.clients > 9999)
        return usage(CliText::tr("--clients takes a number from 1 to 9999"));
    plan.messages = parser.value(messagesOption).toLongLong(&ok);
    if (!ok || plan.messages < 0)
        return usage(CliText::tr("--messages takes a number of 0 or more"));
    plan.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return usage(CliText::tr("--seed takes a whole number"));
    plan.days = parser.value(daysOption).toInt(&ok);
    if (!ok || plan.days < 1)
        return usage(CliText::tr("--days takes a number of 1 or more"));
    plan.batch = parser.value(batchOption).toInt(&ok);
    if (!ok || plan.batch < 1)
        return usage(CliText::tr("--batch takes a number of 1 or more"));
    const QDate until = parser.isSet(untilOption) ? QDate::fromString(parser.value(untilOption), Qt::ISODate)
                                                  : QDate::currentDate();
    if (!until.isValid())
        return usage(CliText::tr("--until takes a date as YYYY-MM-DD"));
    plan.until = QDateTime(until, QTime(0, 0), Qt::UTC);
    plan.append = parser.isSet(appendOption);
    return generate(global, plan);
}

} // namespace relais::cli

// message-store: durable local save latency and search latency (by number, name, word) over a store
// holding N generated messages (the cached bench database), against DESIGN.md's targets.
#include "benchsupport.h"

#include "generate/datagenerator.h"
#include "logging/logging.h"
#include "messages/messagesearch.h"
#include "phone/phonenumbers.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/messagerepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>
#include <random>

using namespace relais;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void row(const char *what, const bench::Summary &s, const char *target)
{
    std::printf("| %-40s | %8.2f | %8.2f | %8.2f | %-16s |\n", what, s.median, s.p99, s.max, target);
}

struct Sample
{
    QString number; // E.164
    QString name;
    QString notes;
};

// Random stored messages to build queries from (rowids are dense: the bench database is only appended).
QList<Sample> samples(Database &db, int count, std::mt19937 &rng)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT MAX(rowid) FROM messages"));
    query.next();
    const qint64 top = query.value(0).toLongLong();
    std::uniform_int_distribution<qint64> pick(1, std::max<qint64>(1, top));
    QList<Sample> out;
    while (out.size() < count) {
        query.prepare(
            QStringLiteral("SELECT caller_number, caller_name, notes FROM messages WHERE rowid = ?"));
        query.addBindValue(pick(rng));
        if (query.exec() && query.next() && query.value(0).toString().startsWith(QLatin1String("+33")))
            out.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return out;
}

// "+33612345678" -> "06 12 34 56 78", as an operator reads it out.
QString national(const QString &e164)
{
    const QString digits = QLatin1Char('0') + e164.mid(3);
    QStringList pairs;
    for (qsizetype i = 0; i < digits.size(); i += 2)
        pairs << digits.mid(i, 2);
    return pairs.join(QLatin1Char(' '));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    logging::setup({});
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Client accounts."),
                                           QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Stored messages."),
                                            QStringLiteral("M"), QStringLiteral("1000000"));
    const QCommandLineOption savesOption(QStringLiteral("saves"), QStringLiteral("Durable saves to time."),
                                         QStringLiteral("K"), QStringLiteral("2000"));
    const QCommandLineOption searchesOption(QStringLiteral("searches"),
                                            QStringLiteral("Searches of each kind."), QStringLiteral("S"),
                                            QStringLiteral("200"));
    const QCommandLineOption dirOption(QStringLiteral("data-dir"),
                                       QStringLiteral("Where the bench database is kept."),
                                       QStringLiteral("DIR"), QStringLiteral("/tmp/relais-bench"));
    const QCommandLineOption json = bench::jsonOption();
    parser.addOptions({clientsOption, messagesOption, savesOption, searchesOption, dirOption, json});
    parser.process(app);
    const int clients = parser.value(clientsOption).toInt();
    const qint64 messages = parser.value(messagesOption).toLongLong();
    const int saves = parser.value(savesOption).toInt();
    const int searches = parser.value(searchesOption).toInt();

    const PhoneNumbers phones;
    QElapsedTimer open;
    open.start();
    auto opened = bench::scaleDatabase(parser.value(dirOption), clients, messages, phones);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    Database &db = **opened;
    std::fprintf(stderr, "store ready in %.1f s (includes migrating it the first time)\n",
                 msSince(open) / 1000);
    MessageRepository repo(db);
    MessageSearch search(db);
    std::mt19937 rng(20261123);

    // Durable saves, one commit each as the console does; removed afterwards so the cached store keeps
    // its size for the next run.
    DataGenerator generator(phones, 7);
    const Result<QList<ClientEntry>> entries = ClientRepository(db, phones).loadLatest();
    QList<Consignes> consignes;
    for (const ClientEntry &e : *entries)
        if (consignes.size() < 50)
            consignes << *e.consignes;
    const QList<Message> toSave = generator.messages(consignes, saves, QDateTime::currentDateTimeUtc(), 1);
    std::vector<double> saveMs;
    for (Message m : toSave) {
        m.id = QStringLiteral("bench-save-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QElapsedTimer t;
        t.start();
        if (!repo.save(m)) {
            std::fprintf(stderr, "save failed\n");
            return 1;
        }
        saveMs.push_back(msSince(t));
    }
    QSqlQuery cleanup(db.connection());
    cleanup.exec(QStringLiteral("DELETE FROM messages WHERE id LIKE 'bench-save-%'"));

    // Searches built from stored messages: the whole number as read out, its last 4 digits, the
    // caller's surname, and one word of the notes.
    const QList<Sample> picked = samples(db, searches, rng);
    std::vector<double> full, suffix, name, word;
    std::vector<double> *buckets[] = {&full, &suffix, &name, &word};
    qint64 found = 0;
    static const QRegularExpression wordSplit(QStringLiteral("[^\\w]+"));
    for (const Sample &s : picked) {
        QStringList noteWords = s.notes.split(wordSplit, Qt::SkipEmptyParts);
        noteWords.removeIf([](const QString &w) { return w.size() < 5; });
        const QString queries[] = {
            national(s.number), s.number.right(4), s.name.section(QLatin1Char(' '), -1),
            noteWords.isEmpty() ? s.name : noteWords.at(int(rng() % noteWords.size()))};
        for (int k = 0; k < 4; ++k) {
            QElapsedTimer t;
            t.start();
            const Result<QList<Message>> r = search.search(MessageSearchRequest{queries[k], {}, 50, {}});
            buckets[k]->push_back(msSince(t));
            if (!r) {
                std::fprintf(stderr, "search failed: %s\n", qPrintable(r.error().toString()));
                return 1;
            }
            found += r->size();
        }
    }

    std::printf("\n## message-store — %d client accounts, %lld stored messages\n\n", clients,
                static_cast<long long>(*repo.count()));
    std::printf("machine: %s\ncommand: %s\n\n", qPrintable(bench::machineLine()),
                qPrintable(bench::commandLine(argc, argv)));
    std::printf("| %-40s | %8s | %8s | %8s | %-16s |\n", "ms", "median", "p99", "max", "target");
    std::printf(
        "|------------------------------------------|----------|----------|----------|------------------|\n");
    const bench::Summary save = bench::summarize(saveMs);
    row("save, durable (one commit, FULL sync)", save, "< 5");
    const bench::Summary s1 = bench::summarize(full), s2 = bench::summarize(suffix),
                         s3 = bench::summarize(name), s4 = bench::summarize(word);
    row("search number \"06 12 34 56 78\"", s1, "< 50");
    row("search number end \"5678\"", s2, "< 50");
    row("search surname", s3, "< 50");
    row("search a word of the notes", s4, "< 50");
    std::printf("\n%d saves, %d searches of each kind (limit 50, %lld rows returned); RSS %.0f MiB\n", saves,
                int(picked.size()), static_cast<long long>(found), bench::residentMiB());
    const bool met = save.median < 5 && s1.median < 50 && s2.median < 50 && s3.median < 50 && s4.median < 50;
    std::printf("targets met (medians): %s\n", met ? "yes" : "NO");
    const QString scale = QStringLiteral("%1 clients, %2 messages").arg(clients).arg(messages);
    const QString ms = QStringLiteral("ms");
    const bool written = bench::writeJsonIfAsked(
        parser.value(json), QStringLiteral("message-store"), scale,
        {bench::below(QStringLiteral("message-store: save durable median"), save.median, ms, 5),
         bench::info(QStringLiteral("message-store: save durable p99"), save.p99, ms),
         bench::below(QStringLiteral("message-store: search full number median"), s1.median, ms, 50),
         bench::below(QStringLiteral("message-store: search full number p99"), s1.p99, ms, 50),
         bench::below(QStringLiteral("message-store: search number end median"), s2.median, ms, 50),
         bench::below(QStringLiteral("message-store: search number end p99"), s2.p99, ms, 50),
         bench::below(QStringLiteral("message-store: search surname median"), s3.median, ms, 50),
         bench::below(QStringLiteral("message-store: search surname p99"), s3.p99, ms, 50),
         bench::below(QStringLiteral("message-store: search note word median"), s4.median, ms, 50),
         bench::below(QStringLiteral("message-store: search note word p99"), s4.p99, ms, 50)});
    return written ? 0 : 1;
}

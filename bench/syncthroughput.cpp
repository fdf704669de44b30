// sync-throughput: pushes N generated messages from a local SQLite store to a PostgreSQL server with
// the real SyncEngine (batches, one server transaction each), and measures an idle sync cycle (nothing
// to push, nothing to pull) over a local store of M messages, with the old full scan for comparison.
#include "benchsupport.h"

#include "common/clock.h"
#include "generate/datagenerator.h"
#include "logging/logging.h"
#include "phone/phonenumbers.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace relais;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "sync-throughput: %s\n", qPrintable(what));
    return 1;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

bool exec(Database &db, const QString &sql, qint64 *value = nullptr)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        std::fprintf(stderr, "sync-throughput: %s: %s\n", qPrintable(sql),
                     qPrintable(query.lastError().text()));
        return false;
    }
    if (value && query.next())
        *value = query.value(0).toLongLong();
    return true;
}

// A database of its own on the server, so every run starts from an empty shared store.
Result<DatabaseUrl> createServerDatabase(const DatabaseUrl &admin, const QString &name)
{
    auto server = Database::open(admin);
    if (!server)
        return server.error();
    if (!exec(**server, QStringLiteral("CREATE DATABASE %1").arg(name)))
        return Error{QStringLiteral("cannot create the bench database"), admin.redacted()};
    DatabaseUrl url = admin;
    url.database = name;
    return url;
}

void dropServerDatabase(const DatabaseUrl &admin, const QString &name)
{
    if (auto server = Database::open(admin))
        exec(**server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

Status generateMessages(Database &db, const PhoneNumbers &phones, qint64 count)
{
    DataGenerator generator(phones, 20261123);
    const QList<Consignes> clients = generator.clients(50);
    MessageRepository messages(db);
    const QDateTime until = QDateTime::currentDateTimeUtc();
    for (qint64 done = 0; done < count;) {
        const int n = int(std::min<qint64>(20000, count - done));
        if (Status begun = db.beginWrite(); !begun)
            return begun;
        for (const Message &m : generator.messages(clients, n, until))
            if (Status saved = messages.save(m); !saved) {
                db.connection().rollback();
                return saved;
            }
        if (!db.connection().commit())
            return Error{QStringLiteral("commit failed while generating"), db.url().redacted()};
        done += n;
    }
    return success();
}

void row(const char *what, const QString &size, const QString &figure, const char *target)
{
    std::printf("| %-44s | %-18s | %-22s | %-16s |\n", what, qPrintable(size), qPrintable(figure), target);
}

QString msFigure(const bench::Summary &s)
{
    return QStringLiteral("median %1 ms, p99 %2").arg(s.median, 0, 'f', 3).arg(s.p99, 0, 'f', 3);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    logging::setup({.directory = {}, .level = spdlog::level::warn, .toStderr = true});
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sync throughput to PostgreSQL and the idle cycle cost."));
    parser.addHelpOption();
    const QCommandLineOption sharedOption(
        QStringLiteral("shared"),
        QStringLiteral("The PostgreSQL server (default: RELAIS_BENCH_POSTGRES_URL)."), QStringLiteral("url"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
                                            QStringLiteral("Messages to push (100000)."), QStringLiteral("n"),
                                            QStringLiteral("100000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Messages per batch (500)."),
                                         QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-messages"),
        QStringLiteral("Local messages for the idle cycle (100000); reuses a copy of "
                       "/tmp/relais-bench/scale-2000-M.db when there is one."),
        QStringLiteral("m"), QStringLiteral("100000"));
    const QCommandLineOption cyclesOption(QStringLiteral("cycles"), QStringLiteral("Idle cycles timed (50)."),
                                          QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption json = bench::jsonOption();
    parser.addOptions({sharedOption, messagesOption, batchOption, idleOption, cyclesOption, json});
    parser.process(app);
    const QString sharedText = parser.isSet(sharedOption) ? parser.value(sharedOption)
                                                          : qEnvironmentVariable("RELAIS_BENCH_POSTGRES_URL");
    if (sharedText.isEmpty())
        return fail(QStringLiteral("--shared URL (or RELAIS_BENCH_POSTGRES_URL) is required; "
                                   "scripts/with-postgres starts a throwaway server"));
    const Result<DatabaseUrl> admin = DatabaseUrl::parse(sharedText);
    if (!admin || admin->engine != DatabaseUrl::Engine::Postgres)
        return fail(QStringLiteral("--shared must be a postgresql:// URL"));
    const qint64 count = parser.value(messagesOption).toLongLong();
    const int batch = parser.value(batchOption).toInt();
    const qint64 idleCount = parser.value(idleOption).toLongLong();
    const int cycles = std::max(1, parser.value(cyclesOption).toInt());

    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/relais-sync-bench-XXXXXX"));
    const PhoneNumbers phones;
    const SystemClock clock;
    const QString serverName = QStringLiteral("relais_bench_%1").arg(QCoreApplication::applicationPid());
    const Result<DatabaseUrl> shared = createServerDatabase(*admin, serverName);
    if (!shared)
        return fail(shared.error().toString());
    struct DropAtExit
    {
        const DatabaseUrl &admin;
        QString name;
        ~DropAtExit() { dropServerDatabase(admin, name); }
    } dropAtExit{*admin, serverName};

    // 1. Throughput: a console's outbox of N messages pushed to an empty server.
    auto local = Database::open(
        *DatabaseUrl::parse(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("push.db"))));
    if (!local || !(*local)->migrate())
        return fail(QStringLiteral("cannot make the local store"));
    QElapsedTimer timer;
    timer.start();
    if (Status made = generateMessages(**local, phones, count); !made)
        return fail(made.error().toString());
    std::fprintf(stderr, "generated %lld messages in %.1f s\n", static_cast<long long>(count),
                 msSince(timer) / 1000);
    SyncEngine pusher(**local, *shared, clock, batch);
    timer.restart();
    if (Status connected = pusher.connect(); !connected) // migrates the empty server: not sync time
        return fail(connected.error().toString());
    const double connectMs = msSince(timer);
    timer.restart();
    const Result<SyncReport> pushed = pusher.syncUntilIdle();
    const double pushMs = msSince(timer);
    if (!pushed)
        return fail(pushed.error().toString());
    qint64 onServer = 0;
    exec(*pusher.server(), QStringLiteral("SELECT COUNT(DISTINCT id) FROM messages"), &onServer);
    const double rate = double(pushed->pushed) / (pushMs / 1000.0);

    // 2. The idle cycle over M local messages, all acknowledged long ago.
    const QString cached = QStringLiteral("/tmp/relais-bench/scale-2000-%1.db").arg(idleCount);
    const QString idlePath = dir.filePath(QStringLiteral("idle.db"));
    std::unique_ptr<Database> idle;
    if (QFile::exists(cached) && QFile::copy(cached, idlePath)) {
        std::fprintf(stderr, "copied %s\n", qPrintable(cached));
        auto opened = Database::open(*DatabaseUrl::parse(QStringLiteral("sqlite://") + idlePath));
        if (!opened || !(*opened)->migrate())
            return fail(QStringLiteral("cannot open the copy of %1").arg(cached));
        idle = std::move(opened).value();
    } else {
        auto opened = Database::open(*DatabaseUrl::parse(QStringLiteral("sqlite://") + idlePath));
        if (!opened || !(*opened)->migrate())
            return fail(QStringLiteral("cannot make the idle store"));
        idle = std::move(opened).value();
        timer.restart();
        if (Status made = generateMessages(*idle, phones, idleCount); !made)
            return fail(made.error().toString());
        std::fprintf(stderr, "generated %lld messages in %.1f s\n", static_cast<long long>(idleCount),
                     msSince(timer) / 1000);
    }
    qint64 idleMessages = 0;
    exec(*idle, QStringLiteral("SELECT COUNT(*) FROM messages"), &idleMessages);
    // As if every message had been pushed long ago (pushing them for real is part 1's figure).
    if (!exec(*idle, QStringLiteral(
                         "INSERT INTO sync_pushed (message_id, revision, updated_at) SELECT id, revision, "
                         "updated_at FROM messages WHERE true ON CONFLICT (message_id) DO NOTHING")))
        return fail(QStringLiteral("cannot mark the idle store as synced"));
    // What every cycle cost before the outbox: the scan of all messages against sync_pushed.
    std::vector<double> fullScan;
    for (int i = 0; i < 3; ++i) {
        timer.restart();
        exec(*idle,
             QStringLiteral(
                 "SELECT COUNT(*) FROM messages m LEFT JOIN sync_pushed p ON p.message_id = m.id "
                 "WHERE p.message_id IS NULL OR p.revision <> m.revision OR p.updated_at <> m.updated_at"));
        fullScan.push_back(msSince(timer));
    }
    SyncEngine idler(*idle, *shared, clock, batch);
    timer.restart();
    if (Status connected = idler.connect(); !connected) // installs the outbox: its one full scan
        return fail(connected.error().toString());
    const double installMs = msSince(timer);
    // Pulls part 1's rows once: another console catching up with the team's messages.
    timer.restart();
    const Result<SyncReport> warm = idler.syncUntilIdle();
    const double catchUpMs = msSince(timer);
    if (!warm)
        return fail(warm.error().toString());
    std::vector<double> cycle, scan;
    for (int i = 0; i < cycles; ++i) {
        timer.restart();
        const Result<SyncReport> round = idler.syncUntilIdle();
        const Result<qint64> waiting = idler.pendingCount();
        cycle.push_back(msSince(timer));
        if (!round || !waiting || *waiting != 0 || round->pushed != 0 || round->pulled != 0)
            return fail(QStringLiteral("an idle cycle did work or failed"));
        timer.restart();
        if (!idler.pendingCount())
            return fail(QStringLiteral("pending count failed"));
        scan.push_back(msSince(timer));
    }

    std::printf("\n## sync-throughput\n\nmachine: %s\ncommand: %s\n\n", qPrintable(bench::machineLine()),
                qPrintable(bench::commandLine(argc, argv)));
    row("what", QStringLiteral("data"), QStringLiteral("figure"), "target");
    std::printf("|%s|%s|%s|%s|\n", "----------------------------------------------", "--------------------",
                "------------------------", "------------------");
    const QString pushSize = QStringLiteral("%1 messages, batch %2").arg(count).arg(batch);
    row("push to PostgreSQL (loopback)", pushSize, QStringLiteral("%1 messages/s").arg(rate, 0, 'f', 0),
        ">= 5,000/s");
    row("  time for all, server count after", pushSize,
        QStringLiteral("%1 s, %2 rows").arg(pushMs / 1000, 0, 'f', 2).arg(onServer), "exactly N");
    const double pullRate = 1000.0 * double(warm->pulled) / std::max(1.0, catchUpMs);
    row("pull: another console catching up", QStringLiteral("%1 messages").arg(warm->pulled),
        QStringLiteral("%1 messages/s").arg(pullRate, 0, 'f', 0), "");
    const QString idleSize = QStringLiteral("%1 local messages").arg(idleMessages);
    row("idle cycle (push + pull + count, nothing to do)", idleSize, msFigure(bench::summarize(cycle)),
        "cheap");
    row("  of which the local pending count", idleSize, msFigure(bench::summarize(scan)), "");
    row("  before: full scan of messages per cycle", idleSize, msFigure(bench::summarize(fullScan)), "");
    row("  outbox install, once per store", idleSize, QStringLiteral("%1 ms").arg(installMs, 0, 'f', 0), "");
    std::printf("\nfirst connection to the empty server (migrations, trigger): %.0f ms, not counted\n",
                connectMs);
    std::printf("target met: %s\n", rate >= 5000 && onServer == count ? "yes" : "NO");
    const bench::Summary idleCycle = bench::summarize(cycle);
    const bool written = bench::writeJsonIfAsked(
        parser.value(json), QStringLiteral("sync-throughput"),
        QStringLiteral("%1 pushed, batch %2, %3 idle").arg(count).arg(batch).arg(idleMessages),
        {bench::atLeast(QStringLiteral("sync-throughput: push to PostgreSQL"), rate,
                        QStringLiteral("messages/s"), 5000),
         bench::Figure{QStringLiteral("sync-throughput: rows on the server minus pushed"),
                       double(onServer - count), QStringLiteral("rows"), QStringLiteral("== 0"),
                       onServer == count},
         bench::info(QStringLiteral("sync-throughput: pull catching up"), pullRate,
                     QStringLiteral("messages/s")),
         bench::info(QStringLiteral("sync-throughput: idle cycle median"), idleCycle.median,
                     QStringLiteral("ms"))});
    return written ? 0 : 1;
}

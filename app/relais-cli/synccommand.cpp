// relais-cli sync: the console's sync worker, headless. With --once it pushes and pulls until
// nothing is waiting and prints "pushed N, pulled M, waiting K"; otherwise it keeps syncing, printing
// each change of state, until SIGINT/SIGTERM.
#include "commands.h"

#include "common/clock.h"
#include "storage/database.h"
#include "storage/databaseurl.h"
#include "sync/syncengine.h"
#include "sync/syncworker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace relais::cli {

namespace {

volatile std::sig_atomic_t g_stopRequested = 0;

void requestStop(int)
{
    g_stopRequested = 1;
}

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under CliText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

int fail(const QString &message)
{
    std::fprintf(stderr, "relais-cli sync: %s\n", qPrintable(message));
    return 1;
}

void printConflict(const SyncConflict &c)
{
    std::fprintf(stderr,
                 "relais-cli sync: conflict on message %s: kept revision %lld (%s), the other version is in "
                 "message_conflicts\n",
                 qPrintable(c.messageId), static_cast<long long>(c.kept.revision),
                 c.localKept ? "this console's" : "the server's");
}

int runOnce(const DatabaseUrl &local, const DatabaseUrl &shared)
{
    Result<std::unique_ptr<Database>> opened = Database::open(local);
    if (!opened)
        return fail(opened.error().toString());
    Database &db = **opened;
    if (Status migrated = db.migrate(); !migrated)
        return fail(migrated.error().toString());
    const SystemClock clock;
    SyncEngine engine(db, shared, clock);
    const Result<SyncReport> report = engine.syncUntilIdle();
    if (!report)
        return fail(report.error().toString());
    for (const SyncConflict &conflict : report->conflicts)
        printConflict(conflict);
    const Result<qint64> waiting = engine.pendingCount();
    if (!waiting)
        return fail(waiting.error().toString());
    std::printf("pushed %lld, pulled %lld, waiting %lld\n", static_cast<long long>(report->pushed),
                static_cast<long long>(report->pulled), static_cast<long long>(*waiting));
    return *waiting == 0 ? 0 : 1;
}

int runContinuously(const DatabaseUrl &local, const DatabaseUrl &shared)
{
    const SystemClock clock;
    QThread thread;
    auto *worker = new SyncWorker(local, shared, clock);
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::started, worker, &SyncWorker::start);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    int code = 0;
    QObject::connect(worker, &SyncWorker::failed, qApp, [&code](const QString &error) {
        code = fail(error);
        QCoreApplication::quit();
    });
    QObject::connect(worker, &SyncWorker::statusChanged, qApp, [](const SyncStatus &status) {
        QString line = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss ")) + status.text();
        if (!status.lastError.isEmpty())
            line += QStringLiteral(": ") + status.lastError;
        std::printf("%s\n", qPrintable(line));
        std::fflush(stdout);
    });
    QObject::connect(worker, &SyncWorker::conflictFound, qApp, &printConflict);

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    // A signal handler may only set a flag; the event loop looks at it.
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, [] {
        if (g_stopRequested)
            QCoreApplication::quit();
    });
    stopWatch.start(100);
    thread.start();
    QCoreApplication::exec();
    QMetaObject::invokeMethod(worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return code;
}

} // namespace

int runSync(const GlobalOptions &global, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Syncs the local messages with the team's shared PostgreSQL database: pushes the ones "
                    "waiting, pulls the other consoles'. Runs until interrupted unless --once."));
    parser.addHelpOption();
    const QCommandLineOption sharedOption(
        QStringLiteral("shared"),
        CliText::tr("The shared database: postgresql://user[:password]@host[:port]/db "
                    "(default: RELAIS_SHARED_DB)."),
        QStringLiteral("url"));
    const QCommandLineOption onceOption(
        QStringLiteral("once"),
        CliText::tr("Push and pull until nothing is waiting, print \"pushed N, "
                    "pulled M, waiting K\" and exit (1 if anything is still waiting)."));
    parser.addOption(sharedOption);
    parser.addOption(onceOption);
    if (!parser.parse(QStringList{QStringLiteral("relais-cli sync")} + args)) {
        std::fprintf(stderr, "relais-cli sync: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << QStringLiteral("Usage: relais-cli [--db URL] sync --shared URL [--once]\n")
                            << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "relais-cli sync: unexpected argument '%s'\n",
                     qPrintable(parser.positionalArguments().first()));
        return 2;
    }
    const QString sharedText =
        parser.isSet(sharedOption) ? parser.value(sharedOption) : qEnvironmentVariable("RELAIS_SHARED_DB");
    if (sharedText.isEmpty()) {
        std::fprintf(stderr, "relais-cli sync: --shared URL is required\n");
        return 2;
    }
    const Result<DatabaseUrl> shared = DatabaseUrl::parse(sharedText);
    if (!shared) {
        std::fprintf(stderr, "relais-cli sync: %s\n", qPrintable(shared.error().toString()));
        return 2;
    }
    if (shared->engine != DatabaseUrl::Engine::Postgres) {
        std::fprintf(stderr, "relais-cli sync: the shared database must be PostgreSQL: %s\n",
                     qPrintable(shared->redacted()));
        return 2;
    }
    const Result<DatabaseUrl> local = global.databaseUrl.isEmpty()
                                          ? Result<DatabaseUrl>(DatabaseUrl::defaultLocal())
                                          : DatabaseUrl::parse(global.databaseUrl);
    if (!local)
        return fail(local.error().toString());
    return parser.isSet(onceOption) ? runOnce(*local, *shared) : runContinuously(*local, *shared);
}

} // namespace relais::cli

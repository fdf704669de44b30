// console-start: process start to a console ready to pop, over the cached scale store — open and
// migrate-check the store, load the clients into the routing index, prepare the router, build the
// main window as app/relais/main.cpp does and paint it once. Each run is a fresh process (a console
// starts once), so Qt's plugin, font and style loading are counted as an operator would wait for them.
#include "benchsupport.h"

#include "common/clock.h"
#include "consoleservices.h"
#include "cti/ctisource.h"
#include "logging/logging.h"
#include "mainwindow.h"
#include "phone/phonenumbers.h"
#include "routing/callrouter.h"
#include "routing/clientindex.h"
#include "settings/settings.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/databaseurl.h"
#include "storage/messagerepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>

using namespace relais;
using SteadyClock = std::chrono::steady_clock;

namespace {

double msSince(SteadyClock::time_point from)
{
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - from).count();
}

// The child: one console start over `url`; prints "ready APP SERVICES ROUTER WINDOW PAINT" (ms since
// main(), cumulative) on stdout, or the error on stderr.
int runChild(int argc, char *argv[], const QString &url, SteadyClock::time_point start)
{
    bench::useQuietOffscreenPlatform();
    QApplication app(argc, argv);
    const double appMs = msSince(start);
    logging::setup({.directory = {}, .level = spdlog::level::warn, .toStderr = true});
    QTemporaryDir settingsDir;
    Settings settings(std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("relais.ini")),
                                                  QSettings::IniFormat));

    ConsoleConfig config;
    config.databaseUrl = url;
    config.seedDemoClients = false;
    config.operatorFirstName = QStringLiteral("Camille");
    auto services = ConsoleServices::open(config, std::make_unique<SystemClock>());
    if (!services) {
        std::fprintf(stderr, "console-start: %s\n", qPrintable(services.error().toString()));
        return 1;
    }
    const double servicesMs = msSince(start);
    (*services)->router().prepareAll();
    const double routerMs = msSince(start);
    MainWindow window(**services, settings);
    const double windowMs = msSince(start);
    window.resize(1280, 800);
    window.show();
    (*services)->cti().start();
    QCoreApplication::processEvents();
    window.repaint();
    const double paintMs = msSince(start);
    // CPU time too: on a loaded machine the wall time is mostly waiting for a core.
    const double cpuMs = 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
    std::printf("ready %.3f %.3f %.3f %.3f %.3f %d %.3f\n", appMs, servicesMs, routerMs, windowMs, paintMs,
                (*services)->index().size(), cpuMs);
    std::fflush(stdout);
    return 0;
}

struct ChildRun
{
    bool ok = false;
    double wall = 0; // exec -> "ready" read by the parent
    double app = 0, services = 0, router = 0, window = 0, paint = 0, cpu = 0;
    int clients = 0;
};

ChildRun startChild(const QString &program, const QString &url)
{
    ChildRun run;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const auto start = SteadyClock::now();
    child.start(program, {QStringLiteral("--child"), url});
    QByteArray out;
    while (!out.contains('\n') && child.waitForReadyRead(120000))
        out += child.readAllStandardOutput();
    run.wall = msSince(start);
    child.waitForFinished(120000);
    const QList<QByteArray> parts = out.trimmed().split(' ');
    if (parts.size() != 8 || parts[0] != "ready")
        return run;
    run.app = parts[1].toDouble();
    run.services = parts[2].toDouble();
    run.router = parts[3].toDouble();
    run.window = parts[4].toDouble();
    run.paint = parts[5].toDouble();
    run.clients = parts[6].toInt();
    run.cpu = parts[7].toDouble();
    run.ok = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    return run;
}

void row(const char *what, const bench::Summary &s, const char *target)
{
    std::printf("| %-44s | %8.1f | %8.1f | %-10s |\n", what, s.median, s.max, target);
}

} // namespace

int main(int argc, char *argv[])
{
    const auto start = SteadyClock::now();
    if (argc == 3 && std::strcmp(argv[1], "--child") == 0)
        return runChild(argc, argv, QString::fromLocal8Bit(argv[2]), start);

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Console start to ready (fresh processes)."));
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Client accounts."),
                                           QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Stored messages."),
                                            QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Starts to time."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption dirOption(QStringLiteral("data-dir"),
                                       QStringLiteral("Where the bench database is kept."),
                                       QStringLiteral("dir"), QStringLiteral("/tmp/relais-bench"));
    const QCommandLineOption json = bench::jsonOption();
    parser.addOptions({clientsOption, messagesOption, runsOption, dirOption, json});
    parser.process(app);
    const int clients = parser.value(clientsOption).toInt();
    const qint64 messages = parser.value(messagesOption).toLongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    logging::setup({.directory = {}, .level = spdlog::level::warn, .toStderr = true});

    // The store, made once and cached; then the start's core steps timed in this (warm) process.
    PhoneNumbers phones;
    QString url;
    std::vector<double> openMs, loadMs, indexMs, prepareMs;
    {
        auto db = bench::scaleDatabase(parser.value(dirOption), clients, messages, phones);
        if (!db) {
            std::fprintf(stderr, "console-start: %s\n", qPrintable(db.error().toString()));
            return 1;
        }
        url = QStringLiteral("sqlite://") + (*db)->url().path;
    }
    for (int i = 0; i < runs; ++i) {
        auto t = SteadyClock::now();
        auto db = Database::open(*DatabaseUrl::parse(url));
        if (!db || !(*db)->migrate()) {
            std::fprintf(stderr, "console-start: cannot reopen %s\n", qPrintable(url));
            return 1;
        }
        openMs.push_back(msSince(t));
        t = SteadyClock::now();
        const auto entries = ClientRepository(**db, phones).loadLatest();
        loadMs.push_back(msSince(t));
        if (!entries)
            return 1;
        t = SteadyClock::now();
        ClientIndex index;
        index.reset(*entries);
        indexMs.push_back(msSince(t));
        SystemClock clock;
        MessageRepository history(**db);
        CallRouter router(index, phones, history, clock);
        t = SteadyClock::now();
        router.prepareAll();
        prepareMs.push_back(msSince(t));
    }

    // One untimed start first: the store's pages come into the page cache as after any earlier use.
    const QString self = QCoreApplication::applicationFilePath();
    std::vector<double> wall, appMs, servicesMs, routerMs, windowMs, paintMs, cpuMs;
    int indexed = 0;
    for (int i = 0; i <= runs; ++i) {
        const ChildRun run = startChild(self, url);
        if (!run.ok) {
            std::fprintf(stderr, "console-start: a console start failed (see above)\n");
            return 1;
        }
        if (i == 0)
            continue;
        indexed = run.clients;
        wall.push_back(run.wall);
        appMs.push_back(run.app);
        servicesMs.push_back(run.services - run.app);
        routerMs.push_back(run.router - run.services);
        windowMs.push_back(run.window - run.router);
        paintMs.push_back(run.paint - run.window);
        cpuMs.push_back(run.cpu);
    }

    std::printf("\n## console-start — %d client accounts, %lld stored messages, %d starts\n\n", clients,
                static_cast<long long>(messages), runs);
    std::printf("machine: %s\ncommand: %s\n\n", qPrintable(bench::machineLine()),
                qPrintable(bench::commandLine(argc, argv)));
    std::printf("| %-44s | %8s | %8s | %-10s |\n", "ms", "median", "max", "target");
    std::printf("|%s|%s|%s|%s|\n", "----------------------------------------------", "----------",
                "----------", "------------");
    row("in process: open store + migration check", bench::summarize(openMs), "");
    row("in process: load clients (loadLatest)", bench::summarize(loadMs), "");
    row("in process: build the routing index", bench::summarize(indexMs), "");
    row("in process: prepare the router (prepareAll)", bench::summarize(prepareMs), "");
    row("start: main() -> QApplication", bench::summarize(appMs), "");
    row("start: console services (store, index)", bench::summarize(servicesMs), "");
    row("start: router prepared", bench::summarize(routerMs), "");
    row("start: main window built", bench::summarize(windowMs), "");
    row("start: shown and first paint", bench::summarize(paintMs), "");
    const bench::Summary total = bench::summarize(wall);
    row("exec -> ready (first paint), whole process", total, "< 1000");
    row("CPU time of the start (main() -> ready)", bench::summarize(cpuMs), "");
    std::printf("\n%d clients in the routing index; target met: %s\n", indexed,
                total.median < 1000.0 ? "yes" : "NO");

    const QString scale = QStringLiteral("%1 clients, %2 messages").arg(clients).arg(messages);
    const bool written = bench::writeJsonIfAsked(
        parser.value(json), QStringLiteral("console-start"), scale,
        {bench::below(QStringLiteral("console-start: exec -> ready median"), total.median,
                      QStringLiteral("ms"), 1000),
         bench::info(QStringLiteral("console-start: exec -> ready max"), total.max, QStringLiteral("ms")),
         bench::info(QStringLiteral("console-start: CPU time median"), bench::summarize(cpuMs).median,
                     QStringLiteral("ms")),
         bench::info(QStringLiteral("console-start: console services median"),
                     bench::summarize(servicesMs).median, QStringLiteral("ms")),
         bench::info(QStringLiteral("console-start: main window built median"),
                     bench::summarize(windowMs).median, QStringLiteral("ms"))});
    return written ? 0 : 1;
}

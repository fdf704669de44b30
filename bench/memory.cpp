// memory: resident memory of the console — started as app/relais/main.cpp starts it over the cached
// scale store (N clients in the routing index, M stored messages), then after K pops shown in the
// main window's own call area (route, tab filled and painted, closed, next call's widgets made).
#include "benchsupport.h"

#include "callarea.h"
#include "common/clock.h"
#include "consoleservices.h"
#include "cti/ctisource.h"
#include "logging/logging.h"
#include "mainwindow.h"
#include "phone/phonenumbers.h"
#include "routing/callrouter.h"
#include "routing/clientindex.h"
#include "settings/settings.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace relais;

namespace {

struct Sample
{
    const char *what;
    double rss, hwm;
};

} // namespace

int main(int argc, char *argv[])
{
    bench::useQuietOffscreenPlatform();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Resident memory after start and after K pops."));
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Client accounts."),
                                           QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Stored messages."),
                                            QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption popsOption(QStringLiteral("pops"), QStringLiteral("Pops to show."),
                                        QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption dirOption(QStringLiteral("data-dir"),
                                       QStringLiteral("Where the bench database is kept."),
                                       QStringLiteral("dir"), QStringLiteral("/tmp/relais-bench"));
    const QCommandLineOption json = bench::jsonOption();
    parser.addOptions({clientsOption, messagesOption, popsOption, dirOption, json});
    parser.process(app);
    const int clients = parser.value(clientsOption).toInt();
    const qint64 messages = parser.value(messagesOption).toLongLong();
    const int pops = std::max(0, parser.value(popsOption).toInt());
    logging::setup({.directory = {}, .level = spdlog::level::warn, .toStderr = true});

    // The store is made (or checked) in its own scope and closed, so its generation costs nothing here.
    QString url;
    std::vector<std::pair<QString, QString>> regulars; // caller, client code: callers with history
    {
        PhoneNumbers phones;
        auto db = bench::scaleDatabase(parser.value(dirOption), clients, messages, phones);
        if (!db) {
            std::fprintf(stderr, "memory: %s\n", qPrintable(db.error().toString()));
            return 1;
        }
        url = QStringLiteral("sqlite://") + (*db)->url().path;
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("SELECT caller_number, client_code FROM messages ORDER BY id LIMIT 2000"));
        while (q.next())
            regulars.emplace_back(q.value(0).toString(), q.value(1).toString());
    }
    std::vector<Sample> samples;
    samples.push_back(
        {"before the console (Qt, bench setup)", bench::residentMiB(), bench::peakResidentMiB()});

    QTemporaryDir settingsDir;
    Settings settings(std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("relais.ini")),
                                                  QSettings::IniFormat));
    ConsoleConfig config;
    config.databaseUrl = url;
    config.seedDemoClients = false;
    config.operatorFirstName = QStringLiteral("Camille");
    auto services = ConsoleServices::open(config, std::make_unique<SystemClock>());
    if (!services) {
        std::fprintf(stderr, "memory: %s\n", qPrintable(services.error().toString()));
        return 1;
    }
    (*services)->router().prepareAll();
    MainWindow window(**services, settings);
    window.resize(1280, 800);
    window.show();
    (*services)->cti().start();
    QCoreApplication::processEvents();
    window.repaint();
    const double startRss = bench::residentMiB();
    samples.push_back({"after start (ready, first paint)", startRss, bench::peakResidentMiB()});

    // Pops as the main window shows them: half from callers with stored history, half new numbers.
    CallArea &area = window.callArea();
    const QList<const ClientEntry *> all = (*services)->index().all();
    std::mt19937 random(11);
    for (int i = 0; i < pops && !all.isEmpty(); ++i) {
        CallEvent event;
        event.kind = CallEvent::Kind::Offered;
        event.callId = QStringLiteral("bench-%1").arg(i);
        const bool regular = !regulars.empty() && i % 2 == 0;
        const auto &[caller, code] =
            regular ? regulars[random() % regulars.size()]
                    : std::pair{QStringLiteral("+33612%1").arg(i, 6, 10, QLatin1Char('0')),
                                all[int(random() % quint32(all.size()))]->consignes->code};
        const ClientEntry *entry = (*services)->index().findByCode(code);
        event.callerNumber = QLatin1Char('0') + caller.mid(3);
        event.dialedNumber = entry ? entry->consignes->dialedNumbers.first() : QStringLiteral("+33199000000");
        event.time = QDateTime::currentDateTimeUtc();
        event.receivedAt = std::chrono::steady_clock::now();
        area.showPop(event, (*services)->router().route(event));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        window.repaint();
        area.closeCurrentCall(true);
        area.prepareSpare();
        // What the event loop does between calls: processEvents() alone leaves deleteLater()'d tabs.
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    const double popsRss = bench::residentMiB();
    const double popsHwm = bench::peakResidentMiB();
    samples.push_back({"after the pops", popsRss, popsHwm});

    std::printf("\n## memory — %d client accounts, %lld stored messages, %d pops\n\n", clients,
                static_cast<long long>(messages), pops);
    std::printf("machine: %s\ncommand: %s\n\n", qPrintable(bench::machineLine()),
                qPrintable(bench::commandLine(argc, argv)));
    std::printf("| %-40s | %9s | %9s | %-8s |\n", "MiB", "VmRSS", "VmHWM", "target");
    std::printf("|%s|%s|%s|%s|\n", "------------------------------------------", "-----------", "-----------",
                "----------");
    for (const Sample &s : samples)
        std::printf("| %-40s | %9.1f | %9.1f | %-8s |\n", s.what, s.rss, s.hwm, "< 150");
    const bool met = popsRss < 150.0 && startRss < 150.0;
    std::printf("\n%d clients in the routing index; target met (resident < 150 MiB): %s\n",
                (*services)->index().size(), met ? "yes" : "NO");

    const QString scale =
        QStringLiteral("%1 clients, %2 messages, %3 pops").arg(clients).arg(messages).arg(pops);
    const bool written = bench::writeJsonIfAsked(
        parser.value(json), QStringLiteral("memory"), scale,
        {bench::below(QStringLiteral("memory: resident after start"), startRss, QStringLiteral("MiB"), 150),
         bench::below(QStringLiteral("memory: resident after pops"), popsRss, QStringLiteral("MiB"), 150),
         bench::info(QStringLiteral("memory: peak resident (VmHWM)"), popsHwm, QStringLiteral("MiB"))});
    return written ? 0 : 1;
}

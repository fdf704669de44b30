// pop-latency: CTI event on the socket -> pop ready (core) -> pop shown (call area painted), with a real
// loopback AMI server, the real AmiClient, the router over N clients and M stored messages.
#include "benchsupport.h"

#include "callarea.h"
#include "common/clock.h"
#include "cti/amiclient.h"
#include "logging/logging.h"
#include "phone/phonenumbers.h"
#include "routing/callrouter.h"
#include "routing/clientindex.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/messagerepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <random>

using namespace relais;
using SteadyClock = std::chrono::steady_clock;

namespace {

// The events of one inbound call ringing at PJSIP/201, shaped like the recorded Asterisk 22 stream.
QByteArray offeredEvents(int call, const QString &caller, const QString &dialed)
{
    const QByteArray in = "1795429457." + QByteArray::number(call * 2);
    const QByteArray leg = "1795429457." + QByteArray::number(call * 2 + 1);
    const QByteArray trunk = "PJSIP/trunk-" + QByteArray::number(call * 2, 16).rightJustified(8, '0');
    const QByteArray device = "PJSIP/201-" + QByteArray::number(call * 2 + 1, 16).rightJustified(8, '0');
    const QByteArray from = caller.toUtf8(), to = dialed.toUtf8();
    const QByteArray common =
        "Privilege: call,all\r\nChannel: " + trunk +
        "\r\nChannelState: 4\r\nChannelStateDesc: Ring\r\nCallerIDNum: " + from +
        "\r\nCallerIDName: " + from +
        "\r\nConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\nLanguage: fr\r\n"
        "AccountCode: \r\nContext: from-trunk\r\nExten: " +
        to + "\r\nPriority: 1\r\nUniqueid: " + in + "\r\nLinkedid: " + in + "\r\n";
    QByteArray out = "Event: Newchannel\r\n" + common + "\r\n";
    for (const char *variable : {"SIPDOMAIN", "SIPCALLID", "DIALEDPEERNUMBER"})
        out += "Event: VarSet\r\n" + common + "Variable: " + variable + "\r\nValue: x\r\n\r\n";
    out +=
        "Event: Newchannel\r\nPrivilege: call,all\r\nChannel: " + device +
        "\r\nChannelState: 0\r\nChannelStateDesc: Down\r\nCallerIDNum: 201\r\nCallerIDName: Operateur 201\r\n"
        "ConnectedLineNum: <unknown>\r\nConnectedLineName: <unknown>\r\nLanguage: fr\r\nAccountCode: \r\n"
        "Context: from-internal\r\nExten: s\r\nPriority: 1\r\nUniqueid: " +
        leg + "\r\nLinkedid: " + in + "\r\n\r\n";
    out += "Event: DialBegin\r\n" + common + "DestChannel: " + device +
           "\r\nDestChannelState: 0\r\nDestChannelStateDesc: Down\r\nDestCallerIDNum: 201\r\n"
           "DestContext: from-internal\r\nDestExten: " +
           to + "\r\nDestPriority: 1\r\nDestUniqueid: " + leg + "\r\nDestLinkedid: " + in +
           "\r\nDialString: 201\r\n\r\n";
    return out;
}

QByteArray endedEvents(int call)
{
    const QByteArray in = "1795429457." + QByteArray::number(call * 2);
    const QByteArray leg = "1795429457." + QByteArray::number(call * 2 + 1);
    const QByteArray trunk = "PJSIP/trunk-" + QByteArray::number(call * 2, 16).rightJustified(8, '0');
    const QByteArray device = "PJSIP/201-" + QByteArray::number(call * 2 + 1, 16).rightJustified(8, '0');
    return "Event: DialEnd\r\nChannel: " + trunk + "\r\nUniqueid: " + in + "\r\nLinkedid: " + in +
           "\r\nDestChannel: " + device + "\r\nDestUniqueid: " + leg + "\r\nDestLinkedid: " + in +
           "\r\nDialStatus: ANSWER\r\n\r\n"
           "Event: Hangup\r\nChannel: " +
           device + "\r\nUniqueid: " + leg + "\r\nLinkedid: " + in +
           "\r\nCause: 16\r\nCause-txt: Normal Clearing\r\n\r\n"
           "Event: Hangup\r\nChannel: " +
           trunk + "\r\nUniqueid: " + in + "\r\nLinkedid: " + in +
           "\r\nCause: 16\r\nCause-txt: Normal Clearing\r\n\r\n";
}

// A minimal AMI server: banner, accepts any login, answers pings, then sends what it is told.
class LoopbackPbx final : public QObject
{
public:
    LoopbackPbx()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            m_peer = m_server.nextPendingConnection();
            m_peer->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_peer->write("Asterisk Call Manager/11.0.0\r\n");
            QObject::connect(m_peer, &QTcpSocket::readyRead, this, [this] { answer(); });
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    bool loggedIn() const { return m_loggedIn; }
    void send(const QByteArray &bytes)
    {
        m_peer->write(bytes);
        m_peer->flush();
    }

private:
    void answer()
    {
        m_pending += m_peer->readAll();
        for (qsizetype end; (end = m_pending.indexOf("\r\n\r\n")) >= 0; m_pending.remove(0, end + 4)) {
            const QByteArray action = m_pending.left(end);
            QByteArray id;
            for (const QByteArray &line : action.split('\n'))
                if (line.toLower().startsWith("actionid:"))
                    id = line.mid(9).trimmed();
            const bool login = action.toLower().contains("action: login");
            m_peer->write("Response: Success\r\nActionID: " + id + "\r\nMessage: " +
                          (login ? QByteArray("Authentication accepted") : QByteArray("Pong")) + "\r\n\r\n");
            m_loggedIn = m_loggedIn || login;
        }
    }

    QTcpServer m_server;
    QTcpSocket *m_peer = nullptr;
    QByteArray m_pending;
    bool m_loggedIn = false;
};

void row(const char *what, const bench::Summary &s, const char *target)
{
    std::printf("| %-36s | %8.3f | %8.3f | %8.3f | %-22s |\n", what, s.median, s.p99, s.max, target);
}

} // namespace

int main(int argc, char *argv[])
{
    bench::useQuietOffscreenPlatform();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Event on the AMI socket -> pop ready -> pop shown."));
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Client accounts."),
                                           QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Stored messages."),
                                            QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption callsOption(QStringLiteral("calls"), QStringLiteral("Calls to pop."),
                                         QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption dirOption(QStringLiteral("data-dir"),
                                       QStringLiteral("Where the bench database is kept."),
                                       QStringLiteral("dir"), QStringLiteral("/tmp/relais-bench"));
    const QCommandLineOption json = bench::jsonOption();
    parser.addOptions({clientsOption, messagesOption, callsOption, dirOption, json});
    parser.process(app);
    const int clients = parser.value(clientsOption).toInt();
    const qint64 messages = parser.value(messagesOption).toLongLong();
    const int calls = parser.value(callsOption).toInt();
    logging::setup({.directory = {}, .level = spdlog::level::warn, .toStderr = true});

    PhoneNumbers phones;
    auto db = bench::scaleDatabase(parser.value(dirOption), clients, messages, phones);
    if (!db) {
        std::fprintf(stderr, "pop-latency: %s\n", qPrintable(db.error().toString()));
        return 1;
    }
    ClientRepository clientRepo(**db, phones);
    MessageRepository history(**db);
    ClientIndex index;
    const auto entries = clientRepo.loadLatest();
    if (!entries) {
        std::fprintf(stderr, "pop-latency: %s\n", qPrintable(entries.error().toString()));
        return 1;
    }
    index.reset(*entries);
    SystemClock clock;
    CallRouter router(index, phones, history, clock);
    router.setOperatorFirstName(QStringLiteral("Camille"));
    router.prepareAll();

    // Callers: half are regulars with stored history, half are new numbers.
    std::vector<std::pair<QString, QString>> plan; // caller (as the PBX sends it), dialed (national)
    {
        std::mt19937 random(7);
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("SELECT caller_number, client_code FROM messages ORDER BY id LIMIT 4000"));
        std::vector<std::pair<QString, QString>> regulars;
        while (q.next())
            regulars.emplace_back(q.value(0).toString(), q.value(1).toString());
        const QList<const ClientEntry *> all = index.all();
        for (int i = 0; i < calls; ++i) {
            const bool regular = !regulars.empty() && i % 2 == 0;
            const auto &[caller, code] =
                regular ? regulars[random() % regulars.size()]
                        : std::pair{QStringLiteral("+33612%1").arg(i % 1000000, 6, 10, QLatin1Char('0')),
                                    all[random() % all.size()]->consignes->code};
            const ClientEntry *entry = index.findByCode(code);
            const QString dialed =
                entry ? entry->consignes->dialedNumbers.first() : QStringLiteral("+33199000000");
            plan.emplace_back(QLatin1Char('0') + caller.mid(3), QLatin1Char('0') + dialed.mid(3));
        }
    }

    LoopbackPbx pbx;
    AmiClient::Options options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = pbx.port();
    options.username = QStringLiteral("bench");
    options.secret = QStringLiteral("bench");
    AmiClient ami(options, clock);

    CallArea area(index, phones, 16);
    // The form beside the pop, as in the console: the operator types as soon as the call shows.
    // No call log and no call control in the bench (logEvent, calls: nullptr).
    area.setFormContext(MessageFormContext{
        history, phones, clock, QStringLiteral("bench"), [](const QString &) { return true; }, {}, nullptr});
    area.resize(1280, 720);
    area.show();

    std::vector<double> ready, shown, routeOnly, buildOnly, spare, complete;
    int historyShown = 0, unknown = 0;
    int next = 0;
    bool waiting = false;
    QObject::connect(&ami, &CtiSource::callEvent, &app, [&](const CallEvent &event) {
        if (event.kind != CallEvent::Kind::Offered)
            return;
        const auto routeStart = SteadyClock::now();
        const Pop pop = router.route(event);
        area.showPop(event, pop);
        const auto built = SteadyClock::now();
        // Paint now, as the next frame would: pending layouts first, then the whole call area.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        area.repaint();
        const auto painted = SteadyClock::now();
        buildOnly.push_back(std::chrono::duration<double, std::milli>(built - pop.readyAt).count());
        ready.push_back(pop.latencyMs());
        routeOnly.push_back(std::chrono::duration<double, std::milli>(pop.readyAt - routeStart).count());
        shown.push_back(std::chrono::duration<double, std::milli>(painted - event.receivedAt).count());
        // The reference column and the form follow on the next turn of the event loop (a queued
        // call): run it, then lay out and paint again, as the next frame would.
        QCoreApplication::sendPostedEvents(&area, QEvent::MetaCall);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        area.repaint();
        complete.push_back(
            std::chrono::duration<double, std::milli>(SteadyClock::now() - event.receivedAt).count());
        historyShown += pop.callerHistory.isEmpty() ? 0 : 1;
        unknown += pop.isKnownClient() ? 0 : 1;
        area.closeCurrentCall(true);
        // The console makes the next call's widgets once the pop is on screen; timed here.
        const auto spareStart = SteadyClock::now();
        area.prepareSpare();
        spare.push_back(std::chrono::duration<double, std::milli>(SteadyClock::now() - spareStart).count());
        waiting = false;
    });
    ami.start();

    QElapsedTimer wall;
    QTimer driver;
    driver.setInterval(0);
    QObject::connect(&driver, &QTimer::timeout, &app, [&] {
        if (!pbx.loggedIn() || ami.state() != CtiSource::State::Connected || waiting)
            return;
        if (next > 0)
            pbx.send(endedEvents(next - 1));
        if (next == calls) {
            driver.stop();
            app.quit();
            return;
        }
        if (next == 0)
            wall.start();
        waiting = true;
        pbx.send(offeredEvents(next, plan[size_t(next)].first, plan[size_t(next)].second));
        ++next;
    });
    driver.start();
    QTimer::singleShot(600000, &app, [&] {
        std::fprintf(stderr, "pop-latency: timed out after %d calls\n", next);
        app.exit(1);
    });
    if (app.exec() != 0)
        return 1;

    std::printf("\n## pop-latency — %d client accounts, %lld stored messages, %d calls\n\n", clients,
                static_cast<long long>(messages), calls);
    std::printf("machine: %s\ncommand: %s\n\n", qPrintable(bench::machineLine()),
                qPrintable(bench::commandLine(argc, argv)));
    std::printf("| %-36s | %8s | %8s | %8s | %-22s |\n", "ms", "median", "p99", "max", "target");
    std::printf("|%s|%s|%s|%s|%s|\n", "--------------------------------------", "----------", "----------",
                "----------", "------------------------");
    row("router only (route())", bench::summarize(routeOnly), "");
    row("socket -> pop ready (core)", bench::summarize(ready), "");
    row("pop tab built (widgets)", bench::summarize(buildOnly), "");
    row("socket -> pop shown (painted)", bench::summarize(shown), "median < 5, p99 < 16");
    row("socket -> pop complete (+ FAQ, form)", bench::summarize(complete), "");
    row("next call's widgets (between calls)", bench::summarize(spare), "");
    const auto s = bench::summarize(shown);
    std::printf("\n%zu pops (%d with caller history, %d unknown); %.0f calls/s end to end; RSS %.0f MiB\n",
                shown.size(), historyShown, unknown,
                1000.0 * double(calls) / double(std::max<qint64>(1, wall.elapsed())), bench::residentMiB());
    std::printf("target met: %s\n", s.median < 5.0 && s.p99 < 16.0 ? "yes" : "NO");
    const bench::Summary core = bench::summarize(ready);
    const QString scale =
        QStringLiteral("%1 clients, %2 messages, %3 calls").arg(clients).arg(messages).arg(calls);
    const QString ms = QStringLiteral("ms");
    const bool written = bench::writeJsonIfAsked(
        parser.value(json), QStringLiteral("pop-latency"), scale,
        {bench::below(QStringLiteral("pop-latency: socket -> pop shown median"), s.median, ms, 5),
         bench::below(QStringLiteral("pop-latency: socket -> pop shown p99"), s.p99, ms, 16),
         bench::info(QStringLiteral("pop-latency: socket -> pop shown max"), s.max, ms),
         bench::info(QStringLiteral("pop-latency: socket -> pop complete median"),
                     bench::summarize(complete).median, ms),
         bench::info(QStringLiteral("pop-latency: socket -> pop complete p99"),
                     bench::summarize(complete).p99, ms),
         bench::info(QStringLiteral("pop-latency: socket -> pop ready (core) median"), core.median, ms),
         bench::info(QStringLiteral("pop-latency: socket -> pop ready (core) p99"), core.p99, ms),
         bench::info(QStringLiteral("pop-latency: resident memory"), bench::residentMiB(),
                     QStringLiteral("MiB"))});
    return written ? 0 : 1;
}

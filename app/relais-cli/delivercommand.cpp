// relais-cli deliver: the team's delivery worker, headless. Plans the saved messages nobody planned
// yet (DeliverySweep, from --since or a day before the first queued message), escalates what nobody
// acknowledged, sends what is due through the configured transports and prints one line per attempt; with
// --once until nothing is due, else every --interval seconds until SIGINT/SIGTERM. --ack records an
// acknowledgement (a code a recipient quoted, or an operator's phone confirmation); --follow-ups
// prints the deliveries to see to.
#include "commands.h"

#include "clidatabase.h"
#include "common/clock.h"
#include "delivery/deliveryids.h"
#include "delivery/deliveryinbox.h"
#include "delivery/deliveryrepository.h"
#include "delivery/deliverysweep.h"
#include "delivery/deliveryworker.h"
#include "delivery/inboxserver.h"
#include "phone/phonenumbers.h"
#include "security/secretstore.h"
#include "storage/database.h"
#include "storage/databaseurl.h"
#include "transport/deliverysettings.h"
#include "transport/transport.h"
#include "transport/transportfactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QHostAddress>
#include <QSysInfo>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <map>
#include <memory>

namespace relais::cli {

namespace {

using namespace relais::delivery;

volatile std::sig_atomic_t g_stopDelivering = 0;

void requestStop(int)
{
    g_stopDelivering = 1;
}

struct DeliverText
{
    Q_DECLARE_TR_FUNCTIONS(DeliverText)
};

int fail(const QString &message)
{
    std::fprintf(stderr, "relais-cli deliver: %s\n", qPrintable(message));
    return 1;
}

int usage(const QString &message)
{
    std::fprintf(stderr, "relais-cli deliver: %s\n", qPrintable(message));
    return 2;
}

using Transports = std::map<Channel, std::unique_ptr<transport::Transport>>;

// The transports of the service's delivery settings (core/transport), secrets from the secret store
// or the environment. No settings file at the default place means no transport (deliveries wait);
// a file named with --settings must exist, and a malformed file is an error naming its line.
Result<Transports> loadTransports(const QString &settingsPath, const Clock &clock)
{
    const QString path = settingsPath.isEmpty() ? transport::defaultDeliverySettingsPath() : settingsPath;
    if (settingsPath.isEmpty() && !QFileInfo::exists(path))
        return Transports{};
    auto secrets = std::make_shared<SecretStore>(SecretStore::optionsFromEnvironment());
    const Result<transport::DeliverySettings> settings =
        transport::loadDeliverySettings(path, [secrets](const QString &key) { return secrets->read(key); });
    if (!settings)
        return settings.error();
    return transport::makeTransports(*settings, clock);
}

QString stamp(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

void printAttempt(const QDateTime &at, const AttemptReport &a)
{
    QString outcome;
    switch (a.state) {
    case DeliveryState::Sent:
        outcome = QStringLiteral("sent");
        break;
    case DeliveryState::Failed:
        outcome = QStringLiteral("failed");
        break;
    default:
        outcome = QStringLiteral("retry at ") + stamp(a.nextAttemptAt);
        break;
    }
    QString line = QStringLiteral("%1 %2 to %3 <%4> delivery %5 attempt %6: %7")
                       .arg(stamp(at), channelName(a.channel), a.recipientName, a.address, a.deliveryId)
                       .arg(a.attempt)
                       .arg(outcome);
    if (!a.answer.isEmpty())
        line += QStringLiteral(" (") + a.answer + QLatin1Char(')');
    if (!a.recordError.isEmpty())
        line += QStringLiteral(" [not recorded: ") + a.recordError + QLatin1Char(']');
    std::printf("%s\n", qPrintable(line));
}

void printEscalation(const QDateTime &at, const Escalation &e)
{
    const PlannedDelivery &from = e.from.planned;
    QString line = QStringLiteral("%1 %2 to %3 <%4> delivery %5 not acknowledged by %6: ")
                       .arg(stamp(at), channelName(from.channel), from.recipient.name, from.recipient.address,
                            from.deliveryId, stamp(from.acknowledgeBy));
    if (e.to)
        line += QStringLiteral("escalated to %1 <%2> (step %3, delivery %4)")
                    .arg(e.to->recipient.name, e.to->recipient.address)
                    .arg(e.to->step)
                    .arg(e.to->deliveryId);
    else
        line += QStringLiteral("nobody left to escalate to");
    std::printf("%s\n", qPrintable(line));
}

void printPlanned(const QDateTime &at, const SweptMessage &m)
{
    QString line = QStringLiteral("%1 message %2 of %3 planned: %4 deliveries queued")
                       .arg(stamp(at), m.messageId, m.clientCode)
                       .arg(m.queued);
    if (!m.problems.isEmpty())
        line += QStringLiteral(" (not planned: ") + m.problems.join(QStringLiteral("; ")) + QLatin1Char(')');
    std::printf("%s\n", qPrintable(line));
}

struct Totals
{
    int planned = 0;
    int sent = 0;
    int retrying = 0;
    int failed = 0;
    int escalated = 0;
    int unrecorded = 0;
};

// Runs worker steps until one finds nothing to do; false when the database failed.
bool runUntilIdle(DeliveryWorker &worker, const Clock &clock, Totals &totals, QString *error)
{
    for (;;) {
        if (g_stopDelivering)
            return true;
        const Result<RunReport> report = worker.runOnce();
        if (!report) {
            *error = report.error().toString();
            return false;
        }
        const QDateTime now = clock.now();
        for (const SweptMessage &m : report->planned) {
            printPlanned(now, m);
            totals.planned += 1;
        }
        for (const Escalation &e : report->escalations) {
            printEscalation(now, e);
            totals.escalated += 1;
        }
        for (const AttemptReport &a : report->attempts) {
            printAttempt(now, a);
            totals.sent += a.state == DeliveryState::Sent ? 1 : 0;
            totals.failed += a.state == DeliveryState::Failed ? 1 : 0;
            totals.retrying += a.state == DeliveryState::Queued ? 1 : 0;
            totals.unrecorded += a.recordError.isEmpty() ? 0 : 1;
        }
        std::fflush(stdout);
        if (report->idle())
            return true;
    }
}

int acknowledge(DeliveryRepository &repo, const QString &code, const QString &by, const QString &how)
{
    const Result<DeliveryRecord> r = repo.acknowledge(code, by, how, QDateTime::currentDateTimeUtc());
    if (!r)
        return fail(r.error().toString());
    const PlannedDelivery &p = r->planned;
    std::printf(
        "%s\n",
        qPrintable(QStringLiteral("acknowledged delivery %1 (%2 to %3 <%4>, message %5) by %6 (%7)")
                       .arg(p.deliveryId, channelName(p.channel), p.recipient.name, p.recipient.address,
                            p.messageId, r->acknowledgedBy, r->acknowledgedHow)));
    return 0;
}

int printFollowUps(DeliveryRepository &repo)
{
    const Result<QList<FollowUpItem>> items = repo.followUps(QDateTime::currentDateTimeUtc());
    if (!items)
        return fail(items.error().toString());
    static const char *kinds[] = {"callback", "waiting", "failed", "unacknowledged"};
    for (const FollowUpItem &item : *items)
        std::printf("%s\t%s\t%s\t%s\t%s\n", qPrintable(stamp(item.deadline)),
                    kinds[static_cast<int>(item.kind)], qPrintable(item.clientCode),
                    qPrintable(item.messageId), qPrintable(item.summary));
    return 0;
}

} // namespace

int runDeliver(const GlobalOptions &global, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DeliverText::tr(
        "Delivers the messages to the clients (email, SMS) as their transmission rules say, "
        "retries, escalates what nobody acknowledged, and records acknowledgements. Runs until "
        "interrupted unless --once. Run it in one place for the team: two workers never send one "
        "delivery twice."));
    parser.addHelpOption();
    const QCommandLineOption sharedOption(
        QStringLiteral("shared"),
        DeliverText::tr("The team's shared database (postgresql://…); default: RELAIS_SHARED_DB, else --db."),
        QStringLiteral("url"));
    const QCommandLineOption onceOption(
        QStringLiteral("once"), DeliverText::tr("Work until nothing is due, print the totals and exit."));
    const QCommandLineOption ackOption(
        QStringLiteral("ack"), DeliverText::tr("Acknowledge the delivery with this code (or delivery id)."),
        QStringLiteral("code"));
    const QCommandLineOption byOption(QStringLiteral("by"), DeliverText::tr("Who acknowledges (with --ack)."),
                                      QStringLiteral("login"));
    const QCommandLineOption howOption(
        QStringLiteral("how"),
        DeliverText::tr("How it was acknowledged: operator (a phone confirmation, the default) or code."),
        QStringLiteral("how"), QStringLiteral("operator"));
    const QCommandLineOption followUpsOption(
        QStringLiteral("follow-ups"), DeliverText::tr("Print the deliveries waiting, failed or "
                                                      "unacknowledged past their deadline, and exit."));
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"), DeliverText::tr("The delivery settings file (SMTP server, SMS gateway)."),
        QStringLiteral("file"));
    const QCommandLineOption supervisorNameOption(QStringLiteral("supervisor-name"),
                                                  DeliverText::tr("The supervisor escalations end with."),
                                                  QStringLiteral("name"), QStringLiteral("Supervisor"));
    const QCommandLineOption supervisorEmailOption(QStringLiteral("supervisor-email"),
                                                   DeliverText::tr("The supervisor's email address."),
                                                   QStringLiteral("address"));
    const QCommandLineOption supervisorSmsOption(QStringLiteral("supervisor-sms"),
                                                 DeliverText::tr("The supervisor's mobile number (E.164)."),
                                                 QStringLiteral("number"));
    const QCommandLineOption ackUrlOption(
        QStringLiteral("ack-url"),
        DeliverText::tr("The acknowledgement link put in messages, {code} replaced by the code."),
        QStringLiteral("template"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"),
                                            DeliverText::tr("Seconds between rounds (default 10)."),
                                            QStringLiteral("seconds"), QStringLiteral("10"));
    const QCommandLineOption sinceOption(
        QStringLiteral("since"),
        DeliverText::tr("Plan the saved messages created since this UTC date or time (2026-11-23 or "
                        "2026-11-23T08:00:00Z); default: a day before the first message ever queued, or "
                        "a day before now on the first start."),
        QStringLiteral("when"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        DeliverText::tr("Serve the acknowledgement links and the SMS gateway's callbacks on this address "
                        "and port (127.0.0.1:8480), behind the service's HTTPS proxy."),
        QStringLiteral("address:port"));
    parser.addOptions({sharedOption, onceOption, ackOption, byOption, howOption, followUpsOption,
                       settingsOption, supervisorNameOption, supervisorEmailOption, supervisorSmsOption,
                       ackUrlOption, intervalOption, sinceOption, listenOption});
    if (!parser.parse(QStringList{QStringLiteral("relais-cli deliver")} + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << QStringLiteral("Usage: relais-cli [--db URL] deliver [--shared URL] [--once] "
                                              "[--since DATE] [--ack CODE --by LOGIN] [--follow-ups]\n")
                            << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (parser.isSet(ackOption) && parser.value(byOption).trimmed().isEmpty())
        return usage(QStringLiteral("--ack needs --by LOGIN: who acknowledges"));
    bool intervalOk = false;
    const int interval = parser.value(intervalOption).toInt(&intervalOk);
    if (!intervalOk || interval < 1 || interval > 3600)
        return usage(QStringLiteral("--interval must be a number of seconds from 1 to 3600, not '%1'")
                         .arg(parser.value(intervalOption)));

    QDateTime since;
    if (parser.isSet(sinceOption)) {
        const QString text = parser.value(sinceOption).trimmed();
        since = QDateTime::fromString(text, Qt::ISODate);
        if (!since.isValid()) {
            const QDate day = QDate::fromString(text, Qt::ISODate);
            if (day.isValid())
                since = QDateTime(day, QTime(0, 0), Qt::UTC);
        }
        if (!since.isValid())
            return usage(
                QStringLiteral("--since must be a date (2026-11-23) or a time (2026-11-23T08:00:00Z), "
                               "not '%1'")
                    .arg(text));
        if (since.timeSpec() == Qt::LocalTime)
            since.setTimeSpec(Qt::UTC);
        since = since.toUTC();
    }

    GlobalOptions target = global;
    const QString shared =
        parser.isSet(sharedOption) ? parser.value(sharedOption) : qEnvironmentVariable("RELAIS_SHARED_DB");
    if (!shared.isEmpty())
        target.databaseUrl = shared;
    Result<OpenedDatabase> opened = openDatabase(target);
    if (!opened)
        return fail(opened.error().toString());
    DeliveryRepository repo(*opened->db);

    if (parser.isSet(ackOption))
        return acknowledge(repo, parser.value(ackOption), parser.value(byOption).trimmed(),
                           parser.value(howOption));
    if (parser.isSet(followUpsOption))
        return printFollowUps(repo);

    const SystemClock clock;
    const PhoneNumbers phones;
    DeliveryInbox inbox(repo, phones, clock);
    std::unique_ptr<InboxServer> server;
    if (parser.isSet(listenOption)) {
        const QString listen = parser.value(listenOption);
        const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : 0;
        const QHostAddress address(colon > 0 ? listen.left(colon) : QString());
        if (!portOk || port < 1 || port > 65535 || address.isNull())
            return usage(QStringLiteral("--listen must be an address and a port (127.0.0.1:8480), not '%1'")
                             .arg(listen));
        // The gateway callbacks' token: like the other secrets, from the store or the environment.
        SecretStore secrets(SecretStore::optionsFromEnvironment());
        QString token = secrets.read(QStringLiteral("delivery/inbox-token")).value_or(QString());
        if (token.isEmpty())
            token = qEnvironmentVariable("RELAIS_INBOX_TOKEN");
        server = std::make_unique<InboxServer>(inbox, token);
        if (server->listen(address, static_cast<quint16>(port)) == 0)
            return fail(
                QStringLiteral("cannot listen on %1: the port is taken or the address is not this machine's")
                    .arg(listen));
        std::fprintf(stderr, "relais-cli deliver: serving acknowledgement links on http://%s/ack/CODE%s\n",
                     listen.toUtf8().constData(),
                     token.isEmpty() ? " (SMS replies and receipts off: no inbox token)"
                                     : ", /sms/reply, /sms/receipt");
    }
    Result<Transports> transports = loadTransports(parser.value(settingsOption), clock);
    if (!transports)
        return fail(transports.error().toString());
    QMap<Channel, transport::Transport *> byChannel;
    for (const auto &[channel, t] : *transports)
        byChannel.insert(channel, t.get());
    if (byChannel.isEmpty())
        std::fprintf(stderr,
                     "relais-cli deliver: no transport is configured: deliveries wait, only escalations "
                     "and acknowledgements are processed\n");

    WorkerOptions options;
    options.workerId =
        QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
    options.escalation =
        EscalationPolicy{parser.value(supervisorNameOption), parser.value(supervisorEmailOption),
                         parser.value(supervisorSmsOption)};
    options.acknowledgeUrlTemplate = parser.value(ackUrlOption);
    DeliveryWorker worker(repo, clock, byChannel, options);
    // Plans what consoles saved and nobody planned yet, each round before claiming.
    DeliverySweep sweep(*opened->db, phones);
    worker.setSweep(&sweep, since);

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    Totals totals;
    QString error;
    if (parser.isSet(onceOption)) {
        if (!runUntilIdle(worker, clock, totals, &error))
            return fail(error);
    } else {
        // A signal handler may only set a flag; the loop looks at it between rounds and every 100 ms,
        // serving the inbox's requests while it waits.
        QEventLoop wait;
        QTimer tick;
        tick.setInterval(100);
        QObject::connect(&tick, &QTimer::timeout, &wait, &QEventLoop::quit);
        tick.start();
        while (!g_stopDelivering) {
            if (!runUntilIdle(worker, clock, totals, &error))
                return fail(error);
            for (int waited = 0; waited < interval * 10 && !g_stopDelivering; ++waited)
                wait.exec();
        }
    }
    const Result<qint64> queued = repo.countInState(DeliveryState::Queued);
    if (!queued)
        return fail(queued.error().toString());
    std::printf("planned %d, sent %d, retrying %d, failed %d, escalated %d, waiting %lld\n", totals.planned,
                totals.sent, totals.retrying, totals.failed, totals.escalated,
                static_cast<long long>(*queued));
    return totals.unrecorded == 0 ? 0 : 1;
}

} // namespace relais::cli

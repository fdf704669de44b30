// relais-cli watch: connects to a call source (sim:// or ami://) and prints each pop as one JSON
// line, until SIGINT/SIGTERM. Source failures go to stderr, one line each; the source keeps retrying.
#include "clidatabase.h"
#include "commands.h"

#include "common/clock.h"
#include "cti/ctisourcefactory.h"
#include "phone/phonenumbers.h"
#include "routing/callrouter.h"
#include "routing/clientindex.h"
#include "settings/settings.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/databaseurl.h"
#include "storage/demoseed.h"
#include "storage/messagerepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>
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
    std::fprintf(stderr, "relais-cli watch: %s\n", qPrintable(message));
    return 1;
}

QByteArray popLine(const Pop &pop)
{
    QJsonObject line{
        {QStringLiteral("callId"), pop.callId},
        {QStringLiteral("client"), pop.client ? QJsonValue(pop.client->code) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("caller"), pop.callerNumber},
        {QStringLiteral("dialed"), pop.dialedNumber},
        {QStringLiteral("greeting"), pop.greeting},
        {QStringLiteral("latencyMs"), pop.latencyMs()},
    };
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

const char *stateName(CtiSource::State state)
{
    switch (state) {
    case CtiSource::State::Connected:
        return "connected";
    case CtiSource::State::Connecting:
        return "connecting";
    case CtiSource::State::Failed:
        return "failed";
    case CtiSource::State::Disconnected:
        break;
    }
    return "disconnected";
}

SimulatorSource::Options simulatorOptions(const ClientIndex &index)
{
    SimulatorSource::Options options;
    QSet<QString> known;
    for (const ClientEntry *entry : index.all()) {
        options.dialedNumbers += entry->consignes->dialedNumbers;
        for (const Person &person : entry->consignes->directory)
            for (const ContactNumber &number : person.numbers)
                known.insert(number.number);
    }
    options.knownCallers = known.values();
    options.knownCallers.sort();
    options.intervalSeconds = 3; // sim:// alone should show something; ?interval= overrides
    return options;
}

} // namespace

int runWatch(const GlobalOptions &global, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Connects to a call source and prints one JSON line per pop: callId, client "
                    "(code or null), caller, dialed, greeting, latencyMs. Runs until "
                    "interrupted."));
    parser.addHelpOption();
    const QCommandLineOption ctiOption(QStringLiteral("cti"),
                                       CliText::tr("Call source: sim://[?interval=SECONDS] or "
                                                   "ami://USER[:SECRET]@HOST[:PORT]?device=PJSIP/"
                                                   "201[&dialed=exten|variable:NAME|queue][&ping=SECONDS] "
                                                   "(secret also from RELAIS_AMI_SECRET)."),
                                       QStringLiteral("url"), QStringLiteral("sim://"));
    parser.addOption(ctiOption);
    // The greeting says the operator's first name; default to the console's setting's default.
    const QCommandLineOption operatorOption(QStringLiteral("operator"),
                                            CliText::tr("Operator first name said in the greeting."),
                                            QStringLiteral("name"), settings::operatorFirstName.defaultValue);
    parser.addOption(operatorOption);
    if (!parser.parse(QStringList{QStringLiteral("relais-cli watch")} + args)) {
        std::fprintf(stderr, "relais-cli watch: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << QStringLiteral("Usage: relais-cli [--db URL] watch [--cti URL]\n")
                            << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "relais-cli watch: unexpected argument '%s'\n",
                     qPrintable(parser.positionalArguments().first()));
        return 2;
    }

    const PhoneNumbers phones;
    const Result<OpenedDatabase> opened = openDatabase(global, &phones);
    if (!opened)
        return fail(opened.error().toString());
    Database &db = *opened->db;
    const Result<QList<ClientEntry>> clients = ClientRepository(db, phones).loadLatest();
    if (!clients)
        return fail(clients.error().toString());

    ClientIndex index;
    index.reset(*clients);
    const MessageRepository history(db);
    const SystemClock clock;
    CallRouter router(index, phones, history, clock);
    router.setOperatorFirstName(parser.value(operatorOption));
    router.prepareAll();

    auto source =
        makeCtiSource(parser.value(ctiOption), CtiSourceDependencies{clock, simulatorOptions(index)});
    if (!source)
        return fail(source.error().toString());
    CtiSource &cti = *source.value();

    QObject::connect(&cti, &CtiSource::callEvent, [&router](const CallEvent &event) {
        if (event.kind != CallEvent::Kind::Offered)
            return;
        const QByteArray line = popLine(router.route(event));
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    });
    QObject::connect(&cti, &CtiSource::stateChanged, [](CtiSource::State state, const QString &detail) {
        // Connecting is progress, not a failure; the line before it already said why.
        if (state == CtiSource::State::Connected || state == CtiSource::State::Connecting || detail.isEmpty())
            return;
        std::fprintf(stderr, "relais-cli watch: call source %s: %s\n", stateName(state), qPrintable(detail));
        std::fflush(stderr);
    });

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    // A signal handler may only set a flag; the event loop looks at it.
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, [] {
        if (g_stopRequested)
            QCoreApplication::quit();
    });
    stopWatch.start(100);

    cti.start();
    const int code = QCoreApplication::exec();
    QObject::disconnect(&cti, nullptr, nullptr, nullptr);
    cti.stop();
    return code;
}

} // namespace relais::cli

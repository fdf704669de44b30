// Builds the console's services in dependency order (see consoleservices.h).
#include "consoleservices.h"

#include "common/clock.h"
#include "cti/ctisourcefactory.h"
#include "cti/dialingrules.h"
#include "cti/simulatorsource.h"
#include "logging/logging.h"
#include "phone/phonenumbers.h"
#include "routing/callrouter.h"
#include "routing/clientindex.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/databaseurl.h"
#include "storage/demoseed.h"
#include "storage/messagerepository.h"
#include "supervision/callrecorder.h"
#include "supervision/callrecordrepository.h"

#include <QCoreApplication>
#include <QSet>

namespace relais {
namespace {

// The simulator rings the clients' own numbers, and now and then calls from a number in a client's
// directory so the "known contact" part of the pop shows too.
SimulatorSource::Options simulatorOptions(const ClientIndex &index, const ConsoleConfig &config)
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
    options.intervalSeconds = config.simulatorIntervalSeconds;
    options.seed = config.simulatorSeed;
    options.unknownNumberRate = config.simulatorUnknownNumberRate;
    return options;
}

} // namespace

ConsoleServices::ConsoleServices() = default;
ConsoleServices::~ConsoleServices() = default;

Result<std::unique_ptr<ConsoleServices>> ConsoleServices::open(const ConsoleConfig &config,
                                                               std::unique_ptr<Clock> clock)
{
    auto log = logging::module("ui");
    std::unique_ptr<ConsoleServices> services(new ConsoleServices);
    services->m_clock = std::move(clock);
    services->m_phones = std::make_unique<PhoneNumbers>();

    DatabaseUrl url = DatabaseUrl::defaultLocal();
    if (!config.databaseUrl.isEmpty()) {
        auto parsed = DatabaseUrl::parse(config.databaseUrl);
        if (!parsed)
            return parsed.error();
        url = parsed.value();
    }
    auto database = Database::open(url);
    if (!database)
        return database.error();
    services->m_database = std::move(database).value();
    if (Status migrated = services->m_database->migrate(); !migrated)
        return migrated.error();

    services->m_clients = std::make_unique<ClientRepository>(*services->m_database);
    services->m_messages = std::make_unique<MessageRepository>(*services->m_database);
    // Demo clients go into a desk's own SQLite file only, never into a team's shared PostgreSQL.
    if (config.seedDemoClients && url.engine == DatabaseUrl::Engine::Sqlite) {
        if (Status seeded = seedDemoClientsIfEmpty(*services->m_database, *services->m_phones); !seeded)
            return seeded.error();
    }

    auto entries = services->m_clients->loadLatest();
    if (!entries)
        return entries.error();
    services->m_index = std::make_unique<ClientIndex>();
    services->m_index->reset(entries.value());
    log->info("routing index: {} client accounts", services->m_index->size());

    services->m_router = std::make_unique<CallRouter>(*services->m_index, *services->m_phones,
                                                      *services->m_messages, *services->m_clock);
    services->m_router->setOperatorFirstName(config.operatorFirstName);

    auto source = makeCtiSource(config.ctiUrl, CtiSourceDependencies{
                                                   *services->m_clock,
                                                   simulatorOptions(*services->m_index, config),
                                               });
    if (!source)
        return source.error();
    services->m_cti = std::move(source).value();
    // Wrong rules stop the start like a wrong call source: dialing with rules nobody meant is worse.
    auto rules =
        DialingRules::fromJson(config.dialingRules.toUtf8(), QStringLiteral("settings cti/dialingRules"));
    if (!rules)
        return rules.error();
    services->m_cti->setDialingRules(std::move(rules).value());
    services->m_simulator = qobject_cast<SimulatorSource *>(services->m_cti.get());

    // The recorder names a call's client the way the router does: the dialed number, normalized.
    services->m_callRecords = std::make_unique<CallRecordRepository>(*services->m_database);
    ConsoleServices *s = services.get();
    services->m_recorder = std::make_unique<CallRecorder>(
        *services->m_callRecords, *services->m_clock, config.operatorLogin, [s](const CallEvent &event) {
            const ClientEntry *entry =
                s->m_index->findByDialedNumber(s->m_phones->normalize(event.dialedNumber));
            return entry ? entry->consignes->code : QString();
        });
    // Attached before any widget connects, so a call's record exists when its pop is shown.
    services->m_recorder->attach(*services->m_cti);
    return services;
}

QString ConsoleServices::databaseDescription() const
{
    const DatabaseUrl &url = m_database->url();
    if (url.engine == DatabaseUrl::Engine::Sqlite)
        return QCoreApplication::translate("ConsoleServices", "SQLite — %1").arg(url.path);
    return QCoreApplication::translate("ConsoleServices", "PostgreSQL — %1").arg(url.redacted());
}

} // namespace relais

// The keyboard tests' console (see keyboardconsole.h).
#include "keyboardconsole.h"

#include "callarea.h"
#include "cti/callevent.h"
#include "cti/ctisource.h"
#include "storage/clientrepository.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QSettings>

namespace relais::test {
namespace {

// 2024-03-12 is a Tuesday; 09:00 UTC is 10:00 in Lyon, inside the plumber's hours.
const QDateTime kTuesdayMorning{QDate(2024, 3, 12), QTime(9, 0), Qt::UTC};

} // namespace

Consignes plumberConsignes()
{
    Consignes c;
    c.code = kPlumberCode;
    c.name = QStringLiteral("Dupont Plomberie");
    c.sector = QStringLiteral("Artisan");
    c.dialedNumbers = {kPlumberNumber};
    for (int day = 0; day < 5; ++day)
        c.hours.weekly.days[static_cast<size_t>(day)] = {TimeSpan{QTime(7, 30), QTime(18, 0)}};
    c.greetings.open = QStringLiteral("{salutation}, Dupont Plomberie, {operator} à votre écoute.");
    c.checklist = {
        {QStringLiteral("name"),
         QStringLiteral("Nom"),
         FieldType::Text,
         true,
         QStringLiteral("Nom et prénom"),
         {}},
        {QStringLiteral("callback"), QStringLiteral("Numéro de rappel"), FieldType::Phone, true, {}, {}},
        {QStringLiteral("leak"), QStringLiteral("Fuite d'eau en cours ?"), FieldType::YesNo, true, {}, {}},
        {QStringLiteral("address"), QStringLiteral("Adresse du chantier"), FieldType::Text, true, {}, {}},
        {QStringLiteral("object"), QStringLiteral("Motif"), FieldType::MultilineText, false, {}, {}},
    };
    c.urgencyLevels = {{QStringLiteral("normal"), QStringLiteral("Normal"), 0},
                       {QStringLiteral("urgent"), QStringLiteral("Urgent"), 10}};
    c.defaultUrgency = QStringLiteral("normal");
    UrgencyRule leak;
    leak.id = QStringLiteral("leak");
    leak.description = QStringLiteral("Fuite d'eau en cours");
    leak.level = QStringLiteral("urgent");
    leak.when.answers = {{QStringLiteral("leak"), QStringLiteral("oui")}};
    leak.procedure.action = ProcedureAction::MessageOnly;
    leak.procedure.instructions = QStringLiteral("Prévenir M. Dupont par SMS tout de suite");
    c.urgencyRules = {leak};
    return c;
}

KeyboardConsole::KeyboardConsole(const KeyboardConsoleOptions &options)
{
    REQUIRE(dir.isValid());
    const QString url = QStringLiteral("sqlite://") + databaseFile();
    {
        auto db = Database::open(DatabaseUrl::parse(url).value());
        REQUIRE(db.ok());
        REQUIRE(db.value()->migrate().ok());
        if (!options.demoClients) { // else the console seeds its empty store with the demo accounts
            ClientRepository clients(*db.value());
            auto saved = clients.saveAll({plumberConsignes()}, QStringLiteral("test"));
            INFO((saved.ok() ? QString() : saved.error().toString()).toStdString());
            REQUIRE(saved.ok());
        }
    }
    ConsoleConfig config;
    config.databaseUrl = url;
    config.ctiUrl = QStringLiteral("sim://");
    config.simulatorSeed = 7;
    config.simulatorUnknownNumberRate = 0.0;
    config.operatorFirstName = QStringLiteral("Camille");
    config.seedDemoClients = options.demoClients;
    auto opened = ConsoleServices::open(config, std::make_unique<FixedClock>(kTuesdayMorning));
    INFO((opened.ok() ? QString() : opened.error().toString()).toStdString());
    REQUIRE(opened.ok());
    services = std::move(opened).value();
    settings = std::make_unique<Settings>(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("relais.ini")), QSettings::IniFormat));
    window = std::make_unique<MainWindow>(*services, *settings);
    window->show();
}

KeyboardConsole::~KeyboardConsole()
{
    window.reset(); // widgets first: they watch the call source
    services.reset();
}

QString KeyboardConsole::databaseFile() const
{
    return dir.filePath(QStringLiteral("relais.db"));
}

void KeyboardConsole::offer(const QString &callId, const QString &caller, const QString &dialed)
{
    CallEvent event;
    event.kind = CallEvent::Kind::Offered;
    event.callId = callId;
    event.dialedNumber = dialed;
    event.callerNumber = caller;
    event.time = services->clock().now();
    Q_EMIT services->cti().callEvent(event);
    // The pop's second part comes on the event loop's next turn; these tests read it whole.
    window->callArea().completePop(callId);
}

} // namespace relais::test

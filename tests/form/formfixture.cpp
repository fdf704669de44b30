// The message form tests' console (see formfixture.h).
#include "formfixture.h"

#include "callarea.h"
#include "cti/ctisource.h"
#include "storage/clientrepository.h"
#include "storage/database.h"

#include <QSettings>
#include <QTest>

namespace relais::test {
namespace {

const QDateTime kTuesdayMorning{QDate(2024, 3, 12), QTime(9, 0), Qt::UTC};

WeeklyHours allWeek()
{
    WeeklyHours hours;
    for (int day = 0; day < 7; ++day)
        hours.days[static_cast<size_t>(day)] = {TimeSpan{QTime(0, 0), QTime(23, 59)}};
    return hours;
}

} // namespace

Consignes plumberConsignes()
{
    Consignes c;
    c.code = QStringLiteral("PLOMB-DUBOIS");
    c.name = kPlumberName;
    c.dialedNumbers = {kPlumberNumber};
    c.hours.weekly = allWeek();
    c.greetings.open = QStringLiteral("Dubois Plomberie, bonjour.");
    c.checklist = {
        {QStringLiteral("name"),
         QStringLiteral("Nom"),
         FieldType::Text,
         true,
         QStringLiteral("Nom et prénom"),
         {}},
        {QStringLiteral("callback_number"),
         QStringLiteral("Numéro de rappel"),
         FieldType::Phone,
         true,
         {},
         {}},
        {QStringLiteral("address"), QStringLiteral("Adresse"), FieldType::Text, true, {}, {}},
        {QStringLiteral("email"), QStringLiteral("Courriel"), FieldType::Email, false, {}, {}},
    };
    c.urgencyLevels = {{QStringLiteral("normal"), QStringLiteral("Normal"), 0},
                       {QStringLiteral("urgent"), QStringLiteral("Urgent"), 10}};
    c.defaultUrgency = QStringLiteral("normal");
    c.directory = {{QStringLiteral("marc"),
                    QStringLiteral("Marc Dubois"),
                    QStringLiteral("Gérant"),
                    {{QStringLiteral("Portable"), QStringLiteral("+33611223344")}},
                    {},
                    {}}};
    UrgencyRule leak;
    leak.id = QStringLiteral("leak");
    leak.description = QStringLiteral("Fuite d'eau");
    leak.level = QStringLiteral("urgent");
    leak.when.keywords = {QStringLiteral("fuite")};
    leak.procedure.action = ProcedureAction::Transfer;
    leak.procedure.target = QStringLiteral("marc");
    c.urgencyRules = {leak};
    FilteringRule sales;
    sales.id = QStringLiteral("sales");
    sales.description = QStringLiteral("Démarchage commercial");
    sales.when.keywords = {QStringLiteral("démarchage")};
    sales.say = QStringLiteral("M. Dubois ne donne pas suite aux offres commerciales.");
    c.filteringRules = {sales};
    return c;
}

Consignes dentistConsignes()
{
    Consignes c;
    c.code = QStringLiteral("DENT-ROUX");
    c.name = QStringLiteral("Cabinet dentaire Roux");
    c.dialedNumbers = {kDentistNumber};
    c.hours.weekly = allWeek();
    c.greetings.open = QStringLiteral("Cabinet Roux, bonjour.");
    c.checklist = {{QStringLiteral("patient"), QStringLiteral("Patient"), FieldType::Text, true, {}, {}}};
    c.urgencyLevels = {{QStringLiteral("normal"), QStringLiteral("Normal"), 0}};
    c.defaultUrgency = QStringLiteral("normal");
    return c;
}

FormFixture::FormFixture()
{
    REQUIRE(dir.isValid());
    url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("relais.db"));
    {
        auto db = Database::open(DatabaseUrl::parse(url).value());
        REQUIRE(db.ok());
        REQUIRE(db.value()->migrate().ok());
        ClientRepository clients(*db.value());
        auto saved = clients.saveAll({plumberConsignes(), dentistConsignes()}, QStringLiteral("test"));
        INFO((saved.ok() ? QString() : saved.error().toString()).toStdString());
        REQUIRE(saved.ok());
    }
    settings = std::make_unique<Settings>(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("relais.ini")), QSettings::IniFormat));
    settings->setValue(settings::operatorLogin, QStringLiteral("camille"));
    openConsole();
}

FormFixture::~FormFixture()
{
    closeConsole();
}

void FormFixture::openConsole()
{
    auto fixedClock = std::make_unique<FixedClock>(kTuesdayMorning);
    clock = fixedClock.get();
    ConsoleConfig config;
    config.databaseUrl = url;
    config.simulatorSeed = 7;
    config.simulatorUnknownNumberRate = 0.0;
    config.operatorFirstName = QStringLiteral("Camille");
    config.seedDemoClients = false;
    auto opened = ConsoleServices::open(config, std::move(fixedClock));
    INFO((opened.ok() ? QString() : opened.error().toString()).toStdString());
    REQUIRE(opened.ok());
    services = std::move(opened).value();
    window = std::make_unique<MainWindow>(*services, *settings);
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
}

void FormFixture::closeConsole()
{
    window.reset(); // widgets first: they watch the call source and hold the store
    services.reset();
}

void FormFixture::offer(const QString &callId, const QString &dialed, const QString &caller)
{
    CallEvent event;
    event.kind = CallEvent::Kind::Offered;
    event.callId = callId;
    event.dialedNumber = dialed;
    event.callerNumber = caller;
    event.time = clock->now();
    Q_EMIT services->cti().callEvent(event);
    // The pop's second part comes on the event loop's next turn; these tests read it whole.
    window->callArea().completePop(callId);
}

void FormFixture::report(CallEvent::Kind kind, const QString &callId)
{
    CallEvent event;
    event.kind = kind;
    event.callId = callId;
    event.time = clock->now();
    Q_EMIT services->cti().callEvent(event);
}

MessageForm *FormFixture::form(const QString &callId) const
{
    MessageForm *found = window->callArea().form(callId);
    REQUIRE(found != nullptr);
    return found;
}

} // namespace relais::test

// The widget tests' console (see uifixture.h).
#include "uifixture.h"

#include "callarea.h"
#include "cti/ctisource.h"
#include "phone/phonenumbers.h"
#include "storage/clientrepository.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QTabBar>

namespace relais::test {
namespace {

WeeklyHours weekdays(QTime start, QTime end)
{
    WeeklyHours hours;
    for (int day = 0; day < 5; ++day)
        hours.days[static_cast<size_t>(day)] = {TimeSpan{start, end}};
    return hours;
}

} // namespace

Consignes leroyConsignes()
{
    Consignes c;
    c.code = QStringLiteral("CAB-LEROY");
    c.name = kLeroyName;
    c.sector = QStringLiteral("Médical");
    c.dialedNumbers = {kLeroyNumber};
    c.hours.weekly = weekdays(QTime(8, 0), QTime(19, 0));
    c.greetings.open = QStringLiteral("{salutation}, cabinet du docteur Leroy, {operator} à votre écoute.");
    c.greetings.closed =
        QStringLiteral("{salutation}, le cabinet est fermé. {operator} prend votre message.");
    c.checklist = {
        {QStringLiteral("name"),
         QStringLiteral("Nom du patient"),
         FieldType::Text,
         true,
         QStringLiteral("Nom et prénom, épelez si besoin"),
         {}},
        {QStringLiteral("callback"), QStringLiteral("Numéro de rappel"), FieldType::Phone, true, {}, {}},
        {QStringLiteral("object"),
         QStringLiteral("Motif"),
         FieldType::MultilineText,
         false,
         QStringLiteral("Sans détail médical"),
         {}},
    };
    c.urgencyLevels = {{QStringLiteral("normal"), QStringLiteral("Normal"), 0},
                       {QStringLiteral("urgent"), QStringLiteral("Urgent"), 10}};
    c.defaultUrgency = QStringLiteral("normal");
    c.directory = {{QStringLiteral("leroy"),
                    QStringLiteral("Dr Paul Leroy"),
                    QStringLiteral("Médecin"),
                    {{QStringLiteral("Portable"), QStringLiteral("+33611223344")}},
                    {},
                    {}}};
    c.faq = {
        {QStringLiteral("Le cabinet prend-il la carte Vitale ?"), QStringLiteral("Oui, et le tiers payant.")},
        {QStringLiteral("Où se garer ?"), QStringLiteral("Parking gratuit rue des Lilas.")}};
    c.say = {QStringLiteral("Proposer le prochain créneau libre")};
    c.neverSay = {QStringLiteral("Un avis médical")};
    return c;
}

Consignes martinConsignes()
{
    Consignes c;
    c.code = QStringLiteral("PLOMB-MARTIN");
    c.name = kMartinName;
    c.sector = QStringLiteral("Artisan");
    c.dialedNumbers = {kMartinNumber};
    c.hours.weekly = weekdays(QTime(7, 30), QTime(18, 0));
    c.greetings.open = QStringLiteral("{salutation}, Martin Plomberie, {operator}, que puis-je pour vous ?");
    c.checklist = {
        {QStringLiteral("address"), QStringLiteral("Adresse du chantier"), FieldType::Text, true, {}, {}}};
    c.urgencyLevels = {{QStringLiteral("normal"), QStringLiteral("Normal"), 0}};
    c.defaultUrgency = QStringLiteral("normal");
    return c;
}

ConsoleFixture::ConsoleFixture(const ConsoleFixtureOptions &options)
{
    REQUIRE(dir.isValid());
    const QString url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("relais.db"));
    {
        auto db = Database::open(DatabaseUrl::parse(url).value());
        REQUIRE(db.ok());
        REQUIRE(db.value()->migrate().ok());
        ClientRepository clients(*db.value());
        auto saved = clients.saveAll({leroyConsignes(), martinConsignes()}, QStringLiteral("test"));
        INFO((saved.ok() ? QString() : saved.error().toString()).toStdString());
        REQUIRE(saved.ok());
    }
    auto fixedClock = std::make_unique<FixedClock>(kTuesdayMorning);
    clock = fixedClock.get();
    ConsoleConfig config;
    config.databaseUrl = url;
    config.ctiUrl = options.ctiUrl;
    config.simulatorSeed = options.seed;
    config.simulatorUnknownNumberRate = options.unknownNumberRate;
    config.operatorFirstName = QStringLiteral("Camille");
    config.seedDemoClients = false;
    auto opened = ConsoleServices::open(config, std::move(fixedClock));
    INFO((opened.ok() ? QString() : opened.error().toString()).toStdString());
    REQUIRE(opened.ok());
    services = std::move(opened).value();
    settings = std::make_unique<Settings>(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("relais.ini")), QSettings::IniFormat));
    window = std::make_unique<MainWindow>(*services, *settings);
    window->show();
}

ConsoleFixture::~ConsoleFixture()
{
    window.reset(); // widgets first: they watch the call source
    services.reset();
}

void ConsoleFixture::offer(const QString &callId, const QString &dialed, const QString &caller)
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

void ConsoleFixture::report(CallEvent::Kind kind, const QString &callId)
{
    CallEvent event;
    event.kind = kind;
    event.callId = callId;
    event.time = clock->now();
    Q_EMIT services->cti().callEvent(event);
}

QLabel *label(const QWidget *parent, const char *objectName)
{
    auto *found = parent->findChild<QLabel *>(QLatin1String(objectName));
    INFO("label " << objectName);
    REQUIRE(found != nullptr);
    return found;
}

QStringList visibleTexts(const QWidget *widget)
{
    QStringList texts;
    for (const QLabel *l : widget->findChildren<QLabel *>())
        if (l->isVisibleTo(widget))
            texts << l->text();
    for (const QListWidget *list : widget->findChildren<QListWidget *>()) {
        if (!list->isVisibleTo(widget))
            continue;
        for (int i = 0; i < list->count(); ++i)
            if (!list->item(i)->isHidden())
                texts << list->item(i)->text();
    }
    for (const QTabBar *bar : widget->findChildren<QTabBar *>())
        for (int i = 0; i < bar->count(); ++i)
            texts << bar->tabText(i);
    return texts;
}

} // namespace relais::test

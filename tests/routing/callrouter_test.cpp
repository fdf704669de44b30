// Call router: an offered call becomes a pop with the right client (or none), greeting, rules,
// on-call person, known contact and history, at the client's local time.
#include "routing/callrouter.h"

#include "common/clock.h"
#include "cti/callevent.h"
#include "phone/phonenumbers.h"
#include "routing/callerhistory.h"
#include "routing/clientindex.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace relais;

namespace {

struct HistoryQuery
{
    QString clientCode;
    QString caller;
    int limit = 0;
};

class FakeHistory final : public CallerHistory
{
public:
    QList<MessageSummary> history(const QString &clientCode, const QString &callerE164,
                                  int limit) const override
    {
        queries.append({clientCode, callerE164, limit});
        if (clientCode == QLatin1String("CAB-LEROY") && callerE164 == QLatin1String("+33611111111"))
            return canned.mid(0, limit);
        return {};
    }
    QList<MessageSummary> canned;
    mutable QList<HistoryQuery> queries;
};

QDateTime paris(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute),
                     QTimeZone(QByteArrayLiteral("Europe/Paris")))
        .toUTC();
}

TimeSpan span(int sh, int sm, int eh, int em)
{
    return {QTime(sh, sm), QTime(eh, em)};
}

std::shared_ptr<Consignes> leroy()
{
    auto c = std::make_shared<Consignes>();
    c->code = QStringLiteral("CAB-LEROY");
    c->name = QStringLiteral("Cabinet Leroy");
    c->sector = QString::fromUtf8("Médical");
    c->dialedNumbers = {QStringLiteral("+33142685300"), QStringLiteral("+33142685301")};
    for (int day = 0; day < 5; ++day)
        c->hours.weekly.days[static_cast<size_t>(day)] = {span(8, 30, 12, 0), span(14, 0, 19, 30)};
    c->greetings.open = QString::fromUtf8("{salutation}, {client}, {operator} à votre écoute.");
    c->greetings.closed = QString::fromUtf8("{salutation}, {client} est fermé. Je prends votre message.");
    c->greetings.overflow = QStringLiteral("{salutation}, standard de {client}.");
    Person doctor;
    doctor.id = QStringLiteral("leroy");
    doctor.name = QStringLiteral("Dr Leroy");
    doctor.numbers = {{QStringLiteral("Portable"), QStringLiteral("+33612345678")}};
    c->directory = {doctor};
    c->onCall = {{QStringLiteral("leroy"), {0, 1, 2, 3, 4}, span(19, 30, 8, 30)}};
    c->urgencyLevels = {{QStringLiteral("urgent"), QStringLiteral("Urgent"), 2}};
    UrgencyRule rule;
    rule.level = QStringLiteral("urgent");
    rule.when.keywords = {QStringLiteral("douleur")};
    rule.procedure.action = ProcedureAction::PageOnCall;
    c->urgencyRules = {rule};
    FilteringRule sales;
    sales.description = QStringLiteral("Cold sales calls");
    sales.say = QStringLiteral("Le docteur ne prend pas ces appels.");
    c->filteringRules = {sales};
    return c;
}

std::shared_ptr<Consignes> martin()
{
    auto c = std::make_shared<Consignes>();
    c->code = QStringLiteral("PLB-MARTIN");
    c->name = QStringLiteral("Plomberie Martin");
    c->dialedNumbers = {QStringLiteral("+33478000000")};
    c->greetings.open = QStringLiteral("{salutation}, {client}.");
    return c;
}

ClientEntry entryFor(std::shared_ptr<Consignes> consignes, int version = 3)
{
    ClientEntry e;
    e.consignes = std::move(consignes);
    e.version = version;
    e.changedAt = QDateTime(QDate(2026, 2, 1), QTime(9, 0), QTimeZone::utc());
    e.changedBy = QStringLiteral("superviseur");
    return e;
}

CallEvent offered(const char *caller, const char *dialed, const char *callerName = "")
{
    CallEvent event;
    event.callId = QStringLiteral("call-1");
    event.callerNumber = QLatin1String(caller);
    event.callerName = QLatin1String(callerName);
    event.dialedNumber = QLatin1String(dialed);
    event.time = paris(2026, 3, 2, 10);
    event.receivedAt = std::chrono::steady_clock::now();
    return event;
}

// Everything a router needs, with the clock at Monday 2026-03-02 10:00 in Paris.
struct Fixture
{
    Fixture()
    {
        index.reset({entryFor(leroy()), entryFor(martin(), 1)});
        router.setOperatorFirstName(QStringLiteral("Julie"));
    }
    PhoneNumbers phones;
    FakeHistory history;
    FixedClock clock{paris(2026, 3, 2, 10)};
    ClientIndex index;
    CallRouter router{index, phones, history, clock};
};

} // namespace

TEST_CASE("a known dialed number pops its client with every field filled")
{
    Fixture f;
    const CallEvent event = offered("0611111111", "01 42 68 53 00", "M DURAND");
    const Pop pop = f.router.route(event);
    REQUIRE(pop.isKnownClient());
    CHECK(pop.client->code == QStringLiteral("CAB-LEROY"));
    CHECK(pop.callId == QStringLiteral("call-1"));
    CHECK(pop.consignesVersion == 3);
    CHECK(pop.consignesChangedAt == QDateTime(QDate(2026, 2, 1), QTime(9, 0), QTimeZone::utc()));
    CHECK(pop.callerNumber == QStringLiteral("+33611111111"));
    CHECK(pop.callerDisplay == QStringLiteral("06 11 11 11 11"));
    CHECK(pop.callerName == QStringLiteral("M DURAND"));
    CHECK(pop.dialedNumber == QStringLiteral("+33142685300"));
    CHECK(pop.dialedDisplay == QStringLiteral("01 42 68 53 00"));
    CHECK(pop.open);
    CHECK(pop.openLabel == QStringLiteral("Open"));
    CHECK_FALSE(pop.reopensAt.isValid());
    CHECK(pop.greeting == QString::fromUtf8("Bonjour, Cabinet Leroy, Julie à votre écoute."));
    CHECK(pop.overflowGreeting == QStringLiteral("Bonjour, standard de Cabinet Leroy."));
    CHECK(pop.clientLocalTime.time() == QTime(10, 0));
    CHECK(
        pop.urgencyRulesInWords ==
        QStringList{QString::fromUtf8("If the caller mentions “douleur”: Urgent — page the on-call person")});
    CHECK(pop.filteringRulesInWords ==
          QStringList{
              QString::fromUtf8("Cold sales calls: do not put through. Say: “Le docteur ne prend pas ces "
                                "appels.”")});
    CHECK_FALSE(pop.onCallNow.has_value());
    CHECK_FALSE(pop.knownContact.has_value());
    CHECK(pop.offeredAt == event.time);
    CHECK(pop.receivedAt == event.receivedAt);
    CHECK(pop.readyAt >= pop.receivedAt);
}

TEST_CASE("unknown dialed number pops as unknown")
{
    Fixture f;
    const Pop pop = f.router.route(offered("0611111111", "01 99 99 99 99"));
    CHECK_FALSE(pop.isKnownClient());
    CHECK(pop.client == nullptr);
    CHECK(pop.dialedNumber == QStringLiteral("+33199999999"));
    CHECK(pop.callerNumber == QStringLiteral("+33611111111"));
    CHECK(pop.urgencyRulesInWords.isEmpty());
    CHECK(pop.callerHistory.isEmpty());
    CHECK(f.history.queries.isEmpty());
    CHECK(pop.greeting == QStringLiteral("Bonjour"));
}

TEST_CASE("a queue name or odd dialed number never matches another client")
{
    Fixture f;
    CHECK_FALSE(f.router.route(offered("0611111111", "")).isKnownClient());
    CHECK_FALSE(f.router.route(offered("0611111111", "support-leroy")).isKnownClient());
    CHECK_FALSE(f.router.route(offered("0611111111", "4785")).isKnownClient());
    CHECK(f.router.route(offered("0611111111", "+33 4 78 00 00 00")).client->code ==
          QStringLiteral("PLB-MARTIN"));
}

TEST_CASE("a changed dialed number stops routing to its old client")
{
    Fixture f;
    auto moved = leroy();
    moved->dialedNumbers = {QStringLiteral("+33142685399")};
    f.index.upsert(entryFor(moved, 4));
    CHECK_FALSE(f.router.route(offered("0611111111", "0142685300")).isKnownClient());
    const Pop pop = f.router.route(offered("0611111111", "0142685399"));
    REQUIRE(pop.isKnownClient());
    CHECK(pop.consignesVersion == 4);
}

TEST_CASE("a caller in the client's directory is a known contact")
{
    Fixture f;
    Pop pop = f.router.route(offered("06 12 34 56 78", "0142685300"));
    REQUIRE(pop.knownContact.has_value());
    CHECK(pop.knownContact->id == QStringLiteral("leroy"));
    CHECK(pop.callerName == QStringLiteral("Dr Leroy"));

    pop = f.router.route(offered("+33612345678", "0142685300", "CLINIQUE"));
    REQUIRE(pop.knownContact.has_value());
    CHECK(pop.callerName == QStringLiteral("CLINIQUE"));

    // The same number calling another client is no contact of that client.
    pop = f.router.route(offered("0612345678", "0478000000"));
    CHECK_FALSE(pop.knownContact.has_value());
    CHECK(pop.callerName.isEmpty());
}

TEST_CASE("the caller's earlier messages for this client are shown")
{
    Fixture f;
    MessageSummary older;
    older.id = QStringLiteral("m1");
    older.excerpt = QStringLiteral("Rappeler pour le renouvellement");
    MessageSummary newer;
    newer.id = QStringLiteral("m2");
    f.history.canned = {newer, older};
    const Pop pop = f.router.route(offered("06.11.11.11.11", "0142685300"));
    REQUIRE(pop.callerHistory.size() == 2);
    CHECK(pop.callerHistory.first().id == QStringLiteral("m2"));
    REQUIRE(f.history.queries.size() == 1);
    CHECK(f.history.queries.first().clientCode == QStringLiteral("CAB-LEROY"));
    CHECK(f.history.queries.first().caller == QStringLiteral("+33611111111"));
    CHECK(f.history.queries.first().limit == 5);
}

TEST_CASE("a withheld caller number looks up no history")
{
    Fixture f;
    const Pop pop = f.router.route(offered("anonymous", "0142685300"));
    CHECK(pop.isKnownClient());
    CHECK(pop.callerNumber == QStringLiteral("anonymous"));
    CHECK(f.history.queries.isEmpty());
    CHECK_FALSE(pop.knownContact.has_value());
}

TEST_CASE("at night the closed greeting is said and the on-call person is named")
{
    Fixture f;
    f.clock.set(paris(2026, 3, 2, 22)); // Monday 22:00
    const Pop pop = f.router.route(offered("0611111111", "0142685300"));
    CHECK_FALSE(pop.open);
    CHECK(pop.openLabel == QStringLiteral("Closed"));
    CHECK(pop.greeting == QString::fromUtf8("Bonsoir, Cabinet Leroy est fermé. Je prends votre message."));
    REQUIRE(pop.onCallNow.has_value());
    CHECK(pop.onCallNow->name == QStringLiteral("Dr Leroy"));
    CHECK(pop.urgencyRulesInWords ==
          QStringList{QString::fromUtf8("If the caller mentions “douleur”: Urgent — page the on-call person "
                                        "(Dr Leroy, 06 12 34 56 78)")});
    CHECK(pop.reopensAt == paris(2026, 3, 3, 8, 30));
    CHECK(pop.reopensLabel == QStringLiteral("reopens tomorrow at 08:30"));
}

TEST_CASE("Bonsoir at 19:00 in Paris while the office is still open")
{
    Fixture f;
    f.clock.set(paris(2026, 3, 2, 19));
    const Pop pop = f.router.route(offered("0611111111", "0142685300"));
    CHECK(pop.open);
    CHECK(pop.greeting == QString::fromUtf8("Bonsoir, Cabinet Leroy, Julie à votre écoute."));
}

TEST_CASE("a public holiday pops closed with its name")
{
    Fixture f;
    f.clock.set(paris(2026, 4, 6, 10)); // Easter Monday
    const Pop pop = f.router.route(offered("0611111111", "0142685300"));
    CHECK_FALSE(pop.open);
    CHECK(pop.openLabel == QString::fromUtf8("Closed (public holiday: Lundi de Pâques)"));
    CHECK(pop.greeting.contains(QString::fromUtf8("est fermé")));
}

TEST_CASE("the client's time zone decides, and an unknown one falls back to Paris")
{
    Fixture f;
    auto noumea = leroy();
    noumea->timeZone = QStringLiteral("Pacific/Noumea");
    f.index.upsert(entryFor(noumea));
    // Monday 10:00 in Paris is 20:00 in Nouméa: closed, Bonsoir.
    Pop pop = f.router.route(offered("0611111111", "0142685300"));
    CHECK_FALSE(pop.open);
    CHECK(pop.greeting.startsWith(QStringLiteral("Bonsoir")));
    CHECK(pop.clientLocalTime.time() == QTime(20, 0));

    auto lost = leroy();
    lost->timeZone = QStringLiteral("Nowhere/Atlantis");
    f.index.upsert(entryFor(lost, 5));
    pop = f.router.route(offered("0611111111", "0142685300"));
    CHECK(pop.open);
    CHECK(pop.clientLocalTime.time() == QTime(10, 0));
}

TEST_CASE("new consignes for a client are used at the next pop")
{
    Fixture f;
    CHECK(f.router.route(offered("0611111111", "0142685300")).filteringRulesInWords.size() == 1);
    auto updated = leroy();
    updated->filteringRules.clear();
    updated->greetings.open = QStringLiteral("{salutation} !");
    f.index.upsert(entryFor(updated, 4));
    const Pop pop = f.router.route(offered("0611111111", "0142685300"));
    CHECK(pop.filteringRulesInWords.isEmpty());
    CHECK(pop.greeting == QStringLiteral("Bonjour !"));
    CHECK(pop.consignesVersion == 4);
}

TEST_CASE("a client picked by hand gets the full pop")
{
    Fixture f;
    const CallEvent event = offered("0611111111", "0199999999");
    const Pop pop = f.router.routeTo(event, QStringLiteral("CAB-LEROY"));
    REQUIRE(pop.isKnownClient());
    CHECK(pop.client->code == QStringLiteral("CAB-LEROY"));
    CHECK(pop.dialedNumber == QStringLiteral("+33199999999"));
    CHECK(pop.greeting == QString::fromUtf8("Bonjour, Cabinet Leroy, Julie à votre écoute."));
    CHECK(f.history.queries.size() == 1);
    CHECK_FALSE(f.router.routeTo(event, QStringLiteral("NOT-THERE")).isKnownClient());
}

TEST_CASE("preparing every client ahead gives the same pops")
{
    Fixture f;
    const Pop cold = f.router.route(offered("0611111111", "0142685300"));
    f.router.prepareAll();
    const Pop warm = f.router.route(offered("0611111111", "0142685300"));
    CHECK(warm.greeting == cold.greeting);
    CHECK(warm.urgencyRulesInWords == cold.urgencyRulesInWords);
    f.index.remove(QStringLiteral("CAB-LEROY"));
    f.router.prepareAll();
    CHECK_FALSE(f.router.route(offered("0611111111", "0142685300")).isKnownClient());
    CHECK(f.router.route(offered("0611111111", "0478000000")).isKnownClient());
}

// The session: sign-in on or off, the audit log read only by admins and filtered, guarded imports.
#include "security/securitychecks.h"

#include "common/clock.h"
#include "consignes/consignes.h"
#include "phone/phonenumbers.h"
#include "security/passwordhasher.h"
#include "security/session.h"
#include "security/userrepository.h"
#include "storage/clientrepository.h"
#include "storage/consigneshistory.h"
#include "storage/database.h"
#include "storage/messagerepository.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace relais;

namespace {

const QDateTime t0(QDate(2026, 5, 4), QTime(8, 0), Qt::UTC);

struct Desk
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db =
        test::openSecurityDb(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("session.db")));
    FixedClock clock{t0};
    MessageRepository messages{*db};
    ClientRepository clients{*db};

    std::unique_ptr<Session> as(const QString &login, Role role)
    {
        return std::make_unique<Session>(*db, clock, messages, clients, Actor{login, role}, true);
    }
};

Consignes client(const QString &code, const QString &number)
{
    Consignes c;
    c.code = code;
    c.name = code;
    c.dialedNumbers = {number};
    c.urgencyLevels = {UrgencyLevel{QStringLiteral("normal"), QStringLiteral("Normal"), 0}};
    c.defaultUrgency = QStringLiteral("normal");
    c.greetings.open = QStringLiteral("{salutation}, {client}, {operator} à votre écoute");
    c.greetings.closed = QStringLiteral("{salutation}, {client}, nos bureaux sont fermés");
    return c;
}

} // namespace

TEST_CASE("sign-in is on when at least one user is not disabled")
{
    Desk desk;
    CHECK(Session::signInRequired(*desk.db, desk.clock).value() == false);
    UserRepository users(*desk.db, desk.clock);
    const QString hash = PasswordHasher(PasswordHasher::minimumIterations).hash(QStringLiteral("password1"));
    REQUIRE(
        users.add(User{QStringLiteral("marie"), QStringLiteral("Marie"), Role::Operator, false, {}}, hash));
    CHECK(Session::signInRequired(*desk.db, desk.clock).value() == true);
    REQUIRE(users.setDisabled(QStringLiteral("marie"), true));
    CHECK(Session::signInRequired(*desk.db, desk.clock).value() == false);
}

TEST_CASE("with sign-in off the desk's login acts with every right")
{
    Desk desk;
    Session off(*desk.db, desk.clock, desk.messages, desk.clients,
                Actor{QStringLiteral("operator"), Role::Operator}, false);
    CHECK_FALSE(off.signedIn());
    CHECK(off.actor().role == Role::Admin);
    for (const Permission p : Permissions::all())
        CHECK(off.may(p));
}

TEST_CASE("the audit log is read by admins only, filtered by action, user and dates")
{
    Desk desk;
    auto admin = desk.as(QStringLiteral("alice"), Role::Admin);
    REQUIRE(admin->audit().record(QStringLiteral("marie"), audit::signInSuccess, QStringLiteral("marie")));
    desk.clock.advanceSeconds(3600);
    REQUIRE(admin->audit().record(QStringLiteral("Paul"), audit::messagesView, QStringLiteral("m1")));
    desk.clock.advanceSeconds(86400);
    REQUIRE(admin->audit().record(QStringLiteral("marie"), audit::messagesExport, QStringLiteral("ACME")));

    for (const Role role : {Role::Operator, Role::Supervisor}) {
        auto session = desk.as(QStringLiteral("someone"), role);
        const auto refused = session->readAudit({});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().what.contains(QStringLiteral("view-audit-log")));
    }
    const auto all = admin->readAudit({});
    REQUIRE(all);
    REQUIRE(all->size() == 3);
    CHECK(all->first().action == audit::messagesExport); // newest first

    const auto marie = admin->readAudit(AuditFilter{.actor = QStringLiteral("MARIE")});
    REQUIRE(marie);
    CHECK(marie->size() == 2);
    const auto views = admin->readAudit(AuditFilter{.action = audit::messagesView});
    REQUIRE(views);
    REQUIRE(views->size() == 1);
    CHECK(views->first().actor == QStringLiteral("Paul"));
    const auto firstDay = admin->readAudit(AuditFilter{.from = t0, .to = t0.addSecs(86400)});
    REQUIRE(firstDay);
    CHECK(firstDay->size() == 2);
    const auto limited = admin->readAudit(AuditFilter{.limit = 1});
    REQUIRE(limited);
    CHECK(limited->size() == 1);
    // Hostile filter text is a value, never SQL.
    const auto hostile = admin->readAudit(AuditFilter{
        .action = QStringLiteral("x' OR '1'='1"), .actor = QStringLiteral("'; DROP TABLE audit_log; --")});
    REQUIRE(hostile);
    CHECK(hostile->isEmpty());
    CHECK(admin->readAudit({}).value().size() == 3);
}

TEST_CASE("a consignes import needs EditConsignes and audits each client that changed")
{
    Desk desk;
    PhoneNumbers phones;
    const QList<Consignes> files{client(QStringLiteral("ACME"), QStringLiteral("+33140000001")),
                                 client(QStringLiteral("BETA"), QStringLiteral("+33140000002"))};
    auto op = desk.as(QStringLiteral("marie"), Role::Operator);
    const auto refused = op->consignes().import(op->actor(), *desk.db, phones, files);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().what.contains(QStringLiteral("edit-consignes")));
    CHECK(desk.clients.count().value() == 0);

    auto sup = desk.as(QStringLiteral("sophie"), Role::Supervisor);
    const auto imported = sup->consignes().import(sup->actor(), *desk.db, phones, files);
    REQUIRE(imported);
    CHECK(imported->newVersions == 2);
    const auto rows = sup->audit().recent(10, audit::consignesChange);
    REQUIRE(rows);
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).actor == QStringLiteral("sophie"));
    // The same files again change nothing and add no row.
    REQUIRE(sup->consignes().import(sup->actor(), *desk.db, phones, files));
    CHECK(sup->audit().recent(10, audit::consignesChange).value().size() == 2);
}

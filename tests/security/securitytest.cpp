// Passwords, the role x permission table, users, sign-in delays, audit and purge on SQLite.
#include "security/securitychecks.h"

#include "common/clock.h"
#include "security/passwordhasher.h"
#include "security/permissions.h"
#include "security/userrepository.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <map>

using namespace relais;

namespace {

struct SqliteDb
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    SqliteDb()
    {
        db = test::openSecurityDb(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("s.db")));
    }
};

} // namespace

TEST_CASE("a password hash verifies its password only, and names its iteration count")
{
    const PasswordHasher hasher(2000);
    const QString stored = hasher.hash(QStringLiteral("Très secret €"));
    CHECK(stored.startsWith(QStringLiteral("pbkdf2-sha256$2000$")));
    CHECK_FALSE(stored.contains(QStringLiteral("secret")));
    CHECK(hasher.verify(QStringLiteral("Très secret €"), stored));
    CHECK_FALSE(hasher.verify(QStringLiteral("Tres secret €"), stored));
    CHECK_FALSE(hasher.verify(QString(), stored));
    // A fresh salt each time: two hashes of one password differ, and both verify.
    const QString again = hasher.hash(QStringLiteral("Très secret €"));
    CHECK(again != stored);
    CHECK(hasher.verify(QStringLiteral("Très secret €"), again));
}

TEST_CASE("a hash made with fewer iterations still verifies and asks to be re-hashed")
{
    const QString old = PasswordHasher(1500).hash(QStringLiteral("pw"));
    const PasswordHasher stronger(3000);
    CHECK(stronger.verify(QStringLiteral("pw"), old));
    CHECK(stronger.needsRehash(old));
    CHECK_FALSE(stronger.needsRehash(stronger.hash(QStringLiteral("pw"))));
}

TEST_CASE("the default iteration count is strong and verifies")
{
    CHECK(PasswordHasher::defaultIterations >= 600000);
    const PasswordHasher hasher;
    CHECK(hasher.iterations() == PasswordHasher::defaultIterations);
    const QString stored = hasher.hash(QStringLiteral("pw"));
    CHECK(stored.startsWith(QStringLiteral("pbkdf2-sha256$600000$")));
    CHECK(hasher.verify(QStringLiteral("pw"), stored));
}

TEST_CASE("a malformed stored hash never verifies")
{
    const PasswordHasher hasher(1000);
    const QString good = hasher.hash(QStringLiteral("pw"));
    const QStringList parts = good.split(QLatin1Char('$'));
    const QStringList hostile{
        QString(),
        QStringLiteral("pw"),
        good.left(good.size() - 5),                                                  // truncated
        QStringLiteral("md5$1000$") + parts[2] + QLatin1Char('$') + parts[3],        // other scheme
        QStringLiteral("pbkdf2-sha256$1$") + parts[2] + QLatin1Char('$') + parts[3], // too few
        QStringLiteral("pbkdf2-sha256$999999999999$") + parts[2] + QLatin1Char('$') + parts[3], // huge
        QStringLiteral("pbkdf2-sha256$-5$") + parts[2] + QLatin1Char('$') + parts[3],
        QStringLiteral("pbkdf2-sha256$1000$!!!$") + parts[3],                       // bad base64
        QStringLiteral("pbkdf2-sha256$1000$") + parts[2] + QStringLiteral("$AAAA"), // short key
        good + QStringLiteral("$extra"),
        QString::fromLatin1(QByteArray("\x00\xff\xfe$1000$\x01", 11)), // binary
        QString(100000, QLatin1Char('$')),                             // huge
    };
    for (const QString &stored : hostile) {
        INFO(stored.left(60).toStdString());
        CHECK_FALSE(hasher.verify(QStringLiteral("pw"), stored));
        CHECK(hasher.needsRehash(stored));
    }
}

TEST_CASE("constant-time comparison compares contents and lengths")
{
    CHECK(PasswordHasher::constantTimeEquals(QByteArray("abc"), QByteArray("abc")));
    CHECK(PasswordHasher::constantTimeEquals(QByteArray(), QByteArray()));
    CHECK_FALSE(PasswordHasher::constantTimeEquals(QByteArray("abc"), QByteArray("abd")));
    CHECK_FALSE(PasswordHasher::constantTimeEquals(QByteArray("abc"), QByteArray("abc\0", 4)));
    CHECK_FALSE(PasswordHasher::constantTimeEquals(QByteArray("abc"), QByteArray()));
}

TEST_CASE("every role x permission is allowed or refused as the table says")
{
    using P = Permission;
    // operator, supervisor, admin
    const std::map<P, std::array<bool, 3>> expected{
        {P::TakeCalls, {true, true, true}},        {P::AmendOwnMessage, {true, true, true}},
        {P::AmendAnyMessage, {false, true, true}}, {P::ViewAllMessages, {false, true, true}},
        {P::ReviewMessages, {false, true, true}},  {P::EditConsignes, {false, true, true}},
        {P::ExportMessages, {false, true, true}},  {P::ViewKpis, {false, true, true}},
        {P::ManageUsers, {false, false, true}},    {P::ManageRetention, {false, false, true}},
        {P::ViewAuditLog, {false, false, true}},
    };
    REQUIRE(expected.size() == size_t(Permissions::all().size()));
    const std::array<Role, 3> roles{Role::Operator, Role::Supervisor, Role::Admin};
    for (const P permission : Permissions::all()) {
        for (size_t r = 0; r < roles.size(); ++r) {
            INFO(Permissions::name(permission).toStdString() << " for " << roleName(roles[r]).toStdString());
            const bool allowed = expected.at(permission)[r];
            CHECK(Permissions::allows(roles[r], permission) == allowed);
            const Status checked = Permissions::check(Actor{QStringLiteral("someone"), roles[r]}, permission);
            CHECK(checked.ok() == allowed);
            if (!checked)
                CHECK(checked.error().what.contains(Permissions::name(permission)));
        }
    }
}

TEST_CASE("nobody without a login is allowed anything, and an operator amends only their own messages")
{
    CHECK_FALSE(Permissions::check(Actor{QString(), Role::Admin}, Permission::TakeCalls).ok());
    const Actor claire{QStringLiteral("claire"), Role::Operator};
    CHECK(Permissions::checkAmend(claire, QStringLiteral("Claire")).ok());
    CHECK_FALSE(Permissions::checkAmend(claire, QStringLiteral("paul")).ok());
    CHECK_FALSE(Permissions::checkAmend(claire, QString()).ok()); // an unsigned message is nobody's own
    CHECK(Permissions::checkAmend(Actor{QStringLiteral("sophie"), Role::Supervisor}, QStringLiteral("paul"))
              .ok());
}

TEST_CASE("role names read back, unknown role names are refused")
{
    for (const Role role : {Role::Operator, Role::Supervisor, Role::Admin})
        CHECK(parseRole(roleName(role)) == role);
    CHECK(parseRole(QStringLiteral(" Admin ")) == Role::Admin);
    CHECK_FALSE(parseRole(QStringLiteral("root")).has_value());
    CHECK_FALSE(parseRole(QString()).has_value());
}

TEST_CASE("users are added, listed, disabled and given a new password, logins are unique and case-blind")
{
    SqliteDb s;
    FixedClock clock(QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC));
    UserRepository users(*s.db, clock);
    CHECK(users.count().value() == 0);
    REQUIRE(
        users
            .add(User{QStringLiteral("Claire"), QStringLiteral("Claire Martin"), Role::Supervisor, false, {}},
                 QStringLiteral("h1"))
            .ok());
    const auto dup =
        users.add(User{QStringLiteral("CLAIRE"), QString(), Role::Operator, false, {}}, QStringLiteral("h2"));
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().what.contains(QStringLiteral("already taken")));
    for (const QString &bad : {QString(), QStringLiteral("a b"), QStringLiteral("x;DROP TABLE operators"),
                               QString(65, QLatin1Char('a')), QStringLiteral("-lead"), QStringLiteral("é")})
        CHECK_FALSE(users.add(User{bad, QString(), Role::Operator, false, {}}, QStringLiteral("h")).ok());
    const auto found = users.find(QStringLiteral("claire"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->displayName == QStringLiteral("Claire Martin"));
    CHECK((*found)->role == Role::Supervisor);
    CHECK((*found)->createdAt == clock.now());
    REQUIRE(users.setPasswordHash(QStringLiteral("CLAIRE"), QStringLiteral("h3")).ok());
    CHECK(users.passwordHash(QStringLiteral("claire")).value() == QStringLiteral("h3"));
    REQUIRE(users.setDisabled(QStringLiteral("claire"), true).ok());
    CHECK(users.find(QStringLiteral("claire")).value()->disabled);
    CHECK_FALSE(users.setDisabled(QStringLiteral("nobody"), true).ok());
    CHECK(users.all().value().size() == 1);
    CHECK(users.passwordHash(QStringLiteral("nobody")).value().isEmpty());
}

TEST_CASE("repeated failed sign-ins wait longer each time, across a restart (SQLite)")
{
    SqliteDb s;
    test::checkSignInDelays(*s.db);
}

TEST_CASE("purge deletes messages past their client's retention, dry run changes nothing (SQLite)")
{
    SqliteDb s;
    test::checkPurge(*s.db);
}

TEST_CASE("purge removes the purged messages' deliveries and their log (SQLite)")
{
    SqliteDb s;
    test::checkPurgeRemovesDeliveries(*s.db);
}

TEST_CASE("the audit log refuses UPDATE and DELETE (SQLite)")
{
    SqliteDb s;
    test::checkAuditAppendOnly(*s.db);
}

TEST_CASE("each audited action writes its row, refused actions change nothing (SQLite)")
{
    SqliteDb s;
    test::checkAuditedActions(*s.db);
}

TEST_CASE("an operator's recent list and search show only their own messages, a supervisor's all (SQLite)")
{
    SqliteDb s;
    test::checkListsByRole(*s.db);
}

// The PostgreSQL group roles (relais-cli roles-sql): a login role in each group may run what its work
// needs and is refused the rest with "permission denied" (RELAIS_TEST_POSTGRES_URL).
#include "security/securitychecks.h"

#include "common/clock.h"
#include "messages/message.h"
#include "security/auditlog.h"
#include "security/databaseroles.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

using namespace relais;

namespace {

struct Statement
{
    const char *sql;
    bool allowed;
};

std::unique_ptr<Database> connectAs(const QString &ownerUrl, const QString &login)
{
    DatabaseUrl url = DatabaseUrl::parse(ownerUrl).value();
    url.user = login;
    url.password.clear();
    auto db = Database::open(url);
    INFO((db ? QString() : db.error().toString()).toStdString());
    REQUIRE(db);
    // The console migrates at start: on an up-to-date schema that is a read, which every role may do.
    const Status migrated = (*db)->migrate();
    INFO((migrated ? QString() : migrated.error().toString()).toStdString());
    REQUIRE(migrated);
    return std::move(db).value();
}

void check(Database &db, const QString &role, const QList<Statement> &statements)
{
    for (const Statement &s : statements) {
        QSqlQuery query(db.connection());
        const bool ran = query.exec(QString::fromUtf8(s.sql));
        INFO(role.toStdString() << ": " << s.sql << " -> " << query.lastError().text().toStdString());
        CHECK(ran == s.allowed);
        if (!s.allowed)
            CHECK((query.lastError().text().contains(QStringLiteral("permission denied")) ||
                   query.lastError().text().contains(QStringLiteral("must be owner"))));
    }
}

} // namespace

TEST_CASE("each PostgreSQL group role may do its work and is refused the rest")
{
    const QString ownerUrl = test::freshPostgresDatabase(QStringLiteral("relais_roles"));
    auto owner = test::openSecurityDb(ownerUrl);
    // Twice: the script is meant to be run again after each upgrade.
    for (int run = 0; run < 2; ++run)
        for (const QString &sql : databaseRoleStatements()) {
            QSqlQuery query(owner->connection());
            INFO(sql.toStdString() << " -> " << query.lastError().text().toStdString());
            REQUIRE(query.exec(sql));
        }
    const QStringList groups{QStringLiteral("relais_operator"), QStringLiteral("relais_supervisor"),
                             QStringLiteral("relais_admin")};
    QStringList logins;
    for (const QString &group : groups) {
        const QString login = QStringLiteral("relais_test_%1").arg(group.section(QLatin1Char('_'), 1));
        QSqlQuery query(owner->connection());
        REQUIRE(query.exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                                          "'%1') THEN CREATE ROLE %1 LOGIN; END IF; END $$")
                               .arg(login)));
        REQUIRE(query.exec(QStringLiteral("GRANT %1 TO %2").arg(group, login)));
        logins << login;
    }
    QSqlQuery seed(owner->connection());
    REQUIRE(seed.exec(QStringLiteral("INSERT INTO messages (id, created_at, updated_at, operator_login) "
                                     "VALUES ('seeded', 1, 1, 'claire')")));
    REQUIRE(seed.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES (1, 'x', 'y')")));

    const FixedClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));

    // Operators: take calls (messages in, amendments, call records, audit rows written), read
    // consignes; never delete a message, touch consignes or users, or read or change the audit log.
    auto op = connectAs(ownerUrl, logins.at(0));
    {
        Message m;
        m.id = QStringLiteral("by-operator");
        m.clientCode = QStringLiteral("ACME");
        m.operatorLogin = QStringLiteral("relais_test_operator");
        m.status = MessageStatus::Completed;
        m.createdAt = m.updatedAt = clock.now();
        MessageRepository repo(*op);
        const Status saved = repo.save(m);
        INFO((saved ? QString() : saved.error().toString()).toStdString());
        CHECK(saved);
        CHECK(AuditLog(*op, clock).record(m.operatorLogin, audit::signInSuccess));
    }
    check(*op, logins.at(0),
          {{"SELECT COUNT(*) FROM messages", true},
           {"SELECT COUNT(*) FROM consigne_versions", true},
           {"UPDATE messages SET notes = 'fixed' WHERE id = 'seeded'", true},
           {"SELECT login, password_hash FROM operators", true},
           {"DELETE FROM messages WHERE id = 'seeded'", false},
           {"SELECT * FROM audit_log", false},
           {"UPDATE audit_log SET actor = 'nobody'", false},
           {"DELETE FROM audit_log", false},
           {"INSERT INTO clients (code, name, time_zone, current_version, created_at, updated_at) "
            "VALUES ('X', 'X', 'Europe/Paris', 1, 1, 1)",
            false},
           {"INSERT INTO reviews (message_id, reviewer, created_at) VALUES ('seeded', 'me', 1)", false},
           {"INSERT INTO operators (login, display_name, created_at) VALUES ('eve', 'Eve', 1)", false},
           {"UPDATE operators SET role = 'admin'", false},
           {"CREATE TABLE sneaky (x int)", false}});

    // Supervisors: + consignes and reviews; still no deleting messages, no users, no audit log.
    auto sup = connectAs(ownerUrl, logins.at(1));
    check(*sup, logins.at(1),
          {{"INSERT INTO clients (code, name, time_zone, current_version, created_at, updated_at) "
            "VALUES ('SUP', 'Sup', 'Europe/Paris', 1, 1, 1)",
            true},
           {"INSERT INTO consigne_versions (client_code, version, document, author, created_at) "
            "VALUES ('SUP', 1, '{}', 'sophie', 1)",
            true},
           {"INSERT INTO reviews (message_id, reviewer, created_at) VALUES ('seeded', 'sophie', 1)", true},
           {"SELECT COUNT(*) FROM messages", true},
           {"DELETE FROM messages WHERE id = 'seeded'", false},
           {"INSERT INTO operators (login, display_name, created_at) VALUES ('eve', 'Eve', 1)", false},
           {"SELECT * FROM audit_log", false},
           {"UPDATE audit_log SET actor = 'nobody'", false}});

    // Admins: + users, purge and reading the audit log; the audit log stays append-only.
    auto admin = connectAs(ownerUrl, logins.at(2));
    check(*admin, logins.at(2),
          {{"INSERT INTO operators (login, display_name, created_at) VALUES ('eve', 'Eve', 1)", true},
           {"UPDATE operators SET disabled = 1 WHERE login = 'eve'", true},
           {"SELECT COUNT(*) FROM audit_log", true},
           {"DELETE FROM reviews WHERE message_id = 'seeded'", true},
           {"DELETE FROM messages WHERE id = 'seeded'", true},
           {"UPDATE audit_log SET actor = 'nobody'", false},
           {"DELETE FROM audit_log", false},
           {"DROP TABLE messages", false}});
}

// The shared checks of securitychecks.h.
#include "security/securitychecks.h"

#include "common/clock.h"
#include "consignes/consignes.h"
#include "messages/message.h"
#include "security/auditlog.h"
#include "security/guardedconsignes.h"
#include "security/guardedmessages.h"
#include "security/retentionpurge.h"
#include "security/signin.h"
#include "security/userrepository.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/messagerepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

namespace relais::test {

namespace {

const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

// Tests hash with few iterations: the count is a parameter, and the default is tested on its own.
PasswordHasher fastHasher()
{
    return PasswordHasher(PasswordHasher::minimumIterations);
}

void addUser(Database &db, const Clock &clock, const QString &login, Role role, const QString &password)
{
    UserRepository users(db, clock);
    const Status added =
        users.add(User{login, login.toUpper(), role, false, {}}, fastHasher().hash(password));
    INFO((added ? QString() : added.error().toString()).toStdString());
    REQUIRE(added.ok());
}

qint64 auditCount(Database &db, const QString &action)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
    query.addBindValue(action);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

Message message(const QString &id, const QString &client, const QString &author, const QDateTime &created)
{
    Message m;
    m.id = id;
    m.clientCode = client;
    m.callerNumber = QStringLiteral("+33612345678");
    m.callerName = QStringLiteral("Hélène Dupont");
    m.notes = QStringLiteral("Rappeler pour le devis");
    m.status = MessageStatus::Completed;
    m.operatorLogin = author;
    m.createdAt = created;
    m.updatedAt = created;
    return m;
}

Consignes client(const QString &code, int retentionDays, const QString &number)
{
    Consignes c;
    c.code = code;
    c.name = code;
    c.dialedNumbers = {number};
    c.urgencyLevels = {UrgencyLevel{QStringLiteral("normal"), QStringLiteral("Normal"), 0}};
    c.defaultUrgency = QStringLiteral("normal");
    c.retentionDays = retentionDays;
    return c;
}

} // namespace

std::unique_ptr<Database> openSecurityDb(const QString &url)
{
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    REQUIRE(parsed.ok());
    Result<std::unique_ptr<Database>> db = Database::open(*parsed);
    INFO((db ? QString() : db.error().toString()).toStdString());
    REQUIRE(db.ok());
    const Status migrated = (*db)->migrate();
    INFO((migrated ? QString() : migrated.error().toString()).toStdString());
    REQUIRE(migrated.ok());
    return std::move(db).value();
}

void checkSignInDelays(Database &db)
{
    FixedClock clock(start);
    AuditLog audit(db, clock);
    addUser(db, clock, QStringLiteral("claire"), Role::Operator, QStringLiteral("correct horse"));

    {
        SignIn signIn(db, clock, audit, fastHasher());
        const auto ok = signIn.signIn(QStringLiteral("Claire"), QStringLiteral("correct horse"));
        REQUIRE(ok.ok());
        CHECK(ok->login == QStringLiteral("claire"));
        CHECK(ok->role == Role::Operator);
        // Three free failures, then 5 s, 10 s, 20 s.
        for (int i = 0; i < SignIn::freeFailures; ++i) {
            CHECK(signIn.secondsToWait(QStringLiteral("claire")).value() == 0);
            const auto wrong = signIn.signIn(QStringLiteral("claire"), QStringLiteral("wrong"));
            REQUIRE_FALSE(wrong.ok());
            CHECK(wrong.error().what == QStringLiteral("wrong login or password"));
        }
        CHECK(signIn.secondsToWait(QStringLiteral("claire")).value() == 5);
        // While the delay runs even the right password is refused, unchecked.
        const auto early = signIn.signIn(QStringLiteral("claire"), QStringLiteral("correct horse"));
        REQUIRE_FALSE(early.ok());
        CHECK(early.error().what.contains(QStringLiteral("try again in 5 s")));
        clock.advanceSeconds(5);
        REQUIRE_FALSE(signIn.signIn(QStringLiteral("claire"), QStringLiteral("wrong")).ok());
        CHECK(signIn.secondsToWait(QStringLiteral("claire")).value() == 10);
    }
    // A restart (a new SignIn over the same database) keeps the delay.
    SignIn restarted(db, clock, audit, fastHasher());
    CHECK(restarted.secondsToWait(QStringLiteral("claire")).value() == 10);
    clock.advanceSeconds(4);
    CHECK(restarted.secondsToWait(QStringLiteral("claire")).value() == 6);
    clock.advanceSeconds(6);
    REQUIRE_FALSE(restarted.signIn(QStringLiteral("claire"), QStringLiteral("wrong")).ok());
    CHECK(restarted.secondsToWait(QStringLiteral("claire")).value() == 20);
    clock.advanceSeconds(20);
    // Success clears the count: the next failure is free again.
    REQUIRE(restarted.signIn(QStringLiteral("claire"), QStringLiteral("correct horse")).ok());
    CHECK(restarted.secondsToWait(QStringLiteral("claire")).value() == 0);
    REQUIRE_FALSE(restarted.signIn(QStringLiteral("claire"), QStringLiteral("wrong")).ok());
    CHECK(restarted.secondsToWait(QStringLiteral("claire")).value() == 0);

    // An unknown login gets the same answer and the same delay, so neither tells it does not exist.
    for (int i = 0; i < SignIn::freeFailures; ++i) {
        const auto unknown = restarted.signIn(QStringLiteral("nobody"), QStringLiteral("x"));
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().what == QStringLiteral("wrong login or password"));
    }
    CHECK(restarted.secondsToWait(QStringLiteral("nobody")).value() == 5);
    CHECK(restarted.secondsToWait(QStringLiteral("claire")).value() == 0); // per login

    // A disabled account is refused even with its password.
    UserRepository users(db, clock);
    REQUIRE(users.setDisabled(QStringLiteral("claire"), true).ok());
    const auto disabled = restarted.signIn(QStringLiteral("claire"), QStringLiteral("correct horse"));
    REQUIRE_FALSE(disabled.ok());
    CHECK(disabled.error().what.contains(QStringLiteral("disabled")));

    CHECK(auditCount(db, audit::signInSuccess) == 2);
    // 3 wrong, 1 delayed, 1 wrong, 1 wrong after the restart, 1 after the success, 3 unknown, 1 disabled.
    CHECK(auditCount(db, audit::signInFailure) == 11);
}

void checkPurge(Database &db)
{
    FixedClock clock(start);
    AuditLog audit(db, clock);
    ClientRepository clients(db);
    REQUIRE(
        clients.save(client(QStringLiteral("SHORT"), 30, QStringLiteral("+33140000001")), QStringLiteral("t"))
            .ok());
    REQUIRE(
        clients
            .save(client(QStringLiteral("LONG"), 3650, QStringLiteral("+33140000002")), QStringLiteral("t"))
            .ok());
    MessageRepository messages(db);
    REQUIRE(messages
                .save(message(QStringLiteral("short-old"), QStringLiteral("SHORT"), QStringLiteral("claire"),
                              start.addDays(-31)))
                .ok());
    REQUIRE(messages
                .save(message(QStringLiteral("short-new"), QStringLiteral("SHORT"), QStringLiteral("claire"),
                              start.addDays(-29)))
                .ok());
    REQUIRE(messages
                .save(message(QStringLiteral("long-old"), QStringLiteral("LONG"), QStringLiteral("claire"),
                              start.addDays(-400)))
                .ok());
    // A message of an unknown client keeps the default 365 days.
    REQUIRE(messages
                .save(message(QStringLiteral("orphan-old"), QStringLiteral("GONE"), QStringLiteral("claire"),
                              start.addDays(-366)))
                .ok());
    REQUIRE(messages
                .save(message(QStringLiteral("orphan-new"), QStringLiteral("GONE"), QStringLiteral("claire"),
                              start.addDays(-300)))
                .ok());
    Message amended = message(QStringLiteral("short-old"), QStringLiteral("SHORT"), QStringLiteral("claire"),
                              start.addDays(-31));
    amended.notes = QStringLiteral("Rappeler avant midi");
    REQUIRE(messages.amend(amended, QStringLiteral("claire"), QStringLiteral("typo")).ok());
    {
        QSqlQuery call(db.connection());
        REQUIRE(call.exec(QStringLiteral(
            "INSERT INTO calls (call_id, client_code, caller, caller_name, dialed, offered_at, message_id, "
            "operator_login) VALUES ('c1', 'SHORT', '+33612345678', 'Hélène Dupont', '+33140000001', 1, "
            "'short-old', 'claire')")));
    }

    RetentionPurge purge(db, clock, audit);
    const Actor admin{QStringLiteral("root"), Role::Admin};
    const auto refused = purge.run(Actor{QStringLiteral("sup"), Role::Supervisor}, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(messages.count().value() == 5);

    const auto dry = purge.run(admin, true);
    REQUIRE(dry.ok());
    CHECK(dry->dryRun);
    CHECK(dry->messages == 2);
    REQUIRE(dry->byClient.size() == 2);
    CHECK(dry->byClient[0].clientCode == QStringLiteral("GONE"));
    CHECK(dry->byClient[1].clientCode == QStringLiteral("SHORT"));
    CHECK(messages.count().value() == 5);
    CHECK(messages.amendments(QStringLiteral("short-old")).value().size() == 1);
    CHECK(auditCount(db, audit::messagesPurge) == 1);

    const auto real = purge.run(admin, false);
    REQUIRE(real.ok());
    CHECK_FALSE(real->dryRun);
    CHECK(real->messages == 2);
    CHECK(real->callsAnonymised == 1);
    CHECK(messages.count().value() == 3);
    CHECK_FALSE(messages.find(QStringLiteral("short-old")).value().has_value());
    CHECK_FALSE(messages.find(QStringLiteral("orphan-old")).value().has_value());
    CHECK(messages.find(QStringLiteral("long-old")).value().has_value());
    CHECK(messages.find(QStringLiteral("short-new")).value().has_value());
    CHECK(messages.amendments(QStringLiteral("short-old")).value().isEmpty());
    QSqlQuery call(db.connection());
    REQUIRE(
        call.exec(QStringLiteral("SELECT caller, caller_name, client_code FROM calls WHERE call_id = 'c1'")));
    REQUIRE(call.next());
    CHECK(call.value(0).toString().isEmpty());
    CHECK(call.value(1).toString().isEmpty());
    CHECK(call.value(2).toString() == QStringLiteral("SHORT")); // the figures still count the call
    CHECK(auditCount(db, audit::messagesPurge) == 2);
    const auto rows = audit.recent(1, audit::messagesPurge);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().actor == QStringLiteral("root"));
    CHECK(rows->first().detail.startsWith(QStringLiteral("2 messages")));

    // Nothing left to purge: a second run deletes nothing.
    CHECK(purge.run(admin, false).value().messages == 0);
}

void checkPurgeRemovesDeliveries(Database &db)
{
    FixedClock clock(start);
    AuditLog audit(db, clock);
    ClientRepository clients(db);
    REQUIRE(
        clients.save(client(QStringLiteral("SHORT"), 30, QStringLiteral("+33140000001")), QStringLiteral("t"))
            .ok());
    MessageRepository messages(db);
    REQUIRE(messages
                .save(message(QStringLiteral("old"), QStringLiteral("SHORT"), QStringLiteral("claire"),
                              start.addDays(-31)))
                .ok());
    REQUIRE(messages
                .save(message(QStringLiteral("new"), QStringLiteral("SHORT"), QStringLiteral("claire"),
                              start.addDays(-1)))
                .ok());
    // Each message delivered once, with its log line (as core/delivery stores them).
    for (const QString &id : {QStringLiteral("old"), QStringLiteral("new")}) {
        QSqlQuery q(db.connection());
        q.prepare(
            QStringLiteral("INSERT INTO delivery_messages (message_id, client_code, message, updated_at) "
                           "VALUES (?, 'SHORT', '{}', 1)"));
        q.addBindValue(id);
        REQUIRE(q.exec());
        q.prepare(QStringLiteral("INSERT INTO deliveries (id, message_id, channel, address, due_at, "
                                 "acknowledge_code, next_attempt_at, created_at, updated_at) "
                                 "VALUES (?, ?, 'email', 'dr@example.fr', 1, ?, 1, 1, 1)"));
        q.addBindValue(QString(QStringLiteral("delivery-") + id));
        q.addBindValue(id);
        q.addBindValue(QString(QStringLiteral("CODE") + id.toUpper()));
        REQUIRE(q.exec());
        q.prepare(
            QStringLiteral("INSERT INTO delivery_events (delivery_id, at, kind) VALUES (?, 1, 'queued')"));
        q.addBindValue(QString(QStringLiteral("delivery-") + id));
        REQUIRE(q.exec());
    }
    const auto rows = [&db](const QString &table) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };

    RetentionPurge purge(db, clock, audit);
    const auto real = purge.run(Actor{QStringLiteral("root"), Role::Admin}, false);
    INFO((real ? QString() : real.error().toString()).toStdString());
    REQUIRE(real.ok());
    CHECK(real->messages == 1);
    CHECK(rows(QStringLiteral("delivery_messages")) == 1);
    CHECK(rows(QStringLiteral("deliveries")) == 1);
    CHECK(rows(QStringLiteral("delivery_events")) == 1);
    QSqlQuery left(db.connection());
    REQUIRE(left.exec(QStringLiteral("SELECT message_id FROM deliveries")));
    REQUIRE(left.next());
    CHECK(left.value(0).toString() == QStringLiteral("new"));
}

void checkAuditAppendOnly(Database &db)
{
    FixedClock clock(start);
    AuditLog audit(db, clock);
    REQUIRE(audit.record(QStringLiteral("claire"), audit::messagesExport, QStringLiteral("ACME")).ok());
    QSqlQuery query(db.connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log")));
    const auto rows = audit.recent(10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().actor == QStringLiteral("claire"));
    CHECK(rows->first().at == start);
}

void checkAuditedActions(Database &db)
{
    FixedClock clock(start);
    AuditLog audit(db, clock);
    MessageRepository repo(db);
    GuardedMessages messages(db, repo, audit);
    const Actor claire{QStringLiteral("claire"), Role::Operator};
    const Actor paul{QStringLiteral("paul"), Role::Operator};
    const Actor sophie{QStringLiteral("sophie"), Role::Supervisor};
    REQUIRE(repo.save(message(QStringLiteral("m1"), QStringLiteral("ACME"), QStringLiteral("claire"), start))
                .ok());

    // Reading: one's own is not audited; a colleague operator is refused; a supervisor is audited.
    CHECK(messages.find(claire, QStringLiteral("m1")).value().has_value());
    CHECK(auditCount(db, audit::messagesView) == 0);
    CHECK_FALSE(messages.find(paul, QStringLiteral("m1")).ok());
    CHECK(messages.find(sophie, QStringLiteral("m1")).value().has_value());
    CHECK(auditCount(db, audit::messagesView) == 1);

    // Amending: another operator's message is refused; one's own and a supervisor's amendment audited.
    Message amended = repo.find(QStringLiteral("m1")).value().value();
    amended.notes = QStringLiteral("Rappeler demain");
    const auto byPaul = messages.amend(paul, amended);
    REQUIRE_FALSE(byPaul.ok());
    CHECK(byPaul.error().what.contains(QStringLiteral("amend-any-message")));
    CHECK(repo.amendments(QStringLiteral("m1")).value().isEmpty());
    const auto byClaire = messages.amend(claire, amended, QStringLiteral("typo"));
    REQUIRE(byClaire.ok());
    amended = *byClaire;
    amended.notes = QStringLiteral("Rappeler demain matin");
    REQUIRE(messages.amend(sophie, amended).ok());
    CHECK(auditCount(db, audit::messageAmend) == 2);

    // Exports: operators refused, supervisors audited with the count.
    CHECK_FALSE(messages.exportBetween(claire, {}, {}).ok());
    const auto exported = messages.exportBetween(sophie, {}, {});
    REQUIRE(exported.ok());
    CHECK(exported->size() == 1);
    const auto rows = audit.recent(1, audit::messagesExport);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().actor == QStringLiteral("sophie"));
    CHECK(rows->first().detail.contains(QStringLiteral("count=1")));

    // Consignes: operators refused, supervisors audited with the version.
    ClientRepository clientRepo(db);
    GuardedConsignes consignes(clientRepo, audit);
    CHECK_FALSE(
        consignes.save(claire, client(QStringLiteral("ACME"), 365, QStringLiteral("+33140000009"))).ok());
    CHECK(clientRepo.count().value() == 0);
    REQUIRE(consignes.save(sophie, client(QStringLiteral("ACME"), 365, QStringLiteral("+33140000009"))).ok());
    const auto changes = audit.recent(5, audit::consignesChange);
    REQUIRE(changes.ok());
    REQUIRE(changes->size() == 1);
    CHECK(changes->first().subject == QStringLiteral("ACME"));
    CHECK(changes->first().detail.startsWith(QStringLiteral("version 1")));
}

void checkListsByRole(Database &db)
{
    FixedClock clock(start);
    AuditLog audit(db, clock);
    MessageRepository repo(db);
    GuardedMessages messages(db, repo, audit);
    // Claire's two messages are older than Paul's twelve: a list that took the newest rows and then
    // dropped the colleagues' would show her nothing.
    for (int i = 0; i < 2; ++i)
        REQUIRE(repo.save(message(QStringLiteral("claire-%1").arg(i), QStringLiteral("ACME"),
                                  QStringLiteral("claire"), start.addSecs(i)))
                    .ok());
    for (int i = 0; i < 12; ++i)
        REQUIRE(repo.save(message(QStringLiteral("paul-%1").arg(i), QStringLiteral("ACME"),
                                  QStringLiteral("paul"), start.addSecs(60 + i)))
                    .ok());
    const Actor claire{QStringLiteral("Claire"), Role::Operator};
    const Actor sophie{QStringLiteral("sophie"), Role::Supervisor};
    const auto ids = [](const Result<QList<Message>> &found) {
        INFO((found ? QString() : found.error().toString()).toStdString());
        REQUIRE(found.ok());
        QStringList out;
        for (const Message &m : *found)
            out << m.id;
        return out;
    };
    const QStringList own{QStringLiteral("claire-1"), QStringLiteral("claire-0")};

    CHECK(ids(messages.recent(claire, 10)) == own);
    CHECK(ids(messages.recent(sophie, 10)).size() == 10);
    // By words, by number and by the end of a number: only her own, whatever the request names.
    for (const QString &text : {QStringLiteral("devis"), QStringLiteral("Hélène"),
                                QStringLiteral("0612345678"), QStringLiteral("45678")}) {
        INFO(text.toStdString());
        MessageSearchRequest request{text, {}, 10, QStringLiteral("paul")};
        CHECK(ids(messages.search(claire, request)) == own);
        request.operatorLogin.clear();
        CHECK(ids(messages.search(sophie, request)).size() == 10);
        request.clientCode = QStringLiteral("ACME");
        CHECK(ids(messages.search(claire, request)) == own);
    }
    // Lists are not audited: opening one of the messages is.
    CHECK(auditCount(db, audit::messagesView) == 0);
    CHECK_FALSE(messages.recent(Actor{QString(), Role::Operator}, 10).ok());
}

} // namespace relais::test

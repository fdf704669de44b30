// Sign-in checks and the persistent failure delay (sign_in_failures, migration 0009).
#include "security/signin.h"

#include "common/clock.h"
#include "logging/logging.h"
#include "security/auditlog.h"
#include "storage/database.h"
#include "storage/sqlbind.h"
#include "storage/sqlerrortext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace relais {

namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under SignInText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct SignInText
{
    Q_DECLARE_TR_FUNCTIONS(SignInText)
};

} // namespace

SignIn::SignIn(Database &db, const Clock &clock, AuditLog &audit, PasswordHasher hasher)
    : m_db(db)
    , m_clock(clock)
    , m_audit(audit)
    , m_hasher(hasher)
    , m_users(db, clock)
{}

qint64 SignIn::delayAfter(int failures)
{
    if (failures < freeFailures)
        return 0;
    const int doublings = std::min(failures - freeFailures, 20);
    return std::min(firstDelaySeconds << doublings, maximumDelaySeconds);
}

Result<SignIn::Failures> SignIn::failures(const QString &login) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT failures, last_failed_at FROM sign_in_failures WHERE login = ?"));
    query.addBindValue(textValue(login));
    if (!query.exec())
        return Error{
            SignInText::tr("cannot read the failed sign-ins: %1").arg(sqlErrorText(query.lastError())),
            m_db.url().redacted()};
    if (!query.next())
        return Failures{};
    return Failures{query.value(0).toInt(),
                    QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC)};
}

Result<qint64> SignIn::secondsToWait(const QString &login) const
{
    const auto f = failures(UserRepository::normalizedLogin(login));
    if (!f)
        return f.error();
    const qint64 delay = delayAfter(f->count);
    if (delay == 0)
        return qint64(0);
    const qint64 elapsed = f->last.secsTo(m_clock.now());
    return std::max<qint64>(0, delay - std::max<qint64>(0, elapsed));
}

Status SignIn::recordFailure(const QString &login, const QString &why)
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("INSERT INTO sign_in_failures (login, failures, last_failed_at) VALUES (?, 1, ?) "
                       "ON CONFLICT (login) DO UPDATE SET failures = sign_in_failures.failures + 1, "
                       "last_failed_at = excluded.last_failed_at"));
    query.addBindValue(textValue(login));
    query.addBindValue(m_clock.now().toMSecsSinceEpoch());
    if (!query.exec())
        return Error{
            SignInText::tr("cannot record the failed sign-in: %1").arg(sqlErrorText(query.lastError())),
            m_db.url().redacted()};
    logging::module("security")->info("failed sign-in for {}: {}", login.toStdString(), why.toStdString());
    return m_audit.record(login, audit::signInFailure, login, why);
}

Status SignIn::clearFailures(const QString &login)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM sign_in_failures WHERE login = ?"));
    query.addBindValue(textValue(login));
    if (!query.exec())
        return Error{
            SignInText::tr("cannot clear the failed sign-ins: %1").arg(sqlErrorText(query.lastError())),
            m_db.url().redacted()};
    return success();
}

Result<User> SignIn::signIn(const QString &rawLogin, const QString &password)
{
    const QString where = m_db.url().redacted();
    // A login too long or malformed is still slowed down and audited, under a bounded name.
    const QString login = UserRepository::normalizedLogin(rawLogin).left(64);
    const auto wait = secondsToWait(login);
    if (!wait)
        return wait.error();
    if (*wait > 0) {
        if (Status s = m_audit.record(login, audit::signInFailure, login, QStringLiteral("delayed")); !s)
            return s.error();
        return Error{SignInText::tr("too many failed sign-ins for this login: try again in %1 s").arg(*wait),
                     where};
    }
    const auto user = m_users.find(login);
    if (!user)
        return user.error();
    const auto stored = m_users.passwordHash(login);
    if (!stored)
        return stored.error();
    // An unknown login costs a hash too, so the time taken does not tell which logins exist.
    bool matches = false;
    if (user->has_value())
        matches = m_hasher.verify(password, *stored);
    else
        (void)m_hasher.hash(password);
    const Error refused{SignInText::tr("wrong login or password"), where};
    if (!matches) {
        if (Status s = recordFailure(login, user->has_value() ? QStringLiteral("wrong password")
                                                              : QStringLiteral("unknown login"));
            !s)
            return s.error();
        return refused;
    }
    if ((*user)->disabled) {
        if (Status s = recordFailure(login, QStringLiteral("disabled")); !s)
            return s.error();
        return Error{SignInText::tr("this account is disabled: ask an administrator"), where};
    }
    if (Status s = clearFailures(login); !s)
        return s.error();
    if (m_hasher.needsRehash(*stored)) {
        if (Status s = m_users.setPasswordHash(login, m_hasher.hash(password)); !s)
            return s.error();
    }
    if (Status s = m_audit.record(login, audit::signInSuccess, login, roleName((*user)->role)); !s)
        return s.error();
    logging::module("security")
        ->info("{} signed in as {}", login.toStdString(), roleName((*user)->role).toStdString());
    return **user;
}

} // namespace relais

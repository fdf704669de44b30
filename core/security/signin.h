// Signing in: checks a login and password, slows down repeated failures (per login, the delay growing
// with each failure and kept in the database so a restart does not reset it) and audits every attempt.
#pragma once

#include "common/result.h"
#include "security/passwordhasher.h"
#include "security/userrepository.h"

#include <QDateTime>

namespace relais {

class AuditLog;
class Clock;
class Database;

class SignIn final
{
public:
    // Failures allowed before any delay; then 5 s, 10 s, 20 s … up to maximumDelaySeconds.
    static constexpr int freeFailures = 3;
    static constexpr qint64 firstDelaySeconds = 5;
    static constexpr qint64 maximumDelaySeconds = 15 * 60;

    SignIn(Database &db, const Clock &clock, AuditLog &audit, PasswordHasher hasher = PasswordHasher());

    // The signed-in user, or an Error: wrong login or password (one message for both, so it does not
    // tell which logins exist), a disabled account, or "try again in N s" while the delay runs (the
    // password is not even checked then). A stored hash made with fewer iterations than the hasher's
    // is replaced on success.
    Result<User> signIn(const QString &login, const QString &password);

    // How long `login` must still wait before the next attempt is checked (0: it may try now).
    Result<qint64> secondsToWait(const QString &login) const;
    // The delay after `failures` consecutive failures.
    static qint64 delayAfter(int failures);

private:
    struct Failures
    {
        int count = 0;
        QDateTime last;
    };
    Result<Failures> failures(const QString &login) const;
    Status recordFailure(const QString &login, const QString &why);
    Status clearFailures(const QString &login);

    Database &m_db;
    const Clock &m_clock;
    AuditLog &m_audit;
    PasswordHasher m_hasher;
    UserRepository m_users;
};

} // namespace relais

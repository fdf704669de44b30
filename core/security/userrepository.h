// Relais users (the operators table): login, display name, role, disabled flag and password hash.
#pragma once

#include "common/result.h"
#include "security/role.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace relais {

class Clock;
class Database;

struct User
{
    QString login; // stored lowercased: "Marie" and "marie" are one user
    QString displayName;
    Role role = Role::Operator;
    bool disabled = false;
    QDateTime createdAt;
};

class UserRepository final
{
public:
    UserRepository(Database &db, const Clock &clock);

    // Refuses an empty or malformed login (letters, digits, . _ - only, at most 64) and a taken one.
    Status add(const User &user, const QString &passwordHash);
    Status setPasswordHash(const QString &login, const QString &passwordHash);
    Status setDisabled(const QString &login, bool disabled);
    Result<std::optional<User>> find(const QString &login) const;
    // The stored hash; empty when the user does not exist.
    Result<QString> passwordHash(const QString &login) const;
    Result<QList<User>> all() const;
    Result<qint64> count() const;
    // Users not disabled. 0: nobody can sign in, so the console starts without sign-in.
    Result<qint64> activeCount() const;

    static QString normalizedLogin(const QString &login);
    static bool isValidLogin(const QString &login);

private:
    Status update(const QString &login, const QString &column, const QVariant &value);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace relais

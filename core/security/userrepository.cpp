// operators table reads and writes.
#include "security/userrepository.h"

#include "common/clock.h"
#include "storage/database.h"
#include "storage/sqlbind.h"
#include "storage/sqlerrortext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace relais {

namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under UserRepositoryText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct UserRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(UserRepositoryText)
};

const QString userColumns = QStringLiteral("login, display_name, role, disabled, created_at");

User readUser(const QSqlQuery &query)
{
    User user;
    user.login = query.value(0).toString();
    user.displayName = query.value(1).toString();
    user.role = parseRole(query.value(2).toString()).value_or(Role::Operator);
    user.disabled = query.value(3).toInt() != 0;
    user.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    return user;
}

} // namespace

UserRepository::UserRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QString UserRepository::normalizedLogin(const QString &login)
{
    return login.trimmed().toLower();
}

bool UserRepository::isValidLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return pattern.match(normalizedLogin(login)).hasMatch();
}

Status UserRepository::add(const User &user, const QString &passwordHash)
{
    const QString login = normalizedLogin(user.login);
    if (!isValidLogin(login))
        return Error{UserRepositoryText::tr(
                         "'%1' is not a valid login: use letters, digits, '.', '_' or '-' (at most 64)")
                         .arg(user.login.left(80)),
                     m_db.url().redacted()};
    const auto existing = find(login);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error{UserRepositoryText::tr("the login '%1' is already taken").arg(login),
                     m_db.url().redacted()};
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO operators (login, display_name, role, password_hash, disabled, "
                                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    query.addBindValue(login);
    query.addBindValue(textValue(user.displayName.trimmed().isEmpty() ? login : user.displayName.trimmed()));
    query.addBindValue(roleName(user.role));
    query.addBindValue(textValue(passwordHash));
    query.addBindValue(user.disabled ? 1 : 0);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return Error{
            UserRepositoryText::tr("cannot add the user %1: %2").arg(login, sqlErrorText(query.lastError())),
            m_db.url().redacted()};
    return success();
}

Status UserRepository::update(const QString &login, const QString &column, const QVariant &value)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE operators SET %1 = ?, updated_at = ? WHERE login = ?").arg(column));
    query.addBindValue(value);
    query.addBindValue(m_clock.now().toMSecsSinceEpoch());
    query.addBindValue(normalizedLogin(login));
    if (!query.exec())
        return Error{UserRepositoryText::tr("cannot update the user %1: %2")
                         .arg(login, sqlErrorText(query.lastError())),
                     m_db.url().redacted()};
    if (query.numRowsAffected() < 1)
        return Error{UserRepositoryText::tr("there is no user '%1'").arg(normalizedLogin(login).left(80)),
                     m_db.url().redacted()};
    return success();
}

Status UserRepository::setPasswordHash(const QString &login, const QString &passwordHash)
{
    return update(login, QStringLiteral("password_hash"), textValue(passwordHash));
}

Status UserRepository::setDisabled(const QString &login, bool disabled)
{
    return update(login, QStringLiteral("disabled"), disabled ? 1 : 0);
}

Result<std::optional<User>> UserRepository::find(const QString &login) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM operators WHERE login = ?").arg(userColumns));
    query.addBindValue(textValue(normalizedLogin(login)));
    if (!query.exec())
        return Error{UserRepositoryText::tr("cannot read the user %1: %2")
                         .arg(login.left(80), sqlErrorText(query.lastError())),
                     m_db.url().redacted()};
    if (!query.next())
        return std::optional<User>();
    return std::optional<User>(readUser(query));
}

Result<QString> UserRepository::passwordHash(const QString &login) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT password_hash FROM operators WHERE login = ?"));
    query.addBindValue(textValue(normalizedLogin(login)));
    if (!query.exec())
        return Error{UserRepositoryText::tr("cannot read the user %1: %2")
                         .arg(login.left(80), sqlErrorText(query.lastError())),
                     m_db.url().redacted()};
    return query.next() ? query.value(0).toString() : QString();
}

Result<QList<User>> UserRepository::all() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM operators ORDER BY login").arg(userColumns)))
        return Error{UserRepositoryText::tr("cannot list the users: %1").arg(sqlErrorText(query.lastError())),
                     m_db.url().redacted()};
    QList<User> users;
    while (query.next())
        users.append(readUser(query));
    return users;
}

Result<qint64> UserRepository::count() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM operators")) || !query.next())
        return Error{
            UserRepositoryText::tr("cannot count the users: %1").arg(sqlErrorText(query.lastError())),
            m_db.url().redacted()};
    return query.value(0).toLongLong();
}

Result<qint64> UserRepository::activeCount() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM operators WHERE disabled = 0")) || !query.next())
        return Error{
            UserRepositoryText::tr("cannot count the users: %1").arg(sqlErrorText(query.lastError())),
            m_db.url().redacted()};
    return query.value(0).toLongLong();
}

} // namespace relais

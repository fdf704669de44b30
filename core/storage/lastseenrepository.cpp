// operator_seen reads and upserts (see lastseenrepository.h).
#include "storage/lastseenrepository.h"

#include "logging/logging.h"
#include "storage/database.h"
#include "storage/sqlbind.h"
#include "storage/sqlerrortext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace relais {
namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under LastSeenRepositoryText, the context tr() uses
// at runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct LastSeenRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(LastSeenRepositoryText)
};

} // namespace

LastSeenRepository::LastSeenRepository(Database &db)
    : m_db(db)
{}

Result<int> LastSeenRepository::lastSeen(const QString &operatorLogin, const QString &clientCode) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT version FROM operator_seen WHERE operator_login = ? AND client_code = ?"));
    query.addBindValue(textValue(operatorLogin));
    query.addBindValue(textValue(clientCode));
    if (!query.exec())
        return Error{LastSeenRepositoryText::tr("cannot read the last seen consignes of %1: %2")
                         .arg(clientCode, sqlErrorText(query.lastError())),
                     m_db.url().redacted()};
    return query.next() ? query.value(0).toInt() : 0;
}

Status LastSeenRepository::record(const QString &operatorLogin, const QString &clientCode, int version,
                                  const QDateTime &at)
{
    QSqlQuery query(m_db.connection());
    // ON CONFLICT upserts read the same on SQLite (3.24+) and PostgreSQL.
    query.prepare(QStringLiteral(
        "INSERT INTO operator_seen (operator_login, client_code, version, seen_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (operator_login, client_code) DO UPDATE SET version = excluded.version, "
        "seen_at = excluded.seen_at"));
    query.addBindValue(textValue(operatorLogin));
    query.addBindValue(textValue(clientCode));
    query.addBindValue(version);
    query.addBindValue(at.toMSecsSinceEpoch());
    if (!query.exec())
        return Error{LastSeenRepositoryText::tr("cannot record the consignes version seen for %1: %2")
                         .arg(clientCode, sqlErrorText(query.lastError())),
                     m_db.url().redacted()};
    logging::module("consignes")
        ->debug("{} saw {} version {}", operatorLogin.toStdString(), clientCode.toStdString(), version);
    return success();
}

} // namespace relais

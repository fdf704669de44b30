// audit_log inserts and reads.
#include "security/auditlog.h"

#include "common/clock.h"
#include "storage/database.h"
#include "storage/sqlbind.h"
#include "storage/sqlerrortext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace relais {

AuditLog::AuditLog(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Status AuditLog::record(const QString &actor, const QString &action, const QString &subject,
                        const QString &detail)
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(m_clock.now().toMSecsSinceEpoch());
    query.addBindValue(textValue(actor));
    query.addBindValue(textValue(action));
    query.addBindValue(textValue(subject));
    query.addBindValue(textValue(detail));
    if (!query.exec())
        return Error{QCoreApplication::translate("AuditLog", "cannot write the audit log (%1): %2")
                         .arg(action, sqlErrorText(query.lastError())),
                     m_db.url().redacted()};
    return success();
}

Result<QList<AuditEntry>> AuditLog::recent(int limit, const QString &action) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at, actor, action, subject, detail FROM audit_log") +
                  (action.isEmpty() ? QString() : QStringLiteral(" WHERE action = ?")) +
                  QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?"));
    if (!action.isEmpty())
        query.addBindValue(action);
    query.addBindValue(limit);
    if (!query.exec())
        return Error{QCoreApplication::translate("AuditLog", "cannot read the audit log: %1")
                         .arg(sqlErrorText(query.lastError())),
                     m_db.url().redacted()};
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(AuditEntry{query.value(0).toLongLong(),
                                  QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC),
                                  query.value(2).toString(), query.value(3).toString(),
                                  query.value(4).toString(), query.value(5).toString()});
    return entries;
}

} // namespace relais

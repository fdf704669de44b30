// audit_log inserts and reads.
#include "security/auditlog.h"

#include "common/clock.h"
#include "storage/database.h"
#include "storage/sqlbind.h"
#include "storage/sqlerrortext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

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
    return search(AuditFilter{.action = action, .limit = limit});
}

Result<QList<AuditEntry>> AuditLog::search(const AuditFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (!filter.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        values << filter.action;
    }
    if (!filter.actor.isEmpty()) {
        where << QStringLiteral("LOWER(actor) = ?");
        values << filter.actor.toLower();
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << filter.from.toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at < ?");
        values << filter.to.toMSecsSinceEpoch();
    }
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, at, actor, action, subject, detail FROM audit_log") +
        (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
        QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(std::max(1, filter.limit));
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

// The purge: counts, deletes and anonymises in one transaction, then audits.
#include "security/retentionpurge.h"

#include "common/clock.h"
#include "logging/logging.h"
#include "security/auditlog.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "storage/sqlbind.h"
#include "storage/sqlerrortext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace relais {

namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under RetentionPurgeText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct RetentionPurgeText
{
    Q_DECLARE_TR_FUNCTIONS(RetentionPurgeText)
};

// The messages past retention. The day length is a BIGINT so PostgreSQL does not overflow int4.
const QString expired =
    QStringLiteral("FROM messages m LEFT JOIN clients c ON c.code = m.client_code "
                   "WHERE m.created_at < ? - COALESCE(c.retention_days, %1) * CAST(86400000 AS BIGINT)")
        .arg(RetentionPurge::defaultRetentionDays);

} // namespace

RetentionPurge::RetentionPurge(Database &db, const Clock &clock, AuditLog &audit)
    : m_db(db)
    , m_clock(clock)
    , m_audit(audit)
{}

Result<PurgeReport> RetentionPurge::count(bool dryRun) const
{
    PurgeReport report;
    report.dryRun = dryRun;
    report.at = m_clock.now();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT m.client_code, COUNT(*) ") + expired +
                  QStringLiteral(" GROUP BY m.client_code ORDER BY m.client_code"));
    query.addBindValue(report.at.toMSecsSinceEpoch());
    if (!query.exec())
        return Error{RetentionPurgeText::tr("cannot count the messages past retention: %1")
                         .arg(sqlErrorText(query.lastError())),
                     m_db.url().redacted()};
    while (query.next()) {
        report.byClient.append({query.value(0).toString(), query.value(1).toLongLong()});
        report.messages += query.value(1).toLongLong();
    }
    return report;
}

Result<PurgeReport> RetentionPurge::run(const Actor &actor, bool dryRun)
{
    if (Status allowed = Permissions::check(actor, Permission::ManageRetention); !allowed)
        return allowed.error();
    const QString where = m_db.url().redacted();
    QSqlDatabase &db = m_db.connection();
    if (Status begun = m_db.beginWrite(); !begun)
        return begun.error();
    const auto fail = [&](const QString &what) -> Error {
        db.rollback();
        return Error{RetentionPurgeText::tr("the purge failed, nothing was deleted: %1").arg(what), where};
    };
    auto counted = count(dryRun);
    if (!counted)
        return fail(counted.error().what);
    PurgeReport report = std::move(counted).value();
    const qint64 now = report.at.toMSecsSinceEpoch();
    if (!dryRun && report.messages > 0) {
        const QString ids = QStringLiteral("(SELECT m.id ") + expired + QLatin1Char(')');
        // Children first: the subquery reads the messages still there.
        const QStringList statements{
            QStringLiteral("UPDATE calls SET caller = '', caller_name = '' WHERE message_id IN ") + ids,
            QStringLiteral("DELETE FROM message_amendments WHERE message_id IN ") + ids,
            QStringLiteral("DELETE FROM reviews WHERE message_id IN ") + ids,
            QStringLiteral("DELETE FROM message_conflicts WHERE message_id IN ") + ids,
            QStringLiteral("DELETE FROM sync_pushed WHERE message_id IN ") + ids,
            // The message's deliveries (its copy for the transports, the recipients, the log) go with
            // it: delivery_messages has no foreign key to messages, so nothing cascades from there;
            // deleted children first, explicitly, not relying on ON DELETE CASCADE.
            QStringLiteral("DELETE FROM delivery_events WHERE delivery_id IN (SELECT d.id FROM deliveries d "
                           "WHERE d.message_id IN ") +
                ids + QLatin1Char(')'),
            QStringLiteral("DELETE FROM deliveries WHERE message_id IN ") + ids,
            QStringLiteral("DELETE FROM delivery_messages WHERE message_id IN ") + ids,
            QStringLiteral("DELETE FROM messages WHERE id IN ") + ids,
        };
        for (qsizetype i = 0; i < statements.size(); ++i) {
            QSqlQuery query(db);
            query.prepare(statements[i]);
            query.addBindValue(now);
            if (!query.exec())
                return fail(sqlErrorText(query.lastError()));
            if (i == 0)
                report.callsAnonymised = query.numRowsAffected();
            if (i + 1 == statements.size() && query.numRowsAffected() != report.messages)
                return fail(RetentionPurgeText::tr("%1 messages were counted but %2 deleted")
                                .arg(report.messages)
                                .arg(query.numRowsAffected()));
        }
    }
    QStringList perClient;
    for (const auto &c : report.byClient)
        perClient << QStringLiteral("%1=%2")
                         .arg(c.clientCode.isEmpty() ? QStringLiteral("?") : c.clientCode)
                         .arg(c.messages);
    const QString detail =
        QStringLiteral("%1%2 messages, %3 calls anonymised%4")
            .arg(dryRun ? QStringLiteral("dry run: ") : QString())
            .arg(report.messages)
            .arg(report.callsAnonymised)
            .arg(perClient.isEmpty()
                     ? QString()
                     : QStringLiteral(" (") + perClient.join(QLatin1Char(' ')) + QLatin1Char(')'));
    if (Status s = m_audit.record(actor.login, audit::messagesPurge, {}, detail); !s)
        return fail(s.error().what);
    if (!db.commit())
        return fail(sqlErrorText(db.lastError()));
    logging::module("security")->info("purge by {}: {}", actor.login.toStdString(), detail.toStdString());
    return report;
}

} // namespace relais

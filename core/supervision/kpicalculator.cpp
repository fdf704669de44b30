// Supervision figures in portable SQL (see kpicalculator.h). Times are UTC milliseconds.
#include "supervision/kpicalculator.h"

#include "rules/clienttimezone.h"
#include "storage/database.h"
#include "storage/sqlerrortext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace relais {
namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under KpiCalculatorText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct KpiCalculatorText
{
    Q_DECLARE_TR_FUNCTIONS(KpiCalculatorText)
};

const QString kFrom = QStringLiteral(" FROM calls c LEFT JOIN clients cl ON cl.code = c.client_code ");
const QString kZone = QStringLiteral("COALESCE(cl.time_zone, '')");
// Every time zone offset in use is a whole number of quarter hours, so all calls in one UTC quarter
// hour share their local hour and weekday: the database counts by quarter hour, C++ converts.
constexpr qint64 kQuarterHourMs = 15 * 60 * 1000;

// SUM over no rows is NULL; PostgreSQL's SUM of BIGINT is NUMERIC, hence the casts in the SQL.
qint64 number(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

void finish(KpiFigures &f, qint64 answerMs, qint64 handlingMs)
{
    if (f.offered > 0)
        f.answerRate = double(f.answered) / double(f.offered);
    if (f.answered > 0) {
        f.averageAnswerSeconds = double(answerMs) / 1000.0 / double(f.answered);
        f.qualificationRate = double(f.messages) / double(f.answered);
    }
    if (f.handled > 0)
        f.averageHandlingSeconds = double(handlingMs) / 1000.0 / double(f.handled);
}

// "" is a call to a number no client owns: the default zone, without resolve's fallback warning.
QTimeZone zoneOf(const QString &id)
{
    return id.isEmpty() ? defaultClientTimeZone() : resolveClientTimeZone(id);
}

} // namespace

KpiCalculator::KpiCalculator(Database &db)
    : m_db(db)
{}

Error KpiCalculator::failure(const QString &what, const QString &detail) const
{
    return Error{KpiCalculatorText::tr("cannot compute the figures (%1): %2").arg(what, detail),
                 m_db.url().redacted()};
}

Result<KpiCalculator::Scope> KpiCalculator::scope(const KpiFilter &filter)
{
    Scope s;
    s.where = QStringLiteral(" WHERE c.outcome <> 'elsewhere'");
    if (!filter.clientCode.isEmpty()) {
        s.where += QStringLiteral(" AND c.client_code = ?");
        s.values << filter.clientCode;
    }
    if (!filter.operatorLogin.isEmpty()) {
        s.where += QStringLiteral(" AND c.operator_login = ?");
        s.values << filter.operatorLogin;
    }
    if (!filter.from && !filter.to)
        return s;

    // A day starts at a different UTC instant in each client's zone: one bound pair per zone in use.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT time_zone FROM clients")))
        return failure(KpiCalculatorText::tr("time zones"), sqlErrorText(q.lastError()));
    // Calls to numbers no client owns: Europe/Paris. Bound as "", not a null QString (which is NULL).
    QStringList zones{QStringLiteral("")};
    while (q.next())
        if (!zones.contains(q.value(0).toString()))
            zones << q.value(0).toString();
    QStringList parts;
    for (const QString &zoneId : std::as_const(zones)) {
        const QTimeZone zone = zoneOf(zoneId);
        QString part = kZone + QStringLiteral(" = ?");
        s.values << zoneId;
        if (filter.from) {
            part += QStringLiteral(" AND c.offered_at >= ?");
            s.values << filter.from->startOfDay(zone).toMSecsSinceEpoch();
        }
        if (filter.to) {
            part += QStringLiteral(" AND c.offered_at < ?");
            s.values << filter.to->addDays(1).startOfDay(zone).toMSecsSinceEpoch();
        }
        parts << QLatin1Char('(') + part + QLatin1Char(')');
    }
    s.where += QStringLiteral(" AND (") + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    return s;
}

Status KpiCalculator::counts(const Scope &scope, const QString &group, const Target &target)
{
    const QString key = group.isEmpty() ? QStringLiteral("''") : group;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT ") + key +
        QStringLiteral(
            ", COUNT(*), "
            "SUM(CASE WHEN c.answered_at IS NOT NULL THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN c.outcome = 'unanswered' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN c.outcome = 'message' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN c.outcome = 'filtered' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN c.outcome = 'incomplete' THEN 1 ELSE 0 END), "
            "CAST(SUM(CASE WHEN c.answered_at IS NOT NULL THEN c.answered_at - c.offered_at ELSE 0 END) "
            "AS BIGINT), "
            "SUM(CASE WHEN c.answered_at IS NOT NULL AND c.ended_at IS NOT NULL THEN 1 ELSE 0 END), "
            // Handling runs from the answer to the later of hang-up and message saved (wrap-up).
            "CAST(SUM(CASE WHEN c.answered_at IS NOT NULL AND c.ended_at IS NOT NULL THEN (CASE WHEN "
            "c.outcome_at IS NOT NULL AND c.outcome_at > c.ended_at THEN c.outcome_at ELSE c.ended_at "
            "END) - c.answered_at ELSE 0 END) AS BIGINT)") +
        kFrom + scope.where + (group.isEmpty() ? QString() : QStringLiteral(" GROUP BY ") + group));
    for (const QVariant &value : scope.values)
        q.addBindValue(value);
    if (!q.exec())
        return failure(KpiCalculatorText::tr("counts"), sqlErrorText(q.lastError()));
    while (q.next()) {
        KpiFigures &f = target(q.value(0).toString());
        f.offered = number(q.value(1));
        if (group.isEmpty() && f.offered == 0)
            continue; // the one row of an empty period
        f.answered = number(q.value(2));
        f.unanswered = number(q.value(3));
        f.messages = number(q.value(4));
        f.filtered = number(q.value(5));
        f.incomplete = number(q.value(6));
        f.handled = number(q.value(8));
        finish(f, number(q.value(7)), number(q.value(9)));
    }
    return success();
}

Status KpiCalculator::percentile90(const Scope &scope, const QString &group, const Target &target)
{
    // Nearest rank: the k-th smallest answer time with k = ceil(0.9 n) = (9 n + 9) / 10 in integers.
    const QString key = group.isEmpty() ? QStringLiteral("''") : group;
    const QString partition = group.isEmpty() ? QString() : QStringLiteral("PARTITION BY ") + group;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT k, ms FROM (SELECT ") + key +
              QStringLiteral(" AS k, c.answered_at - c.offered_at AS ms, ROW_NUMBER() OVER (") + partition +
              QStringLiteral(" ORDER BY c.answered_at - c.offered_at) AS rn, COUNT(*) OVER (") + partition +
              QStringLiteral(") AS n") + kFrom + scope.where +
              QStringLiteral(" AND c.answered_at IS NOT NULL) t WHERE rn = (9 * n + 9) / 10"));
    for (const QVariant &value : scope.values)
        q.addBindValue(value);
    if (!q.exec())
        return failure(KpiCalculatorText::tr("time to answer"), sqlErrorText(q.lastError()));
    while (q.next())
        target(q.value(0).toString()).p90AnswerSeconds = double(number(q.value(1))) / 1000.0;
    return success();
}

Status KpiCalculator::actions(const Scope &scope, KpiReport &report)
{
    // Actions live in each message as a JSON array; only messages linked to the selected calls are read.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.client_code, c.operator_login, m.actions") + kFrom +
              QStringLiteral(" JOIN messages m ON m.id = c.message_id") + scope.where +
              QStringLiteral(" AND c.message_id <> ''"));
    for (const QVariant &value : scope.values)
        q.addBindValue(value);
    if (!q.exec())
        return failure(KpiCalculatorText::tr("actions"), sqlErrorText(q.lastError()));
    while (q.next()) {
        const QJsonArray array = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array();
        for (const QJsonValue &value : array) {
            const QString kind = value.toObject().value(QStringLiteral("kind")).toString();
            if (kind.isEmpty())
                continue;
            for (KpiFigures *f : {&report.total, &report.byClient[q.value(0).toString()],
                                  &report.byOperator[q.value(1).toString()]}) {
                ++f->actions;
                ++f->actionsByKind[kind];
            }
        }
    }
    return success();
}

Status KpiCalculator::volume(const Scope &scope, KpiReport &report)
{
    const QString slot = QStringLiteral("c.offered_at / ") + QString::number(kQuarterHourMs);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kZone + QStringLiteral(", ") + slot +
              QStringLiteral(", COUNT(*), SUM(CASE WHEN c.answered_at IS NOT NULL THEN 1 ELSE 0 END)") +
              kFrom + scope.where + QStringLiteral(" GROUP BY ") + kZone + QStringLiteral(", ") + slot);
    for (const QVariant &value : scope.values)
        q.addBindValue(value);
    if (!q.exec())
        return failure(KpiCalculatorText::tr("volume by hour"), sqlErrorText(q.lastError()));
    QHash<QString, QTimeZone> zones;
    while (q.next()) {
        const QString zoneId = q.value(0).toString();
        auto zone = zones.constFind(zoneId);
        if (zone == zones.constEnd())
            zone = zones.insert(zoneId, zoneOf(zoneId));
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(number(q.value(1)) * kQuarterHourMs, *zone);
        const int hour = local.time().hour();
        const int weekday = local.date().dayOfWeek() - 1;
        report.offeredByHour[size_t(hour)] += number(q.value(2));
        report.answeredByHour[size_t(hour)] += number(q.value(3));
        report.offeredByWeekdayHour[size_t(weekday)][size_t(hour)] += number(q.value(2));
    }
    return success();
}

Result<KpiReport> KpiCalculator::compute(const KpiFilter &filter)
{
    KpiReport report;
    report.filter = filter;
    const Result<Scope> selected = scope(filter);
    if (!selected)
        return selected.error();
    const Target total = [&report](const QString &) -> KpiFigures & { return report.total; };
    const Target client = [&report](const QString &k) -> KpiFigures & { return report.byClient[k]; };
    const Target person = [&report](const QString &k) -> KpiFigures & { return report.byOperator[k]; };
    const QString byClient = QStringLiteral("c.client_code");
    const QString byOperator = QStringLiteral("c.operator_login");
    for (Status step :
         {counts(*selected, {}, total), counts(*selected, byClient, client),
          counts(*selected, byOperator, person), percentile90(*selected, {}, total),
          percentile90(*selected, byClient, client), percentile90(*selected, byOperator, person),
          actions(*selected, report), volume(*selected, report)})
        if (!step)
            return step.error();
    return report;
}

} // namespace relais

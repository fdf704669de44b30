// A client's monthly report from the call records (KpiCalculator) and the messages.
#include "supervision/monthlyreport.h"

#include "messages/message.h"
#include "rules/clienttimezone.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "storage/sqlerrortext.h"
#include "supervision/kpicalculator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace relais {
namespace {

struct MonthlyReportText
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportText)
};

// Checklist field ids that name what the call was about, in the order they are preferred. Clients
// name the field differently (the demo clients use "motif", "nature", "type_demande").
const QStringList kObjectFields{QStringLiteral("objet"),  QStringLiteral("object"),
                                QStringLiteral("sujet"),  QStringLiteral("motif"),
                                QStringLiteral("nature"), QStringLiteral("type_demande")};
constexpr int kNotesExcerpt = 80;

QString objectOf(const Message &m)
{
    for (const QString &field : kObjectFields) {
        const QString answer = m.answers.value(field).simplified();
        if (!answer.isEmpty())
            return answer;
    }
    const QString notes = m.notes.simplified();
    return notes.size() <= kNotesExcerpt ? notes : notes.left(kNotesExcerpt - 1) + QChar(0x2026);
}

} // namespace

bool answerAsksForAppointment(const QString &answer)
{
    static const QRegularExpression pattern(QStringLiteral("\\b(rendez[- ]vous|rdv|appointment)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(answer).hasMatch();
}

MonthlyReportBuilder::MonthlyReportBuilder(Database &db)
    : m_db(db)
{}

Error MonthlyReportBuilder::failure(const QString &what, const QString &detail) const
{
    return Error{MonthlyReportText::tr("cannot build the monthly report (%1): %2").arg(what, detail),
                 m_db.url().redacted()};
}

Result<MonthlyReport> MonthlyReportBuilder::build(const QString &clientCode, const QDate &month)
{
    if (!month.isValid())
        return failure(MonthlyReportText::tr("month"), MonthlyReportText::tr("no valid month given"));
    MonthlyReport report;
    report.clientCode = clientCode;
    report.firstDay = QDate(month.year(), month.month(), 1);
    report.lastDay = report.firstDay.addMonths(1).addDays(-1);
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT name, time_zone FROM clients WHERE code = ?"));
        q.addBindValue(clientCode);
        if (!q.exec())
            return failure(MonthlyReportText::tr("client"), sqlErrorText(q.lastError()));
        if (!q.next())
            return failure(MonthlyReportText::tr("client"),
                           MonthlyReportText::tr("no client has the code '%1'").arg(clientCode));
        report.clientName = q.value(0).toString();
        report.timeZone = q.value(1).toString();
    }

    KpiFilter filter;
    filter.from = report.firstDay;
    filter.to = report.lastDay;
    filter.clientCode = clientCode;
    const Result<KpiReport> kpis = KpiCalculator(m_db).compute(filter);
    if (!kpis)
        return kpis.error();
    report.figures = kpis->total;
    report.missed = report.figures.offered - report.figures.answered;
    report.transfers = report.figures.actionsByKind.value(toString(ActionKind::Transfer));
    report.callsByHour = kpis->offeredByHour;

    const QTimeZone zone = resolveClientTimeZone(report.timeZone);
    const QDateTime from = report.firstDay.startOfDay(zone);
    const QDateTime to = report.lastDay.addDays(1).startOfDay(zone);
    if (Status done = addCallsByDay(report, from, to); !done)
        return done.error();
    if (Status done = addMessages(report, from, to); !done)
        return done.error();
    return report;
}

Status MonthlyReportBuilder::addCallsByDay(MonthlyReport &report, const QDateTime &from, const QDateTime &to)
{
    // One client's month is a few thousand rows at most: bucketed by local day here, in the zone.
    report.callsByDay = QList<qint64>(report.firstDay.daysTo(report.lastDay) + 1, 0);
    const QTimeZone zone = from.timeZone();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT offered_at FROM calls WHERE client_code = ? AND outcome <> 'elsewhere' "
                             "AND offered_at >= ? AND offered_at < ?"));
    q.addBindValue(report.clientCode);
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec())
        return failure(MonthlyReportText::tr("calls by day"), sqlErrorText(q.lastError()));
    while (q.next()) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), zone).date();
        const qint64 index = report.firstDay.daysTo(day);
        if (index >= 0 && index < report.callsByDay.size())
            ++report.callsByDay[index];
    }
    return success();
}

Status MonthlyReportBuilder::addMessages(MonthlyReport &report, const QDateTime &from, const QDateTime &to)
{
    // The messages filed under the client in the month, and those taken on the month's calls (a
    // message saved after midnight on the last day still belongs to the call that rang in the month).
    MessageRepository repository(m_db);
    Result<QList<Message>> filed = repository.createdBetween(from, to, report.clientCode);
    if (!filed)
        return filed.error();
    // A message belongs to the month its call rang: one filed in the month for a call of another
    // month (rang at 23:58 on the last day, saved after midnight) is in that other month's report.
    QSet<QString> seen;
    {
        QSqlQuery other(m_db.connection());
        other.setForwardOnly(true);
        other.prepare(QStringLiteral(
            "SELECT DISTINCT c.message_id FROM calls c JOIN messages m ON m.id = c.message_id "
            "WHERE m.client_code = ? AND m.created_at >= ? AND m.created_at < ? AND c.outcome <> "
            "'elsewhere' AND (c.offered_at < ? OR c.offered_at >= ?)"));
        for (const QVariant &value : {QVariant(report.clientCode), QVariant(from.toMSecsSinceEpoch()),
                                      QVariant(to.toMSecsSinceEpoch()), QVariant(from.toMSecsSinceEpoch()),
                                      QVariant(to.toMSecsSinceEpoch())})
            other.addBindValue(value);
        if (!other.exec())
            return failure(MonthlyReportText::tr("messages of other months"),
                           sqlErrorText(other.lastError()));
        while (other.next())
            seen.insert(other.value(0).toString());
    }
    QList<Message> messages;
    for (const Message &m : std::as_const(*filed))
        if (!seen.contains(m.id)) {
            seen.insert(m.id);
            messages << m;
        }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT message_id FROM calls WHERE client_code = ? AND outcome <> "
                             "'elsewhere' AND message_id <> '' AND offered_at >= ? AND offered_at < ?"));
    q.addBindValue(report.clientCode);
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec())
        return failure(MonthlyReportText::tr("messages of the calls"), sqlErrorText(q.lastError()));
    QStringList linked;
    while (q.next())
        if (!seen.contains(q.value(0).toString()))
            linked << q.value(0).toString();
    q.finish();
    for (const QString &id : std::as_const(linked)) {
        Result<std::optional<Message>> found = repository.find(id);
        if (!found)
            return found.error();
        if (*found && !seen.contains(id)) {
            seen.insert(id);
            messages << **found;
        }
    }
    std::stable_sort(messages.begin(), messages.end(), [](const Message &a, const Message &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });

    const QTimeZone zone = from.timeZone();
    for (const Message &m : std::as_const(messages)) {
        if (m.status == MessageStatus::Draft)
            continue;
        ++report.messagesByUrgency[m.urgency];
        if (std::any_of(m.answers.cbegin(), m.answers.cend(), answerAsksForAppointment))
            ++report.appointments;
        report.messages << MonthlyReportMessage{
            m.createdAt.toTimeZone(zone), m.callerName, m.callerNumber, m.urgency, objectOf(m), m.incomplete};
    }
    return success();
}

} // namespace relais

// Call records upserted by (call id, operator); times stored as UTC milliseconds like every table.
#include "supervision/callrecordrepository.h"

#include "storage/database.h"
#include "storage/sqlbind.h"
#include "storage/sqlerrortext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace relais {
namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under CallRecordRepositoryText, the context tr()
// uses at runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct CallRecordRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(CallRecordRepositoryText)
};

const QString recordColumns = QStringLiteral(
    "call_id, operator_login, client_code, caller, caller_name, dialed, offered_at, answered_at, ended_at, "
    "end_cause, outcome, outcome_at, message_id");

// NULL for an invalid time, so "not answered" stays distinguishable from any real time.
QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

CallRecord readRecord(const QSqlQuery &q)
{
    CallRecord r;
    r.callId = q.value(0).toString();
    r.operatorLogin = q.value(1).toString();
    r.clientCode = q.value(2).toString();
    r.callerNumber = q.value(3).toString();
    r.callerName = q.value(4).toString();
    r.dialedNumber = q.value(5).toString();
    r.offeredAt = timeFrom(q.value(6));
    r.answeredAt = timeFrom(q.value(7));
    r.endedAt = timeFrom(q.value(8));
    r.endCause = q.value(9).toString();
    r.outcome = callOutcomeFromString(q.value(10).toString());
    r.outcomeAt = timeFrom(q.value(11));
    r.messageId = q.value(12).toString();
    return r;
}

} // namespace

CallRecordRepository::CallRecordRepository(Database &db)
    : m_db(db)
{}

Status CallRecordRepository::save(const CallRecord &r)
{
    if (r.callId.isEmpty() || !r.offeredAt.isValid())
        return Error{CallRecordRepositoryText::tr("a call record needs a call id and an offer time"),
                     m_db.url().redacted()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO calls (") + recordColumns +
              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (call_id, operator_login) DO UPDATE SET "
                             "client_code = excluded.client_code, caller = excluded.caller, "
                             "caller_name = excluded.caller_name, dialed = excluded.dialed, "
                             "offered_at = excluded.offered_at, answered_at = excluded.answered_at, "
                             "ended_at = excluded.ended_at, end_cause = excluded.end_cause, "
                             "outcome = excluded.outcome, outcome_at = excluded.outcome_at, "
                             "message_id = excluded.message_id"));
    for (const QVariant &v :
         {textValue(r.callId), textValue(r.operatorLogin), textValue(r.clientCode), textValue(r.callerNumber),
          textValue(r.callerName), textValue(r.dialedNumber), timeValue(r.offeredAt), timeValue(r.answeredAt),
          timeValue(r.endedAt), textValue(r.endCause), QVariant(toString(r.outcome)), timeValue(r.outcomeAt),
          textValue(r.messageId)})
        q.addBindValue(v);
    if (!q.exec())
        return Error{CallRecordRepositoryText::tr("cannot save call %1: %2")
                         .arg(r.callId, sqlErrorText(q.lastError())),
                     m_db.url().redacted()};
    return success();
}

Status CallRecordRepository::recordOffered(const CallRecord &r)
{
    if (r.callId.isEmpty() || !r.offeredAt.isValid())
        return Error{CallRecordRepositoryText::tr("a call record needs a call id and an offer time"),
                     m_db.url().redacted()};
    // A queue's next round rings the same call here again: the first ring is when the caller began
    // waiting for this operator, so it is kept; a client picked by hand later is kept too.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO calls (call_id, operator_login, client_code, caller, caller_name, "
                             "dialed, offered_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (call_id, operator_login) DO NOTHING"));
    for (const QVariant &v :
         {textValue(r.callId), textValue(r.operatorLogin), textValue(r.clientCode), textValue(r.callerNumber),
          textValue(r.callerName), textValue(r.dialedNumber), timeValue(r.offeredAt)})
        q.addBindValue(v);
    if (!q.exec())
        return Error{CallRecordRepositoryText::tr("cannot record call %1: %2")
                         .arg(r.callId, sqlErrorText(q.lastError())),
                     m_db.url().redacted()};
    return success();
}

Status CallRecordRepository::ensureRow(const QString &callId, const QString &operatorLogin,
                                       const QDateTime &at)
{
    CallRecord r;
    r.callId = callId;
    r.operatorLogin = operatorLogin;
    r.offeredAt = at;
    return recordOffered(r);
}

Status CallRecordRepository::recordAnswered(const QString &callId, const QString &operatorLogin,
                                            const QDateTime &at)
{
    if (Status made = ensureRow(callId, operatorLogin, at); !made)
        return made;
    // An answer after an earlier round ended unanswered here reopens the call.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE calls SET answered_at = COALESCE(answered_at, ?), outcome = CASE WHEN "
                             "outcome IN ('unanswered', 'elsewhere') THEN '' ELSE outcome END "
                             "WHERE call_id = ? AND operator_login = ?"));
    q.addBindValue(timeValue(at));
    q.addBindValue(textValue(callId));
    q.addBindValue(textValue(operatorLogin));
    if (!q.exec())
        return Error{CallRecordRepositoryText::tr("cannot record the answer of call %1: %2")
                         .arg(callId, sqlErrorText(q.lastError())),
                     m_db.url().redacted()};
    return success();
}

Status CallRecordRepository::recordEnded(const QString &callId, const QString &operatorLogin,
                                         const QDateTime &at, const QString &endCause, bool answeredElsewhere)
{
    if (Status made = ensureRow(callId, operatorLogin, at); !made)
        return made;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE calls SET ended_at = ?, end_cause = ?, outcome = CASE WHEN "
                             "answered_at IS NULL AND outcome IN ('', 'unanswered', 'elsewhere') THEN ? "
                             "ELSE outcome END WHERE call_id = ? AND operator_login = ?"));
    q.addBindValue(timeValue(at));
    q.addBindValue(textValue(endCause));
    q.addBindValue(toString(answeredElsewhere ? CallOutcome::Elsewhere : CallOutcome::Unanswered));
    q.addBindValue(textValue(callId));
    q.addBindValue(textValue(operatorLogin));
    if (!q.exec())
        return Error{CallRecordRepositoryText::tr("cannot record the end of call %1: %2")
                         .arg(callId, sqlErrorText(q.lastError())),
                     m_db.url().redacted()};
    return success();
}

Status CallRecordRepository::recordOutcome(const QString &callId, const QString &operatorLogin,
                                           CallOutcome outcome, const QString &messageId, const QDateTime &at,
                                           const QString &clientCode)
{
    if (Status made = ensureRow(callId, operatorLogin, at); !made)
        return made;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE calls SET outcome = ?, outcome_at = ?, message_id = CASE WHEN ? = '' "
                             "THEN message_id ELSE ? END, client_code = CASE WHEN ? = '' THEN client_code "
                             "ELSE ? END WHERE call_id = ? AND operator_login = ?"));
    for (const QVariant &v :
         {QVariant(toString(outcome)), timeValue(at), textValue(messageId), textValue(messageId),
          textValue(clientCode), textValue(clientCode), textValue(callId), textValue(operatorLogin)})
        q.addBindValue(v);
    if (!q.exec())
        return Error{CallRecordRepositoryText::tr("cannot record the outcome of call %1: %2")
                         .arg(callId, sqlErrorText(q.lastError())),
                     m_db.url().redacted()};
    return success();
}

Status CallRecordRepository::appendEvent(const CallLogEntry &e)
{
    if (e.callId.isEmpty() || !e.at.isValid())
        return Error{CallRecordRepositoryText::tr("a call event needs a call id and a time"),
                     m_db.url().redacted()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO call_events (call_id, operator_login, at, kind, detail) VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant &v : {textValue(e.callId), textValue(e.operatorLogin), timeValue(e.at),
                              QVariant(toString(e.kind)), textValue(e.detail)})
        q.addBindValue(v);
    if (!q.exec())
        return Error{CallRecordRepositoryText::tr("cannot log an event of call %1: %2")
                         .arg(e.callId, sqlErrorText(q.lastError())),
                     m_db.url().redacted()};
    return success();
}

Result<std::optional<CallRecord>> CallRecordRepository::findWhere(const QString &condition,
                                                                  const QStringList &values)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + recordColumns + QStringLiteral(" FROM calls WHERE ") + condition +
              QStringLiteral(" ORDER BY offered_at LIMIT 1"));
    for (const QString &value : values)
        q.addBindValue(textValue(value));
    if (!q.exec())
        return Error{
            CallRecordRepositoryText::tr("cannot read a call record: %1").arg(sqlErrorText(q.lastError())),
            m_db.url().redacted()};
    if (!q.next())
        return std::optional<CallRecord>();
    return std::optional<CallRecord>(readRecord(q));
}

Result<std::optional<CallRecord>> CallRecordRepository::find(const QString &callId,
                                                             const QString &operatorLogin)
{
    return findWhere(QStringLiteral("call_id = ? AND operator_login = ?"), {callId, operatorLogin});
}

Result<std::optional<CallRecord>> CallRecordRepository::findByMessage(const QString &messageId)
{
    if (messageId.isEmpty())
        return std::optional<CallRecord>();
    return findWhere(QStringLiteral("message_id = ?"), {messageId});
}

Result<QList<CallLogEntry>> CallRecordRepository::events(const QString &callId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT call_id, operator_login, at, kind, detail FROM call_events "
                             "WHERE call_id = ? ORDER BY at, id"));
    q.addBindValue(textValue(callId));
    if (!q.exec())
        return Error{CallRecordRepositoryText::tr("cannot read the events of call %1: %2")
                         .arg(callId, sqlErrorText(q.lastError())),
                     m_db.url().redacted()};
    QList<CallLogEntry> entries;
    while (q.next())
        entries.append(CallLogEntry{q.value(0).toString(), q.value(1).toString(), timeFrom(q.value(2)),
                                    callLogKindFromString(q.value(3).toString()), q.value(4).toString()});
    return entries;
}

Result<QList<CallLogEntry>> CallRecordRepository::eventsOfMessage(const QString &messageId)
{
    const auto record = findByMessage(messageId);
    if (!record)
        return record.error();
    if (!record.value())
        return QList<CallLogEntry>();
    return events(record.value()->callId);
}

} // namespace relais

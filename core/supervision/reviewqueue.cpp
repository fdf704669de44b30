// The review queue over the reviews table; times are UTC milliseconds like every table.
#include "supervision/reviewqueue.h"

#include "common/clock.h"
#include "consignes/consignes.h"
#include "messages/message.h"
#include "rules/clienttimezone.h"
#include "storage/consigneshistory.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "storage/sqlbind.h"
#include "storage/sqlerrortext.h"
#include "supervision/callrecordrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace relais {
namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under ReviewQueueText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct ReviewQueueText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewQueueText)
};

const QString kColumns = QStringLiteral(
    "message_id, operator_login, client_code, day, source, flagged_by, flag_reason, status, auto_score, "
    "auto_reasons, created_at, reviewer, rubric, score, comment, reviewed_at, comment_seen_at");

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QByteArray checksToJson(const QList<CompletenessCheck> &checks)
{
    QJsonArray array;
    for (const CompletenessCheck &c : checks)
        array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("points"), c.points},
                                 {QStringLiteral("max"), c.maxPoints},
                                 {QStringLiteral("reason"), c.reason}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<CompletenessCheck> checksFromJson(const QByteArray &json)
{
    QList<CompletenessCheck> checks;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        checks.append({o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("points")).toInt(),
                       o.value(QStringLiteral("max")).toInt(), o.value(QStringLiteral("reason")).toString()});
    }
    return checks;
}

Review readReview(const QSqlQuery &q)
{
    Review r;
    r.messageId = q.value(0).toString();
    r.operatorLogin = q.value(1).toString();
    r.clientCode = q.value(2).toString();
    r.day = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    r.source = reviewSourceFromString(q.value(4).toString());
    r.flaggedBy = q.value(5).toString();
    r.flagReason = q.value(6).toString();
    r.status = reviewStatusFromString(q.value(7).toString());
    r.completeness.score = q.value(8).toInt();
    r.completeness.checks = checksFromJson(q.value(9).toString().toUtf8());
    r.queuedAt = timeFrom(q.value(10));
    r.reviewer = q.value(11).toString();
    r.rubricScores = rubricScoresFromJson(q.value(12).toString().toUtf8());
    if (!q.value(13).isNull())
        r.score = q.value(13).toInt();
    r.comment = q.value(14).toString();
    r.reviewedAt = timeFrom(q.value(15));
    r.commentSeenAt = timeFrom(q.value(16));
    return r;
}

// The same order on every console and every run: the sample must not change when sampled again.
QByteArray sampleKey(const Message &m)
{
    return QCryptographicHash::hash(m.id.toUtf8(), QCryptographicHash::Sha1);
}

} // namespace

ReviewQueue::ReviewQueue(Database &db, const PhoneNumbers &phones, const Clock &clock)
    : m_db(db)
    , m_phones(phones)
    , m_clock(clock)
{}

Error ReviewQueue::failure(const QString &what, const QString &detail) const
{
    return Error{what.arg(detail), m_db.url().redacted()};
}

Result<QDate> ReviewQueue::localDay(const Message &message)
{
    QString zone;
    if (!message.clientCode.isEmpty()) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT time_zone FROM clients WHERE code = ?"));
        q.addBindValue(message.clientCode);
        if (!q.exec())
            return failure(ReviewQueueText::tr("cannot read the client's time zone: %1"),
                           sqlErrorText(q.lastError()));
        if (q.next())
            zone = q.value(0).toString();
    }
    const QTimeZone tz = zone.isEmpty() ? defaultClientTimeZone() : resolveClientTimeZone(zone);
    return message.createdAt.toTimeZone(tz).date();
}

Result<CompletenessScore> ReviewQueue::score(const Message &message)
{
    // A version that cannot be loaded (a client deleted since, a message from before versions were
    // kept) is scored without it: the score says so rather than the message being left out.
    std::optional<Consignes> consignes;
    if (!message.clientCode.isEmpty() && message.consignesVersion > 0) {
        Result<Consignes> loaded =
            ConsignesHistory(m_db, m_phones).load(message.clientCode, message.consignesVersion);
        if (loaded)
            consignes = std::move(loaded).value();
    }
    const auto call = CallRecordRepository(m_db).findByMessage(message.id);
    if (!call)
        return call.error();
    return scoreCompleteness(message, consignes ? &*consignes : nullptr, call.value(), m_phones);
}

Result<bool> ReviewQueue::enqueue(const Message &message, const QDate &day, ReviewSource source,
                                  const QString &by, const QString &reason)
{
    const Result<CompletenessScore> completeness = score(message);
    if (!completeness)
        return completeness.error();
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO reviews (message_id, reviewer, comment, created_at, operator_login, "
                       "client_code, day, source, flagged_by, flag_reason, status, auto_score, "
                       "auto_reasons) VALUES (?, '', '', ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?) "
                       "ON CONFLICT (message_id) DO NOTHING"));
    q.addBindValue(message.id);
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    q.addBindValue(textValue(message.operatorLogin));
    q.addBindValue(textValue(message.clientCode));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(toString(source));
    q.addBindValue(textValue(by));
    q.addBindValue(textValue(reason));
    q.addBindValue(completeness->score);
    q.addBindValue(QString::fromUtf8(checksToJson(completeness->checks)));
    if (!q.exec())
        return Error{ReviewQueueText::tr("cannot queue message %1 for review: %2")
                         .arg(message.id, sqlErrorText(q.lastError())),
                     m_db.url().redacted()};
    return q.numRowsAffected() > 0;
}

Result<int> ReviewQueue::sample(const QDate &from, const QDate &to, const SamplingPlan &plan)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error{ReviewQueueText::tr("the sample needs a first and a last day, in order"),
                     m_db.url().redacted()};
    // Time zones are within a day of UTC: a day's margin each side catches every local day.
    const auto messages = MessageRepository(m_db).createdBetween(
        QDateTime(from.addDays(-1), QTime(0, 0), Qt::UTC), QDateTime(to.addDays(2), QTime(0, 0), Qt::UTC));
    if (!messages)
        return messages.error();

    struct Candidate
    {
        QByteArray key;
        const Message *message;
        QDate day;
    };
    QMap<QString, QList<Candidate>> byOperator; // "login\nday" -> candidates
    QMap<QString, QList<Candidate>> byClient;
    for (const Message &m : messages.value()) {
        if (m.status == MessageStatus::Draft)
            continue;
        const Result<QDate> day = localDay(m);
        if (!day)
            return day.error();
        if (day.value() < from || day.value() > to)
            continue;
        const Candidate c{sampleKey(m), &m, day.value()};
        const QString dayText = day->toString(Qt::ISODate);
        byOperator[m.operatorLogin + QLatin1Char('\n') + dayText].append(c);
        byClient[m.clientCode + QLatin1Char('\n') + dayText].append(c);
    }
    QList<Candidate> picked;
    QSet<QString> pickedIds;
    const auto pick = [&](QMap<QString, QList<Candidate>> &groups, int perGroup) {
        for (QList<Candidate> &group : groups) {
            std::sort(group.begin(), group.end(),
                      [](const Candidate &a, const Candidate &b) { return a.key < b.key; });
            for (qsizetype i = 0; i < std::min<qsizetype>(perGroup, group.size()); ++i)
                if (!pickedIds.contains(group[i].message->id)) {
                    pickedIds.insert(group[i].message->id);
                    picked.append(group[i]);
                }
        }
    };
    pick(byOperator, std::max(0, plan.perOperatorPerDay));
    pick(byClient, std::max(0, plan.perClientPerDay));

    if (Status begun = m_db.beginWrite(); !begun)
        return begun.error();
    int added = 0;
    for (const Candidate &c : picked) {
        const Result<bool> queued = enqueue(*c.message, c.day, ReviewSource::Sample, {}, {});
        if (!queued) {
            m_db.connection().rollback();
            return queued.error();
        }
        added += queued.value() ? 1 : 0;
    }
    if (!m_db.connection().commit())
        return failure(ReviewQueueText::tr("cannot save the review sample: %1"),
                       sqlErrorText(m_db.connection().lastError()));
    return added;
}

Status ReviewQueue::flag(const QString &messageId, const QString &by, const QString &reason)
{
    const auto existing = find(messageId);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE reviews SET source = 'flagged', flagged_by = ?, flag_reason = ? "
                                 "WHERE message_id = ?"));
        q.addBindValue(textValue(by));
        q.addBindValue(textValue(reason));
        q.addBindValue(messageId);
        if (!q.exec())
            return failure(ReviewQueueText::tr("cannot flag the message: %1"), sqlErrorText(q.lastError()));
        return success();
    }
    const auto message = MessageRepository(m_db).find(messageId);
    if (!message)
        return message.error();
    if (!message.value())
        return Error{ReviewQueueText::tr("no message %1 to flag").arg(messageId), m_db.url().redacted()};
    const Result<QDate> day = localDay(*message.value());
    if (!day)
        return day.error();
    const Result<bool> queued = enqueue(*message.value(), day.value(), ReviewSource::Flagged, by, reason);
    if (!queued)
        return queued.error();
    return success();
}

Result<QList<Review>> ReviewQueue::select(const QString &where, const QVariantList &values,
                                          const QString &order)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM reviews") + where + order);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return failure(ReviewQueueText::tr("cannot read the review queue: %1"), sqlErrorText(q.lastError()));
    QList<Review> reviews;
    while (q.next())
        reviews.append(readReview(q));
    return reviews;
}

Result<QList<Review>> ReviewQueue::list(const ReviewListFilter &filter)
{
    QStringList conditions;
    QVariantList values;
    if (!filter.includeDone)
        conditions << QStringLiteral("status = 'pending'");
    if (!filter.operatorLogin.isEmpty()) {
        conditions << QStringLiteral("operator_login = ?");
        values << filter.operatorLogin;
    }
    if (!filter.clientCode.isEmpty()) {
        conditions << QStringLiteral("client_code = ?");
        values << filter.clientCode;
    }
    if (filter.from) {
        conditions << QStringLiteral("day >= ?");
        values << filter.from->toString(Qt::ISODate);
    }
    if (filter.to) {
        conditions << QStringLiteral("day <= ?");
        values << filter.to->toString(Qt::ISODate);
    }
    const QString where = conditions.isEmpty()
                              ? QString()
                              : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return select(where, values,
                  QStringLiteral(" ORDER BY CASE WHEN status = 'pending' THEN 0 ELSE 1 END, "
                                 "CASE WHEN source = 'flagged' THEN 0 ELSE 1 END, auto_score, created_at, "
                                 "message_id"));
}

Result<std::optional<Review>> ReviewQueue::find(const QString &messageId)
{
    const auto found = select(QStringLiteral(" WHERE message_id = ?"), {messageId}, {});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Review>();
    return std::optional<Review>(found->first());
}

Status ReviewQueue::submit(const QString &messageId, const QString &reviewer,
                           const QMap<QString, int> &rubricScores, const QString &comment,
                           const QList<RubricCriterion> &rubric)
{
    if (Status checked = checkRubricScores(rubric, rubricScores); !checked)
        return checked;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE reviews SET status = 'done', reviewer = ?, rubric = ?, score = ?, "
                             "comment = ?, reviewed_at = ?, comment_seen_at = NULL WHERE message_id = ?"));
    q.addBindValue(textValue(reviewer));
    q.addBindValue(QString::fromUtf8(rubricScoresToJson(rubricScores)));
    q.addBindValue(rubricPercent(rubric, rubricScores));
    q.addBindValue(textValue(comment.trimmed()));
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    q.addBindValue(messageId);
    if (!q.exec())
        return failure(ReviewQueueText::tr("cannot save the review: %1"), sqlErrorText(q.lastError()));
    if (q.numRowsAffected() == 0)
        return Error{ReviewQueueText::tr("message %1 is not in the review queue").arg(messageId),
                     m_db.url().redacted()};
    return success();
}

Result<QList<Review>> ReviewQueue::unseenComments(const QString &operatorLogin)
{
    return select(QStringLiteral(" WHERE operator_login = ? AND status = 'done' AND comment <> '' AND "
                                 "comment_seen_at IS NULL"),
                  {operatorLogin}, QStringLiteral(" ORDER BY reviewed_at, message_id"));
}

Status ReviewQueue::markCommentSeen(const QString &messageId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE reviews SET comment_seen_at = ? WHERE message_id = ?"));
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    q.addBindValue(messageId);
    if (!q.exec())
        return failure(ReviewQueueText::tr("cannot note the comment as seen: %1"),
                       sqlErrorText(q.lastError()));
    if (q.numRowsAffected() == 0)
        return Error{ReviewQueueText::tr("message %1 is not in the review queue").arg(messageId),
                     m_db.url().redacted()};
    return success();
}

} // namespace relais

// The supervisors' review queue in the store (table reviews, migration 0008): a deterministic daily
// sample per operator and per client plus every flagged message, each with its completeness score;
// the supervisor's rubric and comment; the comments an operator has still to be shown.
#pragma once

#include "common/result.h"
#include "supervision/review.h"
#include "supervision/reviewrubric.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace relais {

class Clock;
class Database;
class PhoneNumbers;
struct Message;

// How many messages of each day the sample takes. A message counts for its operator and its client;
// one picked for both is queued once. The pick is deterministic (by a hash of the message id), so
// sampling the same days again adds nothing and every console picks the same messages.
struct SamplingPlan
{
    int perOperatorPerDay = 2;
    int perClientPerDay = 1;
};

struct ReviewListFilter
{
    bool includeDone = false;
    QString operatorLogin; // empty: every operator
    QString clientCode;    // empty: every client
    std::optional<QDate> from;
    std::optional<QDate> to;
};

class ReviewQueue final
{
public:
    // `phones` checks callback numbers and reads stored consignes; it and `clock` must outlive this.
    ReviewQueue(Database &db, const PhoneNumbers &phones, const Clock &clock);

    // Queues the sample of the messages (not drafts) made on the local days `from`..`to` (each in its
    // client's time zone, Europe/Paris for an unknown client). Returns how many reviews were added.
    Result<int> sample(const QDate &from, const QDate &to, const SamplingPlan &plan = {});
    // Queues a message because somebody flagged it (or marks its queued review as flagged). A review
    // already done stays done: it has been looked at. An unknown message is an error.
    Status flag(const QString &messageId, const QString &by, const QString &reason);

    // The queue: flagged first, then the lowest completeness score, then oldest.
    Result<QList<Review>> list(const ReviewListFilter &filter = {});
    Result<std::optional<Review>> find(const QString &messageId);

    // The supervisor's verdict: every criterion of `rubric` scored, the comment for the operator.
    // A new comment is shown to the operator again, even if an earlier one was seen.
    Status submit(const QString &messageId, const QString &reviewer, const QMap<QString, int> &rubricScores,
                  const QString &comment, const QList<RubricCriterion> &rubric = defaultRubric());

    // Reviews with a comment the operator has not been shown yet, oldest first.
    Result<QList<Review>> unseenComments(const QString &operatorLogin);
    Status markCommentSeen(const QString &messageId);

    // The completeness score of a message against the consignes version it was taken with.
    Result<CompletenessScore> score(const Message &message);

private:
    // True when a review was added (false: the message was queued already).
    Result<bool> enqueue(const Message &message, const QDate &day, ReviewSource source, const QString &by,
                         const QString &reason);
    Result<QDate> localDay(const Message &message);
    Result<QList<Review>> select(const QString &where, const QVariantList &values, const QString &order);
    Error failure(const QString &what, const QString &detail) const;

    Database &m_db;
    const PhoneNumbers &m_phones;
    const Clock &m_clock;
};

} // namespace relais

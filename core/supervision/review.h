// A review of one message in the supervisors' queue: why it is there, its automatic completeness
// score, the supervisor's rubric scores and the comment the operator is shown.
#pragma once

#include "supervision/completenessscore.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace relais {

enum class ReviewSource
{
    Sample,  // picked by the daily sample per operator and per client
    Flagged, // somebody flagged the message
};

enum class ReviewStatus
{
    Pending,
    Done,
};

struct Review
{
    QString messageId; // one review per message: the key
    QString operatorLogin;
    QString clientCode;
    QDate day; // the message's local day in its client's time zone
    ReviewSource source = ReviewSource::Sample;
    QString flaggedBy;
    QString flagReason;
    ReviewStatus status = ReviewStatus::Pending;
    CompletenessScore completeness;
    QDateTime queuedAt; // UTC

    // Filled when a supervisor submits the review.
    QString reviewer;
    QMap<QString, int> rubricScores; // criterion id -> points
    std::optional<int> score;        // rubric total in %
    QString comment;                 // for the operator
    QDateTime reviewedAt;
    QDateTime commentSeenAt; // invalid: the operator has not been shown the comment yet
};

// Stored names: "sample", "flagged"; "pending", "done". Unknown text reads as Sample / Pending.
QString toString(ReviewSource source);
ReviewSource reviewSourceFromString(const QString &text);
QString toString(ReviewStatus status);
ReviewStatus reviewStatusFromString(const QString &text);

} // namespace relais

// Stored names of a review's source and status.
#include "supervision/review.h"

namespace relais {

QString toString(ReviewSource source)
{
    return source == ReviewSource::Flagged ? QStringLiteral("flagged") : QStringLiteral("sample");
}

ReviewSource reviewSourceFromString(const QString &text)
{
    return text == QLatin1String("flagged") ? ReviewSource::Flagged : ReviewSource::Sample;
}

QString toString(ReviewStatus status)
{
    return status == ReviewStatus::Done ? QStringLiteral("done") : QStringLiteral("pending");
}

ReviewStatus reviewStatusFromString(const QString &text)
{
    return text == QLatin1String("done") ? ReviewStatus::Done : ReviewStatus::Pending;
}

} // namespace relais

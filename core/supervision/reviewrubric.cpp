// The default review rubric and the stored form of a review's rubric scores.
#include "supervision/reviewrubric.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace relais {
namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under ReviewRubricText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct ReviewRubricText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRubricText)
};

} // namespace

QList<RubricCriterion> defaultRubric()
{
    return {
        {QStringLiteral("greeting"), ReviewRubricText::tr("Greeting"),
         ReviewRubricText::tr("The client's greeting said as scripted"), 2},
        {QStringLiteral("courtesy"), ReviewRubricText::tr("Tone and courtesy"),
         ReviewRubricText::tr("Polite, calm, the caller felt heard"), 2},
        {QStringLiteral("accuracy"), ReviewRubricText::tr("Faithful and clear"),
         ReviewRubricText::tr("The message says what the caller said, and a reader understands it at once"),
         3},
        {QStringLiteral("spelling"), ReviewRubricText::tr("Names and spelling"),
         ReviewRubricText::tr("Names spelt right, no typing errors"), 2},
        {QStringLiteral("consignes"), ReviewRubricText::tr("Consignes followed"),
         ReviewRubricText::tr(
             "Questions asked, urgency and filtering rules applied, nothing from the never-say list"),
         3},
    };
}

Status checkRubricScores(const QList<RubricCriterion> &rubric, const QMap<QString, int> &scores)
{
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        const auto found = std::find_if(rubric.cbegin(), rubric.cend(),
                                        [&](const RubricCriterion &c) { return c.id == it.key(); });
        if (found == rubric.cend())
            return Error{ReviewRubricText::tr("\"%1\" is not a criterion of the rubric").arg(it.key()),
                         ReviewRubricText::tr("rubric")};
    }
    for (const RubricCriterion &c : rubric) {
        if (!scores.contains(c.id))
            return Error{ReviewRubricText::tr("\"%1\" is not scored").arg(c.label),
                         ReviewRubricText::tr("rubric")};
        const int points = scores.value(c.id);
        if (points < 0 || points > c.maxPoints)
            return Error{ReviewRubricText::tr("\"%1\" is scored %2, outside 0 to %3")
                             .arg(c.label)
                             .arg(points)
                             .arg(c.maxPoints),
                         ReviewRubricText::tr("rubric")};
    }
    return success();
}

int rubricPercent(const QList<RubricCriterion> &rubric, const QMap<QString, int> &scores)
{
    int points = 0;
    int max = 0;
    for (const RubricCriterion &c : rubric) {
        points += std::clamp(scores.value(c.id), 0, c.maxPoints);
        max += c.maxPoints;
    }
    return max > 0 ? int(std::lround(100.0 * points / max)) : 0;
}

QByteArray rubricScoresToJson(const QMap<QString, int> &scores)
{
    QJsonObject object;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QMap<QString, int> rubricScoresFromJson(const QByteArray &json)
{
    QMap<QString, int> scores;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const double value = it.value().toDouble(-1.0);
        if (it.value().isDouble() && value == std::floor(value) && std::abs(value) < 1e6)
            scores.insert(it.key(), int(value));
    }
    return scores;
}

} // namespace relais

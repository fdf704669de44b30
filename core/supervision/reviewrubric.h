// The rubric a supervisor scores a message by: criteria with their maximum points, and the scores of
// one review as stored (JSON {criterion id: points}).
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace relais {

struct RubricCriterion
{
    QString id;    // stored key, e.g. "greeting"
    QString label; // for people, translated
    QString help;  // what earns the points
    int maxPoints = 0;
};

// Greeting as scripted (2), tone and courtesy (2), message faithful and clear (3), names and spelling
// (2), consignes followed (3): 12 points.
QList<RubricCriterion> defaultRubric();

// Every criterion scored between 0 and its maximum, no unknown criterion: an Error naming the first
// one that is wrong otherwise.
Status checkRubricScores(const QList<RubricCriterion> &rubric, const QMap<QString, int> &scores);
// round(100 × sum of points / sum of maxima); 0 for an empty rubric.
int rubricPercent(const QList<RubricCriterion> &rubric, const QMap<QString, int> &scores);

QByteArray rubricScoresToJson(const QMap<QString, int> &scores);
// Unreadable text or values that are not whole numbers are dropped: a stored review still opens.
QMap<QString, int> rubricScoresFromJson(const QByteArray &json);

} // namespace relais

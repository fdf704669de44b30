// Issues shown next to the fields they are about: a red line under a field, a tinted table row. The
// editor lists every issue under the form too; these marks say which field to fix without a search.
#pragma once

#include "consignes/consignesvalidator.h"

#include <QList>
#include <QString>
#include <QStringList>

class QLabel;
class QTableWidget;
class QWidget;

namespace relais::editorissues {

// The texts of the issues whose path is `path` or lies under it ("$.transmission[0]" holds
// "$.transmission[0].recipients[1]" but not "$.transmission[01]").
QStringList under(const QList<ConsignesIssue> &issues, const QString &path);

// The top-level key of an issue's path: "$.greetings.open" -> "greetings", "$.onCall[0]" -> "onCall".
QString topKey(const QString &path);

// A red, word-wrapped label for a field's issues; hidden while it has none.
QLabel *makeLabel(const QString &objectName, QWidget *parent);
void show(QLabel *label, const QStringList &texts);

// Tints each row of `table` that has issues under `prefix[row]` and gives it their texts as tooltip.
void markRows(QTableWidget *table, const QList<ConsignesIssue> &issues, const QString &prefix);

} // namespace relais::editorissues

// Small helpers the consignes editor's pages share: time spans and lists as text, and tables whose
// cells are plain text (QTableWidget), so each page stays a short list of fields.
#pragma once

#include "consignes/consignes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

class QComboBox;
class QPlainTextEdit;
class QTableWidget;
class QWidget;

namespace relais::editorfields {

// "08:30-12:30, 14:00-18:00"; empty for no span.
QString spansToText(const QList<TimeSpan> &spans);
QString spanToText(const TimeSpan &span);
// The spans of "08:30-12:30, 14:00-18:00" (also "8h30-12h30"); nullopt when a part is not HH:MM-HH:MM.
std::optional<QList<TimeSpan>> parseSpans(const QString &text);

// "a, b ,c" -> {"a", "b", "c"}, empty parts dropped.
QStringList splitList(const QString &text, QChar separator = QLatin1Char(','));
// One entry per non-empty line of a plain text edit, trimmed.
QStringList lines(const QPlainTextEdit *edit);

// A table with these column headers, rows selected whole, stretched last column.
QTableWidget *makeTable(const char *objectName, const QStringList &headers, QWidget *parent);
QString cell(const QTableWidget *table, int row, int column);
void setCell(QTableWidget *table, int row, int column, const QString &text);
bool checkCell(const QTableWidget *table, int row, int column);
void setCheckCell(QTableWidget *table, int row, int column, bool checked);
// The table with "Add" and "Remove" buttons under it (objectNames <table>Add, <table>Remove); `added`
// fills a new row's default cells.
QWidget *withRowButtons(QTableWidget *table, const std::function<void(int row)> &added, QWidget *parent);

// Fills `combo` with ids shown as texts (id, text pairs) and selects `current`; an id not among them
// stays selectable as "<id> (unknown)" so what was loaded is never silently replaced. No signal.
void setChoices(QComboBox *combo, const QList<std::pair<QString, QString>> &choices, const QString &current);
// The id of the selected choice (empty when none).
QString choice(const QComboBox *combo);
// "Marc Dubois (marc)" for each person, by id.
QList<std::pair<QString, QString>> personChoices(const QList<Person> &people);

} // namespace relais::editorfields

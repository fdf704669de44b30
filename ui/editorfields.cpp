// The editor's shared field helpers (see editorfields.h).
#include "editorfields.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais::editorfields {

QString spanToText(const TimeSpan &span)
{
    return QStringLiteral("%1-%2").arg(span.start.toString(QStringLiteral("HH:mm")),
                                       span.end.toString(QStringLiteral("HH:mm")));
}

QString spansToText(const QList<TimeSpan> &spans)
{
    QStringList parts;
    for (const TimeSpan &span : spans)
        parts << spanToText(span);
    return parts.join(QStringLiteral(", "));
}

std::optional<QList<TimeSpan>> parseSpans(const QString &text)
{
    static const QRegularExpression span(
        QStringLiteral("^(\\d{1,2})[:hH](\\d{2})\\s*[-–]\\s*(\\d{1,2})[:hH](\\d{2})$"));
    QList<TimeSpan> spans;
    for (const QString &part : splitList(text)) {
        const QRegularExpressionMatch m = span.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        const QTime start(m.captured(1).toInt(), m.captured(2).toInt());
        // 24:00 is how people write midnight at the end of the day; the consignes say 00:00.
        const int endHour = m.captured(3).toInt();
        const QTime end =
            endHour == 24 && m.captured(4).toInt() == 0 ? QTime(0, 0) : QTime(endHour, m.captured(4).toInt());
        if (!start.isValid() || !end.isValid())
            return std::nullopt;
        spans.append(TimeSpan{start, end});
    }
    return spans;
}

QStringList splitList(const QString &text, QChar separator)
{
    QStringList out;
    for (const QString &part : text.split(separator)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

QStringList lines(const QPlainTextEdit *edit)
{
    return splitList(edit->toPlainText(), QLatin1Char('\n'));
}

QTableWidget *makeTable(const char *objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(QLatin1String(objectName));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    return table;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    if (QTableWidgetItem *item = table->item(row, column))
        item->setText(text);
    else
        table->setItem(row, column, new QTableWidgetItem(text));
}

bool checkCell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

void setCheckCell(QTableWidget *table, int row, int column, bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    table->setItem(row, column, item);
}

QWidget *withRowButtons(QTableWidget *table, const std::function<void(int row)> &added, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *add = new QPushButton(QCoreApplication::translate("EditorFields", "Add"), box);
    add->setObjectName(table->objectName() + QStringLiteral("Add"));
    auto *remove = new QPushButton(QCoreApplication::translate("EditorFields", "Remove"), box);
    remove->setObjectName(table->objectName() + QStringLiteral("Remove"));
    QObject::connect(add, &QPushButton::clicked, table, [table, added] {
        const int row = table->rowCount();
        table->insertRow(row);
        added(row);
        table->setCurrentCell(row, 0);
    });
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        const int row = table->currentRow();
        if (row >= 0)
            table->removeRow(row);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    layout->addLayout(buttons);
    return box;
}

void setChoices(QComboBox *combo, const QList<std::pair<QString, QString>> &choices, const QString &current)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto &[id, text] : choices)
        combo->addItem(text, id);
    int index = combo->findData(current);
    if (index < 0 && !current.isEmpty()) {
        combo->addItem(QCoreApplication::translate("EditorFields", "%1 (unknown)").arg(current), current);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString choice(const QComboBox *combo)
{
    return combo->currentData().toString();
}

QList<std::pair<QString, QString>> personChoices(const QList<Person> &people)
{
    QList<std::pair<QString, QString>> choices;
    for (const Person &person : people)
        choices.append({person.id, person.name.isEmpty()
                                       ? person.id
                                       : QStringLiteral("%1 (%2)").arg(person.name, person.id)});
    return choices;
}

} // namespace relais::editorfields

// Issue marks next to the editor's fields (see editorissuemarks.h).
#include "editorissuemarks.h"
#include "themecolors.h"

#include <QBrush>
#include <QColor>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>

namespace relais::editorissues {

QStringList under(const QList<ConsignesIssue> &issues, const QString &path)
{
    QStringList texts;
    for (const ConsignesIssue &issue : issues) {
        if (!issue.path.startsWith(path))
            continue;
        const QChar next = issue.path.size() > path.size() ? issue.path.at(path.size()) : QChar();
        if (next.isNull() || next == QLatin1Char('.') || next == QLatin1Char('['))
            texts << issue.what;
    }
    return texts;
}

QString topKey(const QString &path)
{
    static const QRegularExpression separator(QStringLiteral("[.\\[]"));
    const QString rest = path.startsWith(QStringLiteral("$.")) ? path.mid(2) : path;
    const qsizetype end = rest.indexOf(separator);
    return end < 0 ? rest : rest.left(end);
}

QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // issue texts quote what was typed
    label->setStyleSheet(theme::textCss(theme::problem(label->palette())));
    label->hide();
    return label;
}

void show(QLabel *label, const QStringList &texts)
{
    label->setText(texts.join(QLatin1Char('\n')));
    label->setVisible(!texts.isEmpty());
}

void markRows(QTableWidget *table, const QList<ConsignesIssue> &issues, const QString &prefix)
{
    const QSignalBlocker blocker(table); // a tint is not an edit
    // The problem colour, faint enough for the row's text to read on a light or a dark theme.
    QColor tint = theme::problem(table->palette());
    tint.setAlpha(60);
    for (int row = 0; row < table->rowCount(); ++row) {
        const QStringList texts = under(issues, QStringLiteral("%1[%2]").arg(prefix).arg(row));
        for (int column = 0; column < table->columnCount(); ++column) {
            QTableWidgetItem *item = table->item(row, column);
            if (!item)
                continue;
            item->setBackground(texts.isEmpty() ? QBrush() : QBrush(tint));
            item->setToolTip(texts.join(QLatin1Char('\n')));
        }
    }
}

} // namespace relais::editorissues

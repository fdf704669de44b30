// The coverage hours section of the consignes editor (see editorhourspage.h).
#include "editorhourspage.h"

#include "consignes/consignesnames.h"
#include "editorfields.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais {

namespace {
constexpr int kDate = 0;
constexpr int kLabel = 1;
constexpr int kHours = 2;
} // namespace

EditorHoursPage::EditorHoursPage(QWidget *parent)
    : EditorPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const QLocale locale;
    for (int day = 0; day < 7; ++day) {
        auto *edit = new QLineEdit(this);
        const QString key = consignesnames::days().at(day);
        edit->setObjectName(QStringLiteral("editorHours_") + key);
        edit->setPlaceholderText(tr("closed — or e.g. 08:30-12:30, 14:00-18:00"));
        connect(edit, &QLineEdit::textChanged, this, &EditorPage::edited);
        form->addRow(locale.standaloneDayName(day + 1), edit);
        m_days[static_cast<size_t>(day)] = edit;
    }
    layout->addLayout(form);
    m_closedOnPublicHolidays = new QCheckBox(tr("Closed on public holidays"), this);
    m_closedOnPublicHolidays->setObjectName(QStringLiteral("editorClosedOnPublicHolidays"));
    connect(m_closedOnPublicHolidays, &QCheckBox::toggled, this, &EditorPage::edited);
    layout->addWidget(m_closedOnPublicHolidays);
    layout->addWidget(new QLabel(tr("Exceptions (date YYYY-MM-DD; no hours: closed all day)"), this));
    m_exceptions = editorfields::makeTable("editorExceptions", {tr("Date"), tr("Label"), tr("Hours")}, this);
    connect(m_exceptions, &QTableWidget::itemChanged, this, &EditorPage::edited);
    connect(m_exceptions->model(), &QAbstractItemModel::rowsRemoved, this, &EditorPage::edited);
    layout->addWidget(editorfields::withRowButtons(
        m_exceptions, [this](int row) { editorfields::setCell(m_exceptions, row, kDate, QString()); }, this));
}

void EditorHoursPage::load(const Consignes &consignes)
{
    for (size_t day = 0; day < 7; ++day)
        m_days[day]->setText(editorfields::spansToText(consignes.hours.weekly.days[day]));
    m_closedOnPublicHolidays->setChecked(consignes.hours.closedOnPublicHolidays);
    m_exceptions->setRowCount(0);
    for (const DateException &exception : consignes.hours.exceptions) {
        const int row = m_exceptions->rowCount();
        m_exceptions->insertRow(row);
        editorfields::setCell(m_exceptions, row, kDate, exception.date.toString(Qt::ISODate));
        editorfields::setCell(m_exceptions, row, kLabel, exception.label);
        editorfields::setCell(m_exceptions, row, kHours, editorfields::spansToText(exception.hours));
    }
}

void EditorHoursPage::apply(Consignes &consignes, QList<ConsignesIssue> &issues) const
{
    for (size_t day = 0; day < 7; ++day) {
        const auto spans = editorfields::parseSpans(m_days[day]->text());
        if (spans)
            consignes.hours.weekly.days[day] = *spans;
        else
            issues << ConsignesIssue{
                QStringLiteral("$.hours.weekly.%1").arg(consignesnames::days().at(day)),
                tr("\"%1\" is not a list of spans like 08:30-12:30, 14:00-18:00").arg(m_days[day]->text())};
    }
    consignes.hours.closedOnPublicHolidays = m_closedOnPublicHolidays->isChecked();
    consignes.hours.exceptions.clear();
    for (int row = 0; row < m_exceptions->rowCount(); ++row) {
        const QString path = QStringLiteral("$.hours.exceptions[%1]").arg(row);
        DateException exception;
        exception.date = QDate::fromString(editorfields::cell(m_exceptions, row, kDate), Qt::ISODate);
        if (!exception.date.isValid())
            issues << ConsignesIssue{path + QStringLiteral(".date"), tr("a date is written YYYY-MM-DD")};
        exception.label = editorfields::cell(m_exceptions, row, kLabel);
        const auto spans = editorfields::parseSpans(editorfields::cell(m_exceptions, row, kHours));
        if (spans)
            exception.hours = *spans;
        else
            issues << ConsignesIssue{path + QStringLiteral(".hours"),
                                     tr("hours are spans like 08:30-12:30, 14:00-18:00")};
        consignes.hours.exceptions << exception;
    }
}

QStringList EditorHoursPage::sections() const
{
    return {QStringLiteral("hours")};
}

} // namespace relais

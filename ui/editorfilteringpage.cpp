// The filtering section of the consignes editor (see editorfilteringpage.h).
#include "editorfilteringpage.h"

#include "editorconditionsform.h"
#include "editorfields.h"
#include "editorissuemarks.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais {

namespace {
constexpr int kId = 0;
constexpr int kDescription = 1;

QString rulePath(int row)
{
    return QStringLiteral("$.filteringRules[%1]").arg(row);
}
} // namespace

EditorFilteringPage::EditorFilteringPage(const PhoneNumbers &phones, QWidget *parent)
    : EditorPage(parent)
{
    m_table = editorfields::makeTable("editorFilteringRules", {tr("Id"), tr("Description")}, this);
    connect(m_table, &QTableWidget::itemChanged, this,
            [this](QTableWidgetItem *item) { tableEdited(item->row()); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRule(row); });
    connect(m_table->model(), &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                if (m_filling)
                    return;
                m_values.remove(first, last - first + 1);
                Q_EMIT edited();
            });

    m_ruleForm = new QGroupBox(tr("Selected rule"), this);
    m_when = new EditorConditionsForm(phones, QStringLiteral("editorFilteringWhen"), m_ruleForm);
    m_say = new QPlainTextEdit(m_ruleForm);
    m_say->setObjectName(QStringLiteral("editorFilteringSay"));
    m_say->setTabChangesFocus(true);
    m_say->setMaximumHeight(80);
    m_putThrough = new QCheckBox(tr("Put through anyway"), m_ruleForm);
    m_putThrough->setObjectName(QStringLiteral("editorFilteringPutThrough"));
    m_takeMessage = new QCheckBox(tr("Take a message"), m_ruleForm);
    m_takeMessage->setObjectName(QStringLiteral("editorFilteringTakeMessage"));
    auto *form = new QFormLayout(m_ruleForm);
    form->addRow(tr("When"), m_when);
    form->addRow(tr("What to say"), m_say);
    form->addRow(QString(), m_putThrough);
    form->addRow(QString(), m_takeMessage);
    connect(m_when, &EditorConditionsForm::edited, this, &EditorFilteringPage::formEdited);
    connect(m_say, &QPlainTextEdit::textChanged, this, &EditorFilteringPage::formEdited);
    connect(m_putThrough, &QCheckBox::toggled, this, &EditorFilteringPage::formEdited);
    connect(m_takeMessage, &QCheckBox::toggled, this, &EditorFilteringPage::formEdited);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(editorfields::withRowButtons(
                          m_table,
                          [this](int row) {
                              m_values.insert(row, FilteringRule{});
                              const QSignalBlocker blocker(m_table);
                              editorfields::setCell(m_table, row, kId, QString());
                              editorfields::setCell(m_table, row, kDescription, QString());
                              Q_EMIT edited();
                          },
                          this),
                      1);
    layout->addWidget(m_ruleForm, 2);
    showRule(-1);
}

void EditorFilteringPage::load(const Consignes &consignes)
{
    m_filling = true;
    m_values = consignes.filteringRules;
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
        for (const FilteringRule &rule : std::as_const(m_values)) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            editorfields::setCell(m_table, row, kId, rule.id);
            editorfields::setCell(m_table, row, kDescription, rule.description);
        }
        if (!m_values.isEmpty())
            m_table->setCurrentCell(0, kId);
    }
    m_filling = false;
    m_when->setChecklist(consignes.checklist);
    showRule(m_values.isEmpty() ? -1 : 0);
}

void EditorFilteringPage::setContext(const Consignes &edited)
{
    m_when->setChecklist(edited.checklist);
}

void EditorFilteringPage::showRule(int row)
{
    const bool valid = row >= 0 && row < m_values.size();
    m_ruleForm->setEnabled(valid);
    const FilteringRule rule = valid ? m_values.at(row) : FilteringRule{};
    m_filling = true;
    m_when->setConditions(rule.when);
    m_say->setPlainText(rule.say);
    m_putThrough->setChecked(rule.putThrough);
    m_takeMessage->setChecked(rule.takeMessage);
    m_filling = false;
}

void EditorFilteringPage::formEdited()
{
    const int row = m_table->currentRow();
    if (m_filling || row < 0 || row >= m_values.size())
        return;
    FilteringRule &rule = m_values[row];
    rule.when = m_when->conditions();
    rule.say = m_say->toPlainText().trimmed();
    rule.putThrough = m_putThrough->isChecked();
    rule.takeMessage = m_takeMessage->isChecked();
    Q_EMIT edited();
}

void EditorFilteringPage::tableEdited(int row)
{
    if (m_filling || row < 0 || row >= m_values.size())
        return;
    m_values[row].id = editorfields::cell(m_table, row, kId);
    m_values[row].description = editorfields::cell(m_table, row, kDescription);
    Q_EMIT edited();
}

void EditorFilteringPage::apply(Consignes &consignes, QList<ConsignesIssue> &issues) const
{
    consignes.filteringRules = m_values;
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_values.size())
        m_when->collectIssues(rulePath(row) + QStringLiteral(".when"), issues);
}

void EditorFilteringPage::showIssues(const QList<ConsignesIssue> &issues)
{
    editorissues::markRows(m_table, issues, QStringLiteral("$.filteringRules"));
    m_when->showIssues(issues, rulePath(m_table->currentRow()) + QStringLiteral(".when"));
}

QStringList EditorFilteringPage::sections() const
{
    return {QStringLiteral("filteringRules")};
}

} // namespace relais

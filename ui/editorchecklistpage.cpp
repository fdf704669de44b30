// The checklist section of the consignes editor (see editorchecklistpage.h).
#include "editorchecklistpage.h"

#include "consignes/consignesnames.h"
#include "editorfields.h"

#include <QComboBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais {

namespace {
constexpr int kId = 0;
constexpr int kLabel = 1;
constexpr int kType = 2;
constexpr int kRequired = 3;
constexpr int kHelp = 4;
constexpr int kChoices = 5;
} // namespace

EditorChecklistPage::EditorChecklistPage(QWidget *parent)
    : EditorPage(parent)
{
    m_table = editorfields::makeTable(
        "editorChecklist",
        {tr("Id"), tr("Label"), tr("Type"), tr("Required"), tr("Help"), tr("Choices (comma-separated)")},
        this);
    connect(m_table, &QTableWidget::itemChanged, this, &EditorPage::edited);
    connect(m_table->model(), &QAbstractItemModel::rowsRemoved, this, &EditorPage::edited);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(editorfields::withRowButtons(
        m_table,
        [this](int row) {
            fillRow(row, ChecklistField{});
            Q_EMIT edited();
        },
        this));
}

void EditorChecklistPage::fillRow(int row, const ChecklistField &field)
{
    const QSignalBlocker blocker(m_table);
    editorfields::setCell(m_table, row, kId, field.id);
    editorfields::setCell(m_table, row, kLabel, field.label);
    auto *type = new QComboBox(m_table);
    type->addItems(consignesnames::fieldTypes());
    type->setCurrentIndex(static_cast<int>(field.type));
    connect(type, &QComboBox::currentIndexChanged, this, &EditorPage::edited);
    m_table->setCellWidget(row, kType, type);
    editorfields::setCheckCell(m_table, row, kRequired, field.required);
    editorfields::setCell(m_table, row, kHelp, field.help);
    editorfields::setCell(m_table, row, kChoices, field.choices.join(QStringLiteral(", ")));
}

void EditorChecklistPage::load(const Consignes &consignes)
{
    m_table->setRowCount(0);
    for (const ChecklistField &field : consignes.checklist) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        fillRow(row, field);
    }
}

void EditorChecklistPage::apply(Consignes &consignes, QList<ConsignesIssue> &) const
{
    consignes.checklist.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ChecklistField field;
        field.id = editorfields::cell(m_table, row, kId);
        field.label = editorfields::cell(m_table, row, kLabel);
        if (const auto *type = qobject_cast<const QComboBox *>(m_table->cellWidget(row, kType)))
            field.type = static_cast<FieldType>(std::max(0, type->currentIndex()));
        field.required = editorfields::checkCell(m_table, row, kRequired);
        field.help = editorfields::cell(m_table, row, kHelp);
        field.choices = editorfields::splitList(editorfields::cell(m_table, row, kChoices));
        consignes.checklist << field;
    }
}

QStringList EditorChecklistPage::sections() const
{
    return {QStringLiteral("checklist")};
}

} // namespace relais

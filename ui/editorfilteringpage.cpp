// The filtering section of the consignes editor (see editorfilteringpage.h).
#include "editorfilteringpage.h"

#include "editorfields.h"

#include <QTableWidget>
#include <QVBoxLayout>

namespace relais {

namespace {
constexpr int kId = 0;
constexpr int kDescription = 1;
constexpr int kKeywords = 2;
constexpr int kSay = 3;
constexpr int kPutThrough = 4;
constexpr int kTakeMessage = 5;
} // namespace

EditorFilteringPage::EditorFilteringPage(QWidget *parent)
    : EditorPage(parent)
{
    m_table = editorfields::makeTable("editorFilteringRules",
                                      {tr("Id"), tr("Description"), tr("Keywords (comma-separated)"),
                                       tr("What to say"), tr("Put through"), tr("Take a message")},
                                      this);
    connect(m_table, &QTableWidget::itemChanged, this, &EditorPage::edited);
    connect(m_table->model(), &QAbstractItemModel::rowsRemoved, this, &EditorPage::edited);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(editorfields::withRowButtons(
        m_table,
        [this](int row) {
            editorfields::setCheckCell(m_table, row, kPutThrough, false);
            editorfields::setCheckCell(m_table, row, kTakeMessage, false);
        },
        this));
}

void EditorFilteringPage::load(const Consignes &consignes)
{
    m_loaded = consignes.filteringRules;
    m_table->setRowCount(0);
    for (const FilteringRule &rule : consignes.filteringRules) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        editorfields::setCell(m_table, row, kId, rule.id);
        editorfields::setCell(m_table, row, kDescription, rule.description);
        editorfields::setCell(m_table, row, kKeywords, rule.when.keywords.join(QStringLiteral(", ")));
        editorfields::setCell(m_table, row, kSay, rule.say);
        editorfields::setCheckCell(m_table, row, kPutThrough, rule.putThrough);
        editorfields::setCheckCell(m_table, row, kTakeMessage, rule.takeMessage);
    }
}

void EditorFilteringPage::apply(Consignes &consignes, QList<ConsignesIssue> &) const
{
    consignes.filteringRules.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        FilteringRule rule;
        rule.id = editorfields::cell(m_table, row, kId);
        for (const FilteringRule &loaded : m_loaded)
            if (loaded.id == rule.id)
                rule = loaded;
        rule.description = editorfields::cell(m_table, row, kDescription);
        rule.when.keywords = editorfields::splitList(editorfields::cell(m_table, row, kKeywords));
        rule.say = editorfields::cell(m_table, row, kSay);
        rule.putThrough = editorfields::checkCell(m_table, row, kPutThrough);
        rule.takeMessage = editorfields::checkCell(m_table, row, kTakeMessage);
        consignes.filteringRules << rule;
    }
}

QStringList EditorFilteringPage::sections() const
{
    return {QStringLiteral("filteringRules")};
}

} // namespace relais

// The urgency section of the consignes editor (see editorurgencypage.h).
#include "editorurgencypage.h"

#include "editorfields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais {

namespace {
constexpr int kId = 0;
constexpr int kLabel = 1;
constexpr int kRank = 2;
constexpr int kDescription = 1;

QComboBox *makeCombo(const char *objectName, bool editable, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(objectName));
    combo->setEditable(editable);
    return combo;
}
} // namespace

EditorUrgencyPage::EditorUrgencyPage(QWidget *parent)
    : EditorPage(parent)
{
    m_levels = editorfields::makeTable("editorUrgencyLevels", {tr("Id"), tr("Label"), tr("Rank")}, this);
    connect(m_levels, &QTableWidget::itemChanged, this, &EditorPage::edited);
    connect(m_levels->model(), &QAbstractItemModel::rowsRemoved, this, &EditorPage::edited);
    m_defaultUrgency = new QLineEdit(this);
    m_defaultUrgency->setObjectName(QStringLiteral("editorDefaultUrgency"));
    connect(m_defaultUrgency, &QLineEdit::textChanged, this, &EditorPage::edited);

    m_rules = editorfields::makeTable("editorUrgencyRules", {tr("Id"), tr("Rule in words")}, this);
    connect(m_rules, &QTableWidget::itemChanged, this,
            [this](QTableWidgetItem *item) { ruleTableEdited(item->row()); });
    connect(m_rules, &QTableWidget::currentCellChanged, this, [this](int row) { showRule(row); });
    connect(m_rules->model(), &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                if (m_filling)
                    return;
                m_ruleValues.remove(first, last - first + 1);
                Q_EMIT edited();
            });

    m_ruleForm = new QGroupBox(tr("Selected rule"), this);
    m_keywords = new QLineEdit(m_ruleForm);
    m_keywords->setObjectName(QStringLiteral("editorRuleKeywords"));
    m_keywords->setPlaceholderText(tr("fuite, inondation, dégât des eaux"));
    m_level = makeCombo("editorRuleLevel", true, m_ruleForm);
    m_action = makeCombo("editorRuleAction", false, m_ruleForm);
    m_action->addItems({tr("Take a message"), tr("Transfer"), tr("Page the on-call person")});
    m_target = makeCombo("editorRuleTarget", true, m_ruleForm);
    m_instructions = new QPlainTextEdit(m_ruleForm);
    m_instructions->setObjectName(QStringLiteral("editorRuleInstructions"));
    m_instructions->setTabChangesFocus(true);
    m_fallback = new QLineEdit(m_ruleForm);
    m_fallback->setObjectName(QStringLiteral("editorRuleFallback"));
    auto *form = new QFormLayout(m_ruleForm);
    form->addRow(tr("Keywords (comma-separated)"), m_keywords);
    form->addRow(tr("Level"), m_level);
    form->addRow(tr("Action"), m_action);
    form->addRow(tr("Transfer to (directory id)"), m_target);
    form->addRow(tr("Instructions"), m_instructions);
    form->addRow(tr("If it fails"), m_fallback);
    connect(m_keywords, &QLineEdit::textChanged, this, &EditorUrgencyPage::ruleFormEdited);
    connect(m_level, &QComboBox::currentTextChanged, this, &EditorUrgencyPage::ruleFormEdited);
    connect(m_action, &QComboBox::currentIndexChanged, this, &EditorUrgencyPage::ruleFormEdited);
    connect(m_target, &QComboBox::currentTextChanged, this, &EditorUrgencyPage::ruleFormEdited);
    connect(m_instructions, &QPlainTextEdit::textChanged, this, &EditorUrgencyPage::ruleFormEdited);
    connect(m_fallback, &QLineEdit::textChanged, this, &EditorUrgencyPage::ruleFormEdited);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Levels (the highest rank wins)"), this));
    layout->addWidget(editorfields::withRowButtons(
        m_levels, [this](int row) { editorfields::setCell(m_levels, row, kRank, QStringLiteral("0")); },
        this));
    auto *defaultRow = new QFormLayout;
    defaultRow->addRow(tr("Level when no rule matches"), m_defaultUrgency);
    layout->addLayout(defaultRow);
    layout->addWidget(new QLabel(tr("Rules"), this));
    layout->addWidget(editorfields::withRowButtons(
        m_rules,
        [this](int row) {
            m_ruleValues.insert(row, UrgencyRule{});
            const QSignalBlocker blocker(m_rules);
            editorfields::setCell(m_rules, row, kId, QString());
            editorfields::setCell(m_rules, row, kDescription, QString());
            Q_EMIT edited();
        },
        this));
    layout->addWidget(m_ruleForm);
    showRule(-1);
}

void EditorUrgencyPage::load(const Consignes &consignes)
{
    m_filling = true;
    m_levels->setRowCount(0);
    for (const UrgencyLevel &level : consignes.urgencyLevels) {
        const int row = m_levels->rowCount();
        m_levels->insertRow(row);
        editorfields::setCell(m_levels, row, kId, level.id);
        editorfields::setCell(m_levels, row, kLabel, level.label);
        editorfields::setCell(m_levels, row, kRank, QString::number(level.rank));
    }
    m_defaultUrgency->setText(consignes.defaultUrgency);
    m_ruleValues = consignes.urgencyRules;
    {
        const QSignalBlocker blocker(m_rules);
        m_rules->setRowCount(0);
        for (const UrgencyRule &rule : m_ruleValues) {
            const int row = m_rules->rowCount();
            m_rules->insertRow(row);
            editorfields::setCell(m_rules, row, kId, rule.id);
            editorfields::setCell(m_rules, row, kDescription, rule.description);
        }
    }
    m_filling = false;
    setChoices(consignes.directory, consignes.urgencyLevels);
    showRule(m_ruleValues.isEmpty() ? -1 : 0);
}

void EditorUrgencyPage::setChoices(const QList<Person> &people, const QList<UrgencyLevel> &levels)
{
    m_filling = true;
    const QString target = m_target->currentText();
    const QString level = m_level->currentText();
    m_target->clear();
    m_target->addItem(QString());
    for (const Person &person : people)
        m_target->addItem(person.id);
    m_target->setCurrentText(target);
    m_level->clear();
    for (const UrgencyLevel &l : levels)
        m_level->addItem(l.id);
    m_level->setCurrentText(level);
    m_filling = false;
}

void EditorUrgencyPage::showRule(int row)
{
    const bool valid = row >= 0 && row < m_ruleValues.size();
    m_ruleForm->setEnabled(valid);
    const UrgencyRule rule = valid ? m_ruleValues.at(row) : UrgencyRule{};
    m_filling = true;
    m_keywords->setText(rule.when.keywords.join(QStringLiteral(", ")));
    m_level->setCurrentText(rule.level);
    m_action->setCurrentIndex(static_cast<int>(rule.procedure.action));
    m_target->setCurrentText(rule.procedure.target);
    m_instructions->setPlainText(rule.procedure.instructions);
    m_fallback->setText(rule.procedure.fallback);
    m_filling = false;
}

void EditorUrgencyPage::ruleFormEdited()
{
    const int row = m_rules->currentRow();
    if (m_filling || row < 0 || row >= m_ruleValues.size())
        return;
    UrgencyRule &rule = m_ruleValues[row];
    rule.when.keywords = editorfields::splitList(m_keywords->text());
    rule.level = m_level->currentText().trimmed();
    rule.procedure.action = static_cast<ProcedureAction>(std::max(0, m_action->currentIndex()));
    rule.procedure.target = m_target->currentText().trimmed();
    rule.procedure.instructions = m_instructions->toPlainText().trimmed();
    rule.procedure.fallback = m_fallback->text().trimmed();
    Q_EMIT edited();
}

void EditorUrgencyPage::ruleTableEdited(int row)
{
    if (m_filling || row < 0 || row >= m_ruleValues.size())
        return;
    m_ruleValues[row].id = editorfields::cell(m_rules, row, kId);
    m_ruleValues[row].description = editorfields::cell(m_rules, row, kDescription);
    Q_EMIT edited();
}

void EditorUrgencyPage::apply(Consignes &consignes, QList<ConsignesIssue> &issues) const
{
    consignes.urgencyLevels.clear();
    for (int row = 0; row < m_levels->rowCount(); ++row) {
        UrgencyLevel level;
        level.id = editorfields::cell(m_levels, row, kId);
        level.label = editorfields::cell(m_levels, row, kLabel);
        bool ok = false;
        level.rank = editorfields::cell(m_levels, row, kRank).toInt(&ok);
        if (!ok)
            issues << ConsignesIssue{QStringLiteral("$.urgencyLevels[%1].rank").arg(row),
                                     tr("the rank is a whole number")};
        consignes.urgencyLevels << level;
    }
    consignes.defaultUrgency = m_defaultUrgency->text().trimmed();
    consignes.urgencyRules = m_ruleValues;
}

QStringList EditorUrgencyPage::sections() const
{
    return {QStringLiteral("urgencyLevels"), QStringLiteral("defaultUrgency"),
            QStringLiteral("urgencyRules")};
}

} // namespace relais

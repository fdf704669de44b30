// The urgency section of the consignes editor (see editorurgencypage.h).
#include "editorurgencypage.h"

#include "editorconditionsform.h"
#include "editorfields.h"
#include "editorissuemarks.h"

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

QComboBox *makeCombo(const char *objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(objectName));
    return combo;
}

QList<std::pair<QString, QString>> levelChoices(const QList<UrgencyLevel> &levels)
{
    QList<std::pair<QString, QString>> choices;
    for (const UrgencyLevel &level : levels)
        choices.append({level.id, level.label.isEmpty()
                                      ? level.id
                                      : QStringLiteral("%1 (%2)").arg(level.label, level.id)});
    return choices;
}

QString rulePath(int row)
{
    return QStringLiteral("$.urgencyRules[%1]").arg(row);
}
} // namespace

EditorUrgencyPage::EditorUrgencyPage(const PhoneNumbers &phones, QWidget *parent)
    : EditorPage(parent)
{
    m_levels = editorfields::makeTable("editorUrgencyLevels", {tr("Id"), tr("Label"), tr("Rank")}, this);
    connect(m_levels, &QTableWidget::itemChanged, this, &EditorPage::edited);
    connect(m_levels->model(), &QAbstractItemModel::rowsRemoved, this, &EditorPage::edited);
    m_defaultUrgency = new QLineEdit(this);
    m_defaultUrgency->setObjectName(QStringLiteral("editorDefaultUrgency"));
    connect(m_defaultUrgency, &QLineEdit::textChanged, this, &EditorPage::edited);
    m_defaultIssues = editorissues::makeLabel(QStringLiteral("editorDefaultUrgencyIssues"), this);

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
    m_when = new EditorConditionsForm(phones, QStringLiteral("editorUrgencyWhen"), m_ruleForm);
    m_level = makeCombo("editorRuleLevel", m_ruleForm);
    m_action = makeCombo("editorRuleAction", m_ruleForm);
    m_action->addItems({tr("Take a message"), tr("Transfer"), tr("Page the on-call person")});
    m_target = makeCombo("editorRuleTarget", m_ruleForm);
    m_instructions = new QPlainTextEdit(m_ruleForm);
    m_instructions->setObjectName(QStringLiteral("editorRuleInstructions"));
    m_instructions->setTabChangesFocus(true);
    m_instructions->setMaximumHeight(80);
    m_fallback = new QLineEdit(m_ruleForm);
    m_fallback->setObjectName(QStringLiteral("editorRuleFallback"));
    m_levelIssues = editorissues::makeLabel(QStringLiteral("editorRuleLevelIssues"), m_ruleForm);
    m_procedureIssues = editorissues::makeLabel(QStringLiteral("editorRuleProcedureIssues"), m_ruleForm);
    auto *form = new QFormLayout(m_ruleForm);
    form->addRow(tr("When"), m_when);
    form->addRow(tr("Level"), m_level);
    form->addRow(QString(), m_levelIssues);
    form->addRow(tr("Action"), m_action);
    form->addRow(tr("Transfer to"), m_target);
    form->addRow(QString(), m_procedureIssues);
    form->addRow(tr("Instructions"), m_instructions);
    form->addRow(tr("If it fails"), m_fallback);
    connect(m_when, &EditorConditionsForm::edited, this, &EditorUrgencyPage::ruleFormEdited);
    connect(m_level, &QComboBox::currentIndexChanged, this, &EditorUrgencyPage::ruleFormEdited);
    connect(m_action, &QComboBox::currentIndexChanged, this, &EditorUrgencyPage::ruleFormEdited);
    connect(m_target, &QComboBox::currentIndexChanged, this, &EditorUrgencyPage::ruleFormEdited);
    connect(m_instructions, &QPlainTextEdit::textChanged, this, &EditorUrgencyPage::ruleFormEdited);
    connect(m_fallback, &QLineEdit::textChanged, this, &EditorUrgencyPage::ruleFormEdited);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Levels (the highest rank wins)"), this));
    layout->addWidget(editorfields::withRowButtons(
        m_levels, [this](int row) { editorfields::setCell(m_levels, row, kRank, QStringLiteral("0")); },
        this));
    auto *defaultRow = new QFormLayout;
    defaultRow->addRow(tr("Level when no rule matches"), m_defaultUrgency);
    defaultRow->addRow(QString(), m_defaultIssues);
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
    setContext(consignes);
    showRule(m_ruleValues.isEmpty() ? -1 : 0);
    if (!m_ruleValues.isEmpty()) {
        const QSignalBlocker blocker(m_rules);
        m_rules->setCurrentCell(0, kId);
    }
}

void EditorUrgencyPage::setContext(const Consignes &edited)
{
    m_when->setChecklist(edited.checklist);
    if (edited.directory == m_people && edited.urgencyLevels == m_levelChoices)
        return;
    m_people = edited.directory;
    m_levelChoices = edited.urgencyLevels;
    const int row = m_rules->currentRow();
    const bool valid = row >= 0 && row < m_ruleValues.size();
    auto targets = editorfields::personChoices(m_people);
    targets.prepend({QString(), tr("(nobody: not a transfer)")});
    editorfields::setChoices(m_target, targets, valid ? m_ruleValues.at(row).procedure.target : QString());
    editorfields::setChoices(m_level, levelChoices(m_levelChoices),
                             valid ? m_ruleValues.at(row).level : QString());
}

void EditorUrgencyPage::showRule(int row)
{
    const bool valid = row >= 0 && row < m_ruleValues.size();
    m_ruleForm->setEnabled(valid);
    const UrgencyRule rule = valid ? m_ruleValues.at(row) : UrgencyRule{};
    m_filling = true;
    m_when->setConditions(rule.when);
    auto targets = editorfields::personChoices(m_people);
    targets.prepend({QString(), tr("(nobody: not a transfer)")});
    editorfields::setChoices(m_target, targets, rule.procedure.target);
    editorfields::setChoices(m_level, levelChoices(m_levelChoices), rule.level);
    m_action->setCurrentIndex(static_cast<int>(rule.procedure.action));
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
    rule.when = m_when->conditions();
    rule.level = editorfields::choice(m_level);
    rule.procedure.action = static_cast<ProcedureAction>(std::max(0, m_action->currentIndex()));
    rule.procedure.target = editorfields::choice(m_target);
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
    const int row = m_rules->currentRow();
    if (row >= 0 && row < m_ruleValues.size())
        m_when->collectIssues(rulePath(row) + QStringLiteral(".when"), issues);
}

void EditorUrgencyPage::showIssues(const QList<ConsignesIssue> &issues)
{
    editorissues::markRows(m_levels, issues, QStringLiteral("$.urgencyLevels"));
    editorissues::markRows(m_rules, issues, QStringLiteral("$.urgencyRules"));
    editorissues::show(m_defaultIssues, editorissues::under(issues, QStringLiteral("$.defaultUrgency")));
    const QString path = rulePath(m_rules->currentRow());
    m_when->showIssues(issues, path + QStringLiteral(".when"));
    editorissues::show(m_levelIssues, editorissues::under(issues, path + QStringLiteral(".level")));
    editorissues::show(m_procedureIssues, editorissues::under(issues, path + QStringLiteral(".procedure")));
}

QStringList EditorUrgencyPage::sections() const
{
    return {QStringLiteral("urgencyLevels"), QStringLiteral("defaultUrgency"),
            QStringLiteral("urgencyRules")};
}

} // namespace relais

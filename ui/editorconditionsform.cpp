// The conditions of an urgency or filtering rule (see editorconditionsform.h).
#include "editorconditionsform.h"

#include "editorfields.h"
#include "editorissuemarks.h"
#include "phone/phonenumbers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais {

namespace {
constexpr int kField = 0;
constexpr int kEquals = 1;
} // namespace

EditorConditionsForm::EditorConditionsForm(const PhoneNumbers &phones, const QString &objectPrefix,
                                           QWidget *parent)
    : QWidget(parent)
    , m_phones(phones)
    , m_prefix(objectPrefix)
{
    setObjectName(objectPrefix);
    m_keywords = new QLineEdit(this);
    m_keywords->setObjectName(objectPrefix + QStringLiteral("Keywords"));
    m_keywords->setPlaceholderText(tr("fuite, inondation, dégât des eaux"));
    m_answers = editorfields::makeTable("", {tr("Checklist field"), tr("Answer is")}, this);
    m_answers->setObjectName(objectPrefix + QStringLiteral("Answers"));
    m_answers->setMinimumHeight(90);
    auto *add = new QPushButton(tr("Add an answer condition"), this);
    add->setObjectName(objectPrefix + QStringLiteral("AnswersAdd"));
    auto *remove = new QPushButton(tr("Remove it"), this);
    remove->setObjectName(objectPrefix + QStringLiteral("AnswersRemove"));
    m_callers = new QPlainTextEdit(this);
    m_callers->setObjectName(objectPrefix + QStringLiteral("Callers"));
    m_callers->setPlaceholderText(tr("Only these callers: one number per line (empty: any caller)"));
    m_callers->setTabChangesFocus(true);
    m_callers->setMaximumHeight(70);
    m_hours = new QComboBox(this);
    m_hours->setObjectName(objectPrefix + QStringLiteral("Hours"));
    // In HoursCondition's order.
    m_hours->addItems({tr("At any time"), tr("Only during opening hours"), tr("Only outside opening hours")});
    m_keywordsIssues = editorissues::makeLabel(objectPrefix + QStringLiteral("KeywordsIssues"), this);
    m_answersIssues = editorissues::makeLabel(objectPrefix + QStringLiteral("AnswersIssues"), this);
    m_callersIssues = editorissues::makeLabel(objectPrefix + QStringLiteral("CallersIssues"), this);

    auto *answerButtons = new QHBoxLayout;
    answerButtons->addWidget(add);
    answerButtons->addWidget(remove);
    answerButtons->addStretch(1);
    auto *answers = new QVBoxLayout;
    answers->addWidget(m_answers);
    answers->addLayout(answerButtons);
    answers->addWidget(m_answersIssues);
    auto *keywords = new QVBoxLayout;
    keywords->addWidget(m_keywords);
    keywords->addWidget(m_keywordsIssues);
    auto *callers = new QVBoxLayout;
    callers->addWidget(m_callers);
    callers->addWidget(m_callersIssues);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Keywords (comma-separated)"), keywords);
    form->addRow(tr("Answers (all must hold)"), answers);
    form->addRow(tr("Callers"), callers);
    form->addRow(tr("Hours"), m_hours);

    connect(m_keywords, &QLineEdit::textChanged, this, &EditorConditionsForm::changed);
    connect(m_callers, &QPlainTextEdit::textChanged, this, &EditorConditionsForm::changed);
    connect(m_hours, &QComboBox::currentIndexChanged, this, &EditorConditionsForm::changed);
    connect(m_answers->model(), &QAbstractItemModel::rowsRemoved, this, &EditorConditionsForm::changed);
    connect(add, &QPushButton::clicked, this, [this] {
        addAnswerRow(AnswerCondition{m_checklist.isEmpty() ? QString() : m_checklist.first().id, {}});
        m_answers->setCurrentCell(m_answers->rowCount() - 1, kField);
        fieldCombo(m_answers->rowCount() - 1)->setFocus();
        changed();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_answers->currentRow() >= 0 ? m_answers->currentRow() : m_answers->rowCount() - 1;
        if (row >= 0)
            m_answers->removeRow(row);
    });
}

void EditorConditionsForm::setConditions(const RuleConditions &when)
{
    m_filling = true;
    m_keywords->setText(when.keywords.join(QStringLiteral(", ")));
    m_answers->setRowCount(0);
    for (const AnswerCondition &answer : when.answers)
        addAnswerRow(answer);
    QStringList callers;
    for (const QString &number : when.callers)
        callers << m_phones.display(number);
    m_callers->setPlainText(callers.join(QLatin1Char('\n')));
    m_hours->setCurrentIndex(static_cast<int>(when.hours));
    m_filling = false;
}

RuleConditions EditorConditionsForm::conditions() const
{
    RuleConditions when;
    when.keywords = editorfields::splitList(m_keywords->text());
    for (int row = 0; row < m_answers->rowCount(); ++row)
        when.answers << AnswerCondition{fieldCombo(row)->currentData().toString(),
                                        valueCombo(row)->currentText().trimmed()};
    for (const QString &line : editorfields::lines(m_callers)) {
        const Result<PhoneNumber> parsed = m_phones.parse(line);
        if (parsed)
            when.callers << parsed->e164;
    }
    when.hours = static_cast<HoursCondition>(std::max(0, m_hours->currentIndex()));
    return when;
}

void EditorConditionsForm::collectIssues(const QString &path, QList<ConsignesIssue> &issues) const
{
    const QStringList callers = editorfields::lines(m_callers);
    for (qsizetype i = 0; i < callers.size(); ++i) {
        const Result<PhoneNumber> parsed = m_phones.parse(callers.at(i));
        if (!parsed)
            issues << ConsignesIssue{
                QStringLiteral("%1.callers[%2]").arg(path).arg(i),
                tr("\"%1\" is not a phone number: %2").arg(callers.at(i), parsed.error().what)};
    }
}

void EditorConditionsForm::setChecklist(const QList<ChecklistField> &checklist)
{
    if (checklist == m_checklist)
        return; // rebuilding the combos under the user's hands would close an open list
    m_checklist = checklist;
    m_filling = true;
    for (int row = 0; row < m_answers->rowCount(); ++row) {
        const QString field = fieldCombo(row)->currentData().toString();
        const QString value = valueCombo(row)->currentText();
        fillFieldCombo(fieldCombo(row), field);
        fillValueCombo(valueCombo(row), field, value);
    }
    m_filling = false;
}

void EditorConditionsForm::showIssues(const QList<ConsignesIssue> &issues, const QString &path)
{
    editorissues::show(m_keywordsIssues, editorissues::under(issues, path + QStringLiteral(".keywords")));
    editorissues::show(m_answersIssues, editorissues::under(issues, path + QStringLiteral(".answers")));
    editorissues::show(m_callersIssues, editorissues::under(issues, path + QStringLiteral(".callers")));
}

void EditorConditionsForm::addAnswerRow(const AnswerCondition &answer)
{
    const int row = m_answers->rowCount();
    m_answers->insertRow(row);
    auto *field = new QComboBox(m_answers);
    field->setObjectName(m_prefix + QStringLiteral("AnswerField%1").arg(row));
    auto *value = new QComboBox(m_answers);
    value->setObjectName(m_prefix + QStringLiteral("AnswerValue%1").arg(row));
    value->setEditable(true); // a text field's answer is typed; a choice's is picked
    fillFieldCombo(field, answer.field);
    fillValueCombo(value, answer.field, answer.equals);
    m_answers->setCellWidget(row, kField, field);
    m_answers->setCellWidget(row, kEquals, value);
    const auto rowOf = [this, field] {
        for (int r = 0; r < m_answers->rowCount(); ++r)
            if (m_answers->cellWidget(r, kField) == field)
                return r;
        return -1;
    };
    connect(field, &QComboBox::currentIndexChanged, this, [this, rowOf] {
        if (m_filling)
            return;
        const int r = rowOf();
        m_answers->setCurrentCell(r, kField);
        fillValueCombo(valueCombo(r), fieldCombo(r)->currentData().toString(), valueCombo(r)->currentText());
        changed();
    });
    connect(value, &QComboBox::currentTextChanged, this, [this, rowOf] {
        if (m_filling)
            return;
        m_answers->setCurrentCell(rowOf(), kEquals);
        changed();
    });
}

void EditorConditionsForm::fillFieldCombo(QComboBox *combo, const QString &fieldId) const
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const ChecklistField &field : m_checklist)
        combo->addItem(field.label.isEmpty() ? field.id
                                             : QStringLiteral("%1 (%2)").arg(field.label, field.id),
                       field.id);
    int index = combo->findData(fieldId);
    if (index < 0 && !fieldId.isEmpty()) {
        // A field no longer in the checklist stays visible, so the validator's issue points at it.
        combo->addItem(tr("%1 (not in the checklist)").arg(fieldId), fieldId);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void EditorConditionsForm::fillValueCombo(QComboBox *combo, const QString &fieldId,
                                          const QString &value) const
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const ChecklistField &field : m_checklist) {
        if (field.id != fieldId)
            continue;
        if (field.type == FieldType::YesNo)
            combo->addItems({QStringLiteral("oui"), QStringLiteral("non")});
        else if (field.type == FieldType::Choice)
            combo->addItems(field.choices);
    }
    combo->setCurrentText(value);
}

QComboBox *EditorConditionsForm::fieldCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_answers->cellWidget(row, kField));
}

QComboBox *EditorConditionsForm::valueCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_answers->cellWidget(row, kEquals));
}

void EditorConditionsForm::changed()
{
    if (!m_filling)
        Q_EMIT edited();
}

} // namespace relais

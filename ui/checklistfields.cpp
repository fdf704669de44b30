// The checklist editors of the message form (see checklistfields.h).
#include "checklistfields.h"

#include "checklistfieldeditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace relais {
namespace {

bool looksLikeCallback(const ChecklistField &field)
{
    const QString id = field.id.toLower();
    return id.contains(QLatin1String("callback")) || id.contains(QLatin1String("rappel")) ||
           id.contains(QLatin1String("recall"));
}

} // namespace

ChecklistFields::ChecklistFields(const PhoneNumbers &phones, QWidget *parent)
    : QWidget(parent)
    , m_phones(phones)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void ChecklistFields::setChecklist(const QList<ChecklistField> &checklist)
{
    const QMap<QString, QString> kept = answers();
    delete m_box;
    m_editors.clear();
    m_box = new QWidget(this);
    m_box->setObjectName(QStringLiteral("formFields"));
    auto *form = new QFormLayout(m_box);
    form->setContentsMargins(0, 0, 0, 0);
    for (const ChecklistField &field : checklist) {
        auto *editor = new ChecklistFieldEditor(field, m_phones, m_box);
        editor->setAnswer(kept.value(field.id));
        auto *label = new QLabel(field.required ? tr("%1 *").arg(field.label) : field.label, m_box);
        label->setToolTip(field.required ? tr("Required") : QString());
        label->setBuddy(editor->input());
        form->addRow(label, editor);
        connect(editor, &ChecklistFieldEditor::changed, this, &ChecklistFields::changed);
        connect(editor, &ChecklistFieldEditor::focusLeft, this, &ChecklistFields::focusLeft);
        m_editors.append(editor);
    }
    layout()->addWidget(m_box);
    // Shown now, not on the layout's queued show: a form already on screen (its pop's second
    // part) gets its fields in the same frame, and focus can go to them at once.
    m_box->show();
    QWidget *previous = nullptr;
    for (ChecklistFieldEditor *editor : std::as_const(m_editors)) {
        if (previous)
            setTabOrder(previous, editor->input());
        previous = editor->input();
    }
}

QMap<QString, QString> ChecklistFields::answers() const
{
    QMap<QString, QString> result;
    for (const ChecklistFieldEditor *editor : m_editors)
        if (!editor->isEmpty())
            result.insert(editor->field().id, editor->answer());
    return result;
}

void ChecklistFields::setAnswers(const QMap<QString, QString> &answers)
{
    for (ChecklistFieldEditor *editor : std::as_const(m_editors))
        editor->setAnswer(answers.value(editor->field().id));
}

void ChecklistFields::prefillCaller(const QString &e164)
{
    ChecklistFieldEditor *target = nullptr;
    for (ChecklistFieldEditor *editor : std::as_const(m_editors)) {
        if (editor->field().type != FieldType::Phone)
            continue;
        if (looksLikeCallback(editor->field())) {
            target = editor;
            break;
        }
        if (!target)
            target = editor;
    }
    if (target && target->isEmpty())
        target->setAnswer(e164); // signals blocked: a prefill is not the operator's change
}

QWidget *ChecklistFields::firstInput() const
{
    return m_editors.isEmpty() ? nullptr : m_editors.first()->input();
}

QWidget *ChecklistFields::lastInput() const
{
    return m_editors.isEmpty() ? nullptr : m_editors.last()->input();
}

ChecklistFieldEditor *ChecklistFields::problems(QStringList &missing, QStringList &invalid) const
{
    ChecklistFieldEditor *first = nullptr;
    for (ChecklistFieldEditor *editor : m_editors) {
        if (editor->field().required && editor->isEmpty()) {
            missing << editor->field().label;
            if (!first)
                first = editor;
        }
    }
    for (ChecklistFieldEditor *editor : m_editors) {
        editor->validate();
        if (!editor->error().isEmpty()) {
            invalid << editor->field().label;
            if (!first)
                first = editor;
        }
    }
    return first;
}

} // namespace relais

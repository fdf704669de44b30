// The conditions of one urgency or filtering rule, every kind of them: keywords, answers to the
// checklist (field chosen from the checklist, value from its choices), caller numbers, and the hours.
// Used by both rule pages; `objectPrefix` names its fields ("editorUrgencyWhen" + "Keywords").
#pragma once

#include "consignes/consignes.h"
#include "consignes/consignesvalidator.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace relais {

class PhoneNumbers;

class EditorConditionsForm final : public QWidget
{
    Q_OBJECT
public:
    // `phones` reads the caller numbers and must outlive the form.
    EditorConditionsForm(const PhoneNumbers &phones, const QString &objectPrefix, QWidget *parent = nullptr);

    // Shows `when` (no edited() meanwhile).
    void setConditions(const RuleConditions &when);
    // The conditions on screen; caller numbers that do not parse are left out (see collectIssues).
    RuleConditions conditions() const;
    // Text the form cannot turn into a value, reported under `path` (the rule's "when").
    void collectIssues(const QString &path, QList<ConsignesIssue> &issues) const;
    // The checklist being edited: the fields an answer condition can name, and their choices.
    void setChecklist(const QList<ChecklistField> &checklist);
    // Shows the issues under `path` next to the fields they are about.
    void showIssues(const QList<ConsignesIssue> &issues, const QString &path);

Q_SIGNALS:
    void edited();

private:
    void addAnswerRow(const AnswerCondition &answer);
    void fillFieldCombo(QComboBox *combo, const QString &fieldId) const;
    void fillValueCombo(QComboBox *combo, const QString &fieldId, const QString &value) const;
    QComboBox *fieldCombo(int row) const;
    QComboBox *valueCombo(int row) const;
    void changed();

    const PhoneNumbers &m_phones;
    QString m_prefix;
    QList<ChecklistField> m_checklist;
    QLineEdit *m_keywords = nullptr;
    QTableWidget *m_answers = nullptr; // field, equals: each cell a combo box
    QPlainTextEdit *m_callers = nullptr;
    QComboBox *m_hours = nullptr;
    QLabel *m_keywordsIssues = nullptr;
    QLabel *m_answersIssues = nullptr;
    QLabel *m_callersIssues = nullptr;
    bool m_filling = false;
};

} // namespace relais

// The editor's urgency section: the levels, the default level, and the rules — a table to pick one
// and a form for all its conditions (keywords, answers, callers, hours), level, action, target,
// instructions and fallback, with the issues of each field shown next to it.
#pragma once

#include "editorpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace relais {

class EditorConditionsForm;
class PhoneNumbers;

class EditorUrgencyPage final : public EditorPage
{
    Q_OBJECT
public:
    // `phones` reads the rules' caller numbers and must outlive the page.
    explicit EditorUrgencyPage(const PhoneNumbers &phones, QWidget *parent = nullptr);

    void load(const Consignes &consignes) override;
    void apply(Consignes &consignes, QList<ConsignesIssue> &issues) const override;
    QStringList sections() const override;
    // Offers the directory as targets, the levels as levels, the checklist to answer conditions.
    void setContext(const Consignes &edited) override;
    void showIssues(const QList<ConsignesIssue> &issues) override;

private:
    void showRule(int row);
    void ruleFormEdited();
    void ruleTableEdited(int row);

    QTableWidget *m_levels = nullptr; // id, label, rank
    QLineEdit *m_defaultUrgency = nullptr;
    QLabel *m_defaultIssues = nullptr;
    QTableWidget *m_rules = nullptr; // id, description
    EditorConditionsForm *m_when = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_target = nullptr;
    QPlainTextEdit *m_instructions = nullptr;
    QLineEdit *m_fallback = nullptr;
    QLabel *m_levelIssues = nullptr;
    QLabel *m_procedureIssues = nullptr;
    QWidget *m_ruleForm = nullptr;

    QList<UrgencyRule> m_ruleValues; // one per row of m_rules, as the form edits them
    QList<Person> m_people;          // the choices offered, rebuilt only when they change
    QList<UrgencyLevel> m_levelChoices;
    bool m_filling = false;
};

} // namespace relais

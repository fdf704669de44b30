// The editor's urgency section: the levels, the default level, and the rules — a table to pick one
// and a form for its keywords, level, action, target, instructions and fallback.
#pragma once

#include "editorpage.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace relais {

class EditorUrgencyPage final : public EditorPage
{
    Q_OBJECT
public:
    explicit EditorUrgencyPage(QWidget *parent = nullptr);

    void load(const Consignes &consignes) override;
    void apply(Consignes &consignes, QList<ConsignesIssue> &issues) const override;
    QStringList sections() const override;

    // The directory and levels being edited, offered as targets and levels in the rule form.
    void setChoices(const QList<Person> &people, const QList<UrgencyLevel> &levels);

private:
    void showRule(int row);
    void ruleFormEdited();
    void ruleTableEdited(int row);

    QTableWidget *m_levels = nullptr; // id, label, rank
    QLineEdit *m_defaultUrgency = nullptr;
    QTableWidget *m_rules = nullptr; // id, description
    QLineEdit *m_keywords = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_target = nullptr;
    QPlainTextEdit *m_instructions = nullptr;
    QLineEdit *m_fallback = nullptr;
    QWidget *m_ruleForm = nullptr;

    QList<UrgencyRule> m_ruleValues; // one per row of m_rules; keeps the conditions the form does not show
    bool m_filling = false;
};

} // namespace relais

// The editor's filtering rules: who is not put through (by keywords, answers, caller, hours), and
// what to say to them — a table to pick a rule and a form for all of it.
#pragma once

#include "editorpage.h"

class QCheckBox;
class QPlainTextEdit;
class QTableWidget;

namespace relais {

class EditorConditionsForm;
class PhoneNumbers;

class EditorFilteringPage final : public EditorPage
{
    Q_OBJECT
public:
    // `phones` reads the rules' caller numbers and must outlive the page.
    explicit EditorFilteringPage(const PhoneNumbers &phones, QWidget *parent = nullptr);

    void load(const Consignes &consignes) override;
    void apply(Consignes &consignes, QList<ConsignesIssue> &issues) const override;
    QStringList sections() const override;
    // Offers the checklist to answer conditions.
    void setContext(const Consignes &edited) override;
    void showIssues(const QList<ConsignesIssue> &issues) override;

private:
    void showRule(int row);
    void formEdited();
    void tableEdited(int row);

    QTableWidget *m_table = nullptr; // id, description
    QWidget *m_ruleForm = nullptr;
    EditorConditionsForm *m_when = nullptr;
    QPlainTextEdit *m_say = nullptr;
    QCheckBox *m_putThrough = nullptr;
    QCheckBox *m_takeMessage = nullptr;

    QList<FilteringRule> m_values; // one per row, as the form edits them
    bool m_filling = false;
};

} // namespace relais

// The editor's checklist: the questions the operator asks, one table row per field.
#pragma once

#include "editorpage.h"

class QTableWidget;

namespace relais {

class EditorChecklistPage final : public EditorPage
{
    Q_OBJECT
public:
    explicit EditorChecklistPage(QWidget *parent = nullptr);

    void load(const Consignes &consignes) override;
    void apply(Consignes &consignes, QList<ConsignesIssue> &issues) const override;
    QStringList sections() const override;

private:
    void fillRow(int row, const ChecklistField &field);

    QTableWidget *m_table = nullptr; // id, label, type, required, help, choices
};

} // namespace relais

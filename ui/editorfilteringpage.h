// The editor's filtering rules: who is not put through, and what to say to them.
#pragma once

#include "editorpage.h"

class QTableWidget;

namespace relais {

class EditorFilteringPage final : public EditorPage
{
    Q_OBJECT
public:
    explicit EditorFilteringPage(QWidget *parent = nullptr);

    void load(const Consignes &consignes) override;
    void apply(Consignes &consignes, QList<ConsignesIssue> &issues) const override;
    QStringList sections() const override;

private:
    QTableWidget *m_table = nullptr; // id, description, keywords, say, put through, take a message
    QList<FilteringRule> m_loaded;   // conditions the table does not show (answers, callers, hours), by id
};

} // namespace relais

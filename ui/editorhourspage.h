// The editor's coverage hours: one line of spans per weekday, the public holidays box, the exceptions.
#pragma once

#include "editorpage.h"

#include <array>

class QCheckBox;
class QLineEdit;
class QTableWidget;

namespace relais {

class EditorHoursPage final : public EditorPage
{
    Q_OBJECT
public:
    explicit EditorHoursPage(QWidget *parent = nullptr);

    void load(const Consignes &consignes) override;
    void apply(Consignes &consignes, QList<ConsignesIssue> &issues) const override;
    QStringList sections() const override;

private:
    std::array<QLineEdit *, 7> m_days{};
    QCheckBox *m_closedOnPublicHolidays = nullptr;
    QTableWidget *m_exceptions = nullptr; // date, label, hours (empty: closed)
};

} // namespace relais

// The editor's directory (people and their numbers) and the weekly on-call shifts.
#pragma once

#include "editorpage.h"

class QTableWidget;

namespace relais {

class PhoneNumbers;

class EditorDirectoryPage final : public EditorPage
{
    Q_OBJECT
public:
    // `phones` checks and formats the numbers and must outlive the page.
    explicit EditorDirectoryPage(const PhoneNumbers &phones, QWidget *parent = nullptr);

    void load(const Consignes &consignes) override;
    void apply(Consignes &consignes, QList<ConsignesIssue> &issues) const override;
    QStringList sections() const override;

private:
    const PhoneNumbers &m_phones;
    QTableWidget *m_people = nullptr; // id, name, role, numbers, email, availability
    QTableWidget *m_onCall = nullptr; // person id, days, hours
};

} // namespace relais

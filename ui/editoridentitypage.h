// The editor's identity section: code, name, sector, time zone, retention and the dialed numbers.
#pragma once

#include "editorpage.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace relais {

class PhoneNumbers;

class EditorIdentityPage final : public EditorPage
{
    Q_OBJECT
public:
    // `phones` checks and formats the dialed numbers and must outlive the page.
    explicit EditorIdentityPage(const PhoneNumbers &phones, QWidget *parent = nullptr);

    void load(const Consignes &consignes) override;
    void apply(Consignes &consignes, QList<ConsignesIssue> &issues) const override;
    QStringList sections() const override;

private:
    const PhoneNumbers &m_phones;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_sector = nullptr;
    QComboBox *m_timeZone = nullptr;
    QSpinBox *m_retentionDays = nullptr;
    QPlainTextEdit *m_dialedNumbers = nullptr;
};

} // namespace relais

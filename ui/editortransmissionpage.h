// The editor's transmission rules: for each urgency level (or every level), how a message reaches the
// client — channels, recipients picked from the directory or "whoever is on call", at once or in
// digests at set times, and how soon an acknowledgement is expected.
#pragma once

#include "editorpage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace relais {

class EditorTransmissionPage final : public EditorPage
{
    Q_OBJECT
public:
    explicit EditorTransmissionPage(QWidget *parent = nullptr);

    void load(const Consignes &consignes) override;
    void apply(Consignes &consignes, QList<ConsignesIssue> &issues) const override;
    QStringList sections() const override;
    // Offers the levels and the directory being edited.
    void setContext(const Consignes &edited) override;
    void showIssues(const QList<ConsignesIssue> &issues) override;

private:
    QWidget *buildRuleForm();
    void showRule(int row);
    void fillRecipients(const QStringList &checked);
    void fillUrgencies(const QString &current);
    void formEdited();
    void recipientToggled(const QString &id, bool checked);
    void updateSummary(int row);
    QString summaryOf(const TransmissionRule &rule, int column) const;

    QTableWidget *m_rules = nullptr; // urgency, channels, recipients, timing: read-only summaries
    QWidget *m_ruleForm = nullptr;
    QComboBox *m_urgency = nullptr;
    QComboBox *m_callType = nullptr;
    QCheckBox *m_email = nullptr;
    QCheckBox *m_sms = nullptr;
    QListWidget *m_recipients = nullptr; // checkable: "on call" then each person
    QCheckBox *m_digest = nullptr;
    QLineEdit *m_digestTimes = nullptr;
    QSpinBox *m_acknowledge = nullptr;
    QLabel *m_urgencyIssues = nullptr;
    QLabel *m_channelIssues = nullptr;
    QLabel *m_recipientIssues = nullptr;
    QLabel *m_digestIssues = nullptr;

    QList<TransmissionRule> m_values; // one per row, as the form edits them
    QList<Person> m_people;           // the choices offered, rebuilt only when they change
    QList<UrgencyLevel> m_levels;
    bool m_filling = false;
};

} // namespace relais

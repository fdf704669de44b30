// One stored message in a read view, its amendment history, and the "Amend" action: the operator
// corrects the caller's details, answers, urgency or notes, says why, and saves a new revision.
#pragma once

#include "messages/message.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace relais {

class MessageRepository;
class PhoneNumbers;

class MessageDetailDialog final : public QDialog
{
    Q_OBJECT
public:
    MessageDetailDialog(MessageRepository &messages, const PhoneNumbers &phones, QString operatorLogin,
                        Message message, QWidget *parent = nullptr);

    const Message &message() const { return m_message; }
    bool amending() const { return m_amending; }

    // Makes the fields editable (the "Amend" button, Alt+A); refused for a draft.
    void startAmending();
    // Stores the amendment; false (and the reason on screen) when the store refused it.
    bool saveAmendment();
    void cancelAmending();

Q_SIGNALS:
    void amended(const relais::Message &message);

protected:
    void reject() override;

private:
    void showMessage();
    void loadHistory();
    void setEditable(bool editable);

    MessageRepository &m_messages;
    const PhoneNumbers &m_phones;
    QString m_operatorLogin;
    Message m_message;
    bool m_amending = false;

    QLabel *m_summary = nullptr;
    QLineEdit *m_callerName = nullptr;
    QLineEdit *m_callerNumber = nullptr;
    QLineEdit *m_urgency = nullptr;
    QTableWidget *m_answers = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_error = nullptr;
    QListWidget *m_history = nullptr;
    QPushButton *m_amend = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace relais

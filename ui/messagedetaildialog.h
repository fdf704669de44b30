// One stored message in a read view, its amendment history, and the "Amend" action: the operator
// corrects the caller's details, answers, urgency or notes, says why, and saves a new revision.
// "Flag for review" (Alt+F) puts the message in the supervisors' review queue with a reason.
#pragma once

#include "common/result.h"
#include "messages/message.h"
#include "security/role.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace relais {

class GuardedMessages;
class MessageRepository;
class PhoneNumbers;

class MessageDetailDialog final : public QDialog
{
    Q_OBJECT
public:
    MessageDetailDialog(MessageRepository &messages, const PhoneNumbers &phones, QString operatorLogin,
                        Message message, QWidget *parent = nullptr);

    // Puts a message in the review queue with a reason (wired to ReviewQueue::flag by the main window).
    using FlagForReview = std::function<Status(const QString &messageId, const QString &reason)>;
    // Asks for the flag's reason; nullopt: cancelled. A seam so tests need no input dialog.
    using AskFlagReason = std::function<std::optional<QString>(QWidget *parent)>;

    const Message &message() const { return m_message; }
    // Amendments go through `guarded` as `actor` (the right checked in core, the amendment
    // audited); Amend is off when the actor may not amend this message.
    void setGuard(GuardedMessages *guarded, Actor actor);
    // Shows the "Flag for review" button (hidden until a handler is set; disabled for a draft).
    void setFlagForReview(FlagForReview flag);
    void setAskFlagReason(AskFlagReason ask) { m_askFlagReason = std::move(ask); }
    // Flags the message with `reason`; false (and the reason on screen) when the store refused it.
    bool flagForReview(const QString &reason);
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
    GuardedMessages *m_guarded = nullptr;
    Actor m_actor;
    FlagForReview m_flagForReview;
    AskFlagReason m_askFlagReason;

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
    QPushButton *m_flag = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace relais

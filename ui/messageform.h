// The guided message form, one per call tab: the client's checklist as typed fields, the caller's
// words, the urgency and filtering verdict live on every change, and the message saved durably —
// as a draft on every change (so a crash loses nothing), then completed, partial or filtered.
#pragma once

#include "callstate.h"
#include "common/result.h"
#include "cti/callevent.h"
#include "messages/message.h"
#include "routing/pop.h"
#include "rules/filteringengine.h"
#include "rules/urgencyengine.h"
#include "supervision/callrecord.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QTimer;
class QVBoxLayout;

namespace relais {

class CallbackField;
class ChecklistFieldEditor;
class ChecklistFields;
class CtiSource;
class FormDialer;
class Clock;
class MessageRepository;
class PhoneNumbers;
class UrgencyPanel;

struct MessageFormContext
{
    MessageRepository &messages;
    const PhoneNumbers &phones;
    const Clock &clock;
    QString operatorLogin;
    // Asked before saving a message whose form client differs from the call's pop; nullptr: a dialog.
    std::function<bool(const QString &question)> confirm;
    // What happened on the call, for the supervisor's event log (fields filled, urgency shown,
    // actions confirmed); nullptr: not recorded.
    std::function<void(const QString &callId, CallLogKind kind, const QString &detail)> logEvent;
    // Puts calls through (F6) as the procedure says; nullptr: the operator dials on the desk phone.
    CtiSource *calls = nullptr;
};

class MessageForm final : public QWidget
{
    Q_OBJECT
public:
    MessageForm(MessageFormContext context, const CallEvent &offered, QWidget *parent = nullptr);
    // A form made ahead of its call, so a pop never waits for widgets (see CallArea's spare tab):
    // bindCall() gives it its one call before anything else is done with it.
    explicit MessageForm(MessageFormContext context, QWidget *parent = nullptr);
    ~MessageForm() override;

    void bindCall(const CallEvent &offered);

    // The call's pop, first shown or re-rendered. The form follows a new client while it holds nothing
    // (an unknown call routed by hand); with answers typed it keeps its client and asks on save.
    void setPop(const Pop &pop);
    void setCallState(CallState state);
    // Fills the form from a stored draft (after a restart): same message id, fields, notes, actions.
    void restore(const Message &draft);

    void focusFirstField();
    // The message as the form holds it now (status Draft until saved otherwise).
    Message message() const;
    const UrgencyResult &urgency() const { return m_urgency; }
    const FilteringResult &filtering() const { return m_filtering; }
    bool isFinished() const { return m_finished; }
    bool isIncomplete() const { return m_finished && m_saved.incomplete; }
    QString statusText() const;

    // Saves the draft now if anything changed since the last save.
    Status saveDraft();
    // Ctrl+Enter: checks required fields, saves Completed. False when refused or the save failed.
    bool complete();
    // "Caller hung up": saves what there is, Completed and marked incomplete.
    bool saveIncomplete();
    // A filtering rule holds: saves a short outcome, Completed, answers {"filtered": rule id}.
    bool closeAsFiltered();
    // Records the action the urgency procedure asks for (who, when, by whom) into the message.
    void confirmAction();
    // F6: transfers the call to whom the urgency procedure names now, through the call source; the
    // outcome is recorded as an action, a failure shows the consignes' fallback.
    void putThrough();
    // Ctrl+D: the client's directory in a quick list; Enter there puts the call through to the
    // chosen number (dialing rules apply), recorded like F6.
    void openDirectory();

Q_SIGNALS:
    void saved(const relais::Message &message);
    void finishedChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void flushDraft();
    void buildFields();
    void changed();
    void evaluate();
    bool finish(Message message, const QString &doneText);
    bool confirmClientMismatch();
    void showStatus(const QString &text, bool error);
    QWidget *firstInput() const;
    void watch(QWidget *widget);
    void logEvent(CallLogKind kind, const QString &detail) const;
    void logFilledFields();
    void recordAction(const ActionTaken &action);
    void showActions();

    MessageFormContext m_context;
    CallEvent m_offered;
    Pop m_pop;
    std::shared_ptr<const Consignes> m_client; // the client the form's fields are for
    int m_consignesVersion = 0;
    QString m_messageId;
    QDateTime m_createdAt;
    QList<ActionTaken> m_actions;
    UrgencyEngine m_urgencyEngine;
    FilteringEngine m_filteringEngine;
    UrgencyResult m_urgency;
    FilteringResult m_filtering;
    bool m_dirty = false;
    bool m_finished = false;
    bool m_statusError = false; // the status line shows a problem
    bool m_draftError = false;  // ...and it is a failed draft save
    Message m_saved;
    QMap<QString, QString> m_loggedAnswers; // answers already in the call's event log
    QString m_loggedLevel;                  // urgency level last logged as shown

    QLabel *m_header;
    QLabel *m_mismatch;
    ChecklistFields *m_fields;
    QPlainTextEdit *m_notes;
    UrgencyPanel *m_urgencyPanel;
    QLabel *m_actionsLabel;
    QLabel *m_status;
    QTimer *m_draftTimer;
    FormDialer *m_dialer;
    CallbackField *m_callback;
};

} // namespace relais

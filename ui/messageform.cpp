// The guided message form (see messageform.h).
#include "messageform.h"

#include "callbackfield.h"
#include "checklistfieldeditor.h"
#include "checklistfields.h"
#include "common/clock.h"
#include "formdialer.h"

#include "cti/ctisource.h"
#include "directorypicker.h"
#include "logging/logging.h"
#include "phone/phonenumbers.h"
#include "storage/messagerepository.h"
#include "themecolors.h"
#include "urgencypanel.h"
#include "wrappinglabel.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

namespace relais {
namespace {

constexpr int kDraftDebounceMs = 300;
const QString kFilteredKey = QStringLiteral("filtered");

bool isCtrlEnter(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
           (key->modifiers() & Qt::ControlModifier);
}

} // namespace

MessageForm::MessageForm(MessageFormContext context, const CallEvent &offered, QWidget *parent)
    : MessageForm(std::move(context), parent)
{
    bindCall(offered);
}

MessageForm::MessageForm(MessageFormContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_messageId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_header(new WrappingLabel(this))
    , m_mismatch(new WrappingLabel(this))
    , m_fields(new ChecklistFields(m_context.phones, this))
    , m_notes(new QPlainTextEdit(this))
    , m_urgencyPanel(new UrgencyPanel(this))
    , m_actionsLabel(new WrappingLabel(this))
    , m_status(new WrappingLabel(this))
    , m_draftTimer(new QTimer(this))
    , m_dialer(
          new FormDialer(m_context.calls, m_context.phones, m_context.clock, m_context.operatorLogin, this))
    , m_callback(new CallbackField(m_context.clock, this))
{
    setObjectName(QStringLiteral("messageForm"));
    m_header->setObjectName(QStringLiteral("formHeader"));
    m_header->setStyleSheet(QStringLiteral("#formHeader { background: #1d3f66; color: white; font-weight: "
                                           "bold; padding: 6px; border-radius: 4px; }"));
    m_mismatch->setObjectName(QStringLiteral("formClientMismatch"));
    m_mismatch->setStyleSheet(theme::textCss(theme::problem(palette())) +
                              QStringLiteral(" font-weight: bold;"));
    m_mismatch->hide();
    connect(m_fields, &ChecklistFields::changed, this, &MessageForm::changed);
    connect(m_fields, &ChecklistFields::focusLeft, this, [this] {
        flushDraft();
        logFilledFields();
    });
    m_notes->setObjectName(QStringLiteral("formNotes"));
    m_notes->setAccessibleName(tr("Caller's words"));
    m_notes->setAccessibleDescription(
        tr("What the caller said, in their words; urgency keywords are read here"));
    m_notes->setPlaceholderText(tr("The caller's words, as said"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_actionsLabel->setObjectName(QStringLiteral("formActions"));
    m_actionsLabel->hide();
    m_status->setObjectName(QStringLiteral("formStatus"));
    m_status->setAccessibleName(tr("Message status"));

    auto *save = new QPushButton(tr("Save message (Ctrl+Enter)"), this);
    save->setObjectName(QStringLiteral("formSave"));
    auto *hungUp = new QPushButton(tr("Caller hung up"), this);
    hungUp->setObjectName(QStringLiteral("formHungUp"));
    save->setAccessibleDescription(tr("Checks the required answers, then saves the message (Ctrl+Enter)"));
    hungUp->setAccessibleDescription(tr("Saves what was taken, marked incomplete"));
    connect(save, &QPushButton::clicked, this, [this] { complete(); });
    connect(hungUp, &QPushButton::clicked, this, [this] { saveIncomplete(); });
    connect(m_urgencyPanel, &UrgencyPanel::confirmActionRequested, this, &MessageForm::confirmAction);
    connect(m_urgencyPanel, &UrgencyPanel::putThroughRequested, this, &MessageForm::putThrough);
    m_urgencyPanel->setPutThroughAvailable(m_dialer->isAvailable());
    connect(m_dialer, &FormDialer::progress, this, [this](const QString &text) { showStatus(text, false); });
    connect(m_dialer, &FormDialer::finished, this,
            [this](const ActionTaken &action, bool succeeded, const QString &fallback) {
                recordAction(action);
                if (succeeded)
                    showStatus(tr("%1: %2").arg(action.targetName, action.result), false);
                else if (fallback.isEmpty())
                    showStatus(tr("Not put through to %1: %2.").arg(action.targetName, action.result), true);
                else
                    showStatus(tr("Not put through to %1: %2. Fallback: %3")
                                   .arg(action.targetName, action.result, fallback),
                               true);
            });
    connect(m_urgencyPanel, &UrgencyPanel::closeAsFilteredRequested, this, [this] { closeAsFiltered(); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, &MessageForm::changed);
    connect(m_callback, &CallbackField::changed, this, &MessageForm::changed);
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_R), this), &QShortcut::activated, m_callback,
            &CallbackField::focusTime);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this), &QShortcut::activated, this,
            &MessageForm::openDirectory);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDebounceMs);
    connect(m_draftTimer, &QTimer::timeout, this, [this] { flushDraft(); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(hungUp);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_mismatch);
    layout->addWidget(m_fields);
    layout->addWidget(new QLabel(tr("Caller's words"), this));
    layout->addWidget(m_notes);
    layout->addWidget(m_callback);
    layout->addWidget(m_urgencyPanel);
    layout->addWidget(m_actionsLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(1);
    watch(m_notes);
    // Ctrl+Enter and F6 work from the callback's time and number too, like from every other input.
    for (QLineEdit *edit : m_callback->findChildren<QLineEdit *>())
        watch(edit);
    watch(save);
    watch(hungUp);
}

MessageForm::~MessageForm()
{
    // A window closed within the debounce still keeps the last keystrokes.
    if (m_draftTimer->isActive())
        flushDraft();
}

void MessageForm::bindCall(const CallEvent &offered)
{
    Q_ASSERT(m_offered.callId.isEmpty()); // one form, one call: a form is never reused
    m_offered = offered;
}

void MessageForm::watch(QWidget *widget)
{
    widget->installEventFilter(this);
}

void MessageForm::setPop(const Pop &pop)
{
    m_pop = pop;
    const QString newCode = pop.client ? pop.client->code : QString();
    const QString formCode = m_client ? m_client->code : QString();
    const bool first = m_fields->editors().isEmpty() && !m_client;
    if (first || (newCode != formCode && (!m_client || !m_dirty))) {
        // Nothing typed for another client yet, or an unknown call routed by hand: follow the pop.
        m_client = pop.client;
        m_consignesVersion = pop.consignesVersion;
        buildFields();
        m_mismatch->hide();
    } else if (newCode != formCode) {
        m_mismatch->setText(tr("This call is now shown for %1, but this form is for %2: saving will ask.")
                                .arg(pop.client ? pop.client->name : tr("an unknown client"),
                                     m_client ? m_client->name : tr("no client")));
        m_mismatch->show();
    } else {
        m_mismatch->hide();
    }
    const QString who = m_client ? m_client->name : tr("Unknown client");
    const QString caller = pop.callerDisplay.isEmpty() ? tr("hidden number") : pop.callerDisplay;
    const QString name = pop.callerName.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(pop.callerName);
    m_header->setText(tr("Message for %1 — caller %2%3").arg(who, caller, name));
    m_callback->setDefaultNumber(message().callerNumber);
    evaluate();
}

void MessageForm::buildFields()
{
    m_fields->setChecklist(m_client ? m_client->checklist : QList<ChecklistField>{});
    for (ChecklistFieldEditor *editor : m_fields->editors())
        watch(editor->input());
    // Tab follows the checklist, then the caller's words and the buttons.
    if (QWidget *last = m_fields->lastInput())
        setTabOrder(last, m_notes);
    const auto parsed = m_context.phones.parse(m_pop.callerNumber);
    if (parsed.ok())
        m_fields->prefillCaller(parsed.value().e164);
}

void MessageForm::restore(const Message &draft)
{
    m_messageId = draft.id;
    m_createdAt = draft.createdAt;
    m_actions = draft.actions;
    if (draft.consignesVersion > 0)
        m_consignesVersion = draft.consignesVersion;
    m_fields->setAnswers(draft.answers);
    {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(draft.notes);
    }
    m_callback->restore(draft.callback);
    showActions();
    m_dirty = true; // the operator's typing is in it: a later client change must ask, not follow
    evaluate();
    m_dirty = false;
    showStatus(tr("Unfinished draft reopened"), false);
}

void MessageForm::setCallState(CallState state)
{
    if (state == CallState::InProgress && isVisible())
        focusFirstField();
}

QWidget *MessageForm::firstInput() const
{
    QWidget *first = m_fields->firstInput();
    return first ? first : m_notes;
}

void MessageForm::focusFirstField()
{
    firstInput()->setFocus(Qt::OtherFocusReason);
}

void MessageForm::changed()
{
    if (m_finished)
        return;
    m_dirty = true;
    evaluate();
    m_draftTimer->start();
}

void MessageForm::evaluate()
{
    m_urgencyPanel->setVisible(m_client != nullptr);
    if (!m_client) {
        m_urgency = {};
        m_filtering = {};
        return;
    }
    RuleInput input;
    input.answers = m_fields->answers();
    input.freeText = m_notes->toPlainText();
    input.callerNumber = m_pop.callerNumber.startsWith(QLatin1Char('+')) ? m_pop.callerNumber : QString();
    input.utc = m_context.clock.now();
    m_urgency = m_urgencyEngine.evaluate(*m_client, input);
    m_filtering = m_filteringEngine.evaluate(*m_client, input);
    m_urgencyPanel->setResults(m_urgency, m_filtering, m_client->checklist);
    if (m_urgency.levelId != m_loggedLevel) {
        m_loggedLevel = m_urgency.levelId;
        logEvent(CallLogKind::UrgencyShown, m_urgency.levelId);
    }
}

void MessageForm::logEvent(CallLogKind kind, const QString &detail) const
{
    if (m_context.logEvent && !m_offered.callId.isEmpty())
        m_context.logEvent(m_offered.callId, kind, detail);
}

void MessageForm::logFilledFields()
{
    const QMap<QString, QString> answers = m_fields->answers();
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it)
        if (!it.value().isEmpty() && m_loggedAnswers.value(it.key()) != it.value())
            logEvent(CallLogKind::FieldFilled, it.key());
    m_loggedAnswers = answers;
}

Message MessageForm::message() const
{
    Message m;
    m.id = m_messageId;
    m.callId = m_offered.callId;
    m.clientCode = m_client ? m_client->code : QString();
    m.callerNumber = m_pop.callerNumber.isEmpty() ? m_context.phones.normalize(m_offered.callerNumber)
                                                  : m_pop.callerNumber;
    m.callerName = m_pop.callerName.isEmpty() ? m_offered.callerName : m_pop.callerName;
    m.dialedNumber = m_offered.dialedNumber;
    m.answers = m_fields->answers();
    m.notes = m_notes->toPlainText();
    m.urgency = m_client ? m_urgency.levelId : QString();
    m.status = MessageStatus::Draft;
    m.consignesVersion = m_consignesVersion;
    m.operatorLogin = m_context.operatorLogin;
    m.createdAt = m_createdAt.isValid() ? m_createdAt : m_context.clock.now();
    m.actions = m_actions;
    m.callback = m_callback->promise();
    return m;
}

Status MessageForm::saveDraft()
{
    m_draftTimer->stop();
    if (!m_dirty || m_finished)
        return success();
    Message draft = message();
    Status saved = m_context.messages.save(draft);
    if (!saved) {
        logging::module("ui")->error("draft {}: {}", draft.id.toStdString(),
                                     saved.error().toString().toStdString());
        showStatus(tr("The draft could not be saved: %1").arg(saved.error().toString()), true);
        m_draftError = true;
        return saved;
    }
    m_createdAt = draft.createdAt;
    m_dirty = false;
    // A refusal ("Required, not answered: …") stays on screen until dealt with; a draft error goes.
    if (m_draftError || !m_statusError)
        showStatus(tr("Draft saved"), false);
    m_draftError = false;
    return saved;
}

void MessageForm::flushDraft()
{
    // A failed draft save is already shown in the status line and logged by saveDraft().
    if (!saveDraft())
        return;
}

bool MessageForm::complete()
{
    if (m_finished)
        return false;
    QStringList missing;
    QStringList invalid;
    ChecklistFieldEditor *firstProblem = m_fields->problems(missing, invalid);
    if (firstProblem) {
        flushDraft(); // before the focus moves, so the refusal is what stays on screen
        QStringList problems;
        if (!missing.isEmpty())
            problems << tr("Required, not answered: %1.").arg(missing.join(QStringLiteral(", ")));
        if (!invalid.isEmpty())
            problems << tr("To correct: %1.").arg(invalid.join(QStringLiteral(", ")));
        showStatus(problems.join(QLatin1Char(' ')), true);
        firstProblem->input()->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (const QString callback = m_callback->problem(); !callback.isEmpty()) {
        flushDraft();
        showStatus(callback, true);
        m_callback->focusTime();
        return false;
    }
    if (!confirmClientMismatch())
        return false;
    Message m = message();
    m.status = MessageStatus::Completed;
    return finish(m, tr("Message saved"));
}

bool MessageForm::saveIncomplete()
{
    if (m_finished)
        return false;
    Message m = message();
    m.status = MessageStatus::Completed;
    m.incomplete = true;
    return finish(m, tr("Message saved, incomplete: the caller hung up"));
}

bool MessageForm::closeAsFiltered()
{
    if (m_finished || !m_filtering.matched)
        return false;
    Message m = message();
    m.status = MessageStatus::Completed;
    m.urgency.clear();
    m.answers = {{kFilteredKey, m_filtering.ruleId}};
    return finish(m, tr("Closed as filtered (%1)").arg(m_filtering.description));
}

void MessageForm::confirmAction()
{
    if (m_finished || !m_client)
        return;
    recordAction(draftAction(m_urgency.procedure, m_context.clock.now(), m_context.operatorLogin));
}

void MessageForm::putThrough()
{
    if (m_finished || !m_client)
        return;
    QString why;
    if (!m_dialer->dial(m_offered.callId, m_urgency.procedure, &why))
        showStatus(why, true);
}

void MessageForm::openDirectory()
{
    if (m_finished || !m_client)
        return;
    auto *picker = new DirectoryPicker(m_client->name, m_client->directory, m_context.phones, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &DirectoryPicker::chosen, this, [this](const DirectoryChoice &choice) {
        ActionTaken draft;
        draft.at = m_context.clock.now().toUTC();
        draft.kind = ActionKind::Transfer;
        draft.targetPersonId = choice.personId;
        draft.targetName = choice.name;
        draft.targetNumber = choice.number;
        draft.confirmedBy = m_context.operatorLogin;
        QString why;
        if (!m_dialer->transfer(m_offered.callId, draft, m_urgency.procedure.fallback, &why))
            showStatus(why, true);
    });
    picker->open();
}

void MessageForm::recordAction(const ActionTaken &action)
{
    m_actions.append(action);
    // A transfer's outcome goes into the log with it: "transfer: Marc Dubois — busy".
    logEvent(
        CallLogKind::ActionConfirmed,
        action.result.isEmpty()
            ? toString(action.kind)
            : QStringLiteral("%1: %2 — %3").arg(toString(action.kind), action.targetName, action.result));
    logging::module("ui")->info("call {}: action {} recorded ({})", m_offered.callId.toStdString(),
                                toString(action.kind).toStdString(), action.result.toStdString());
    showActions();
    changed();
    flushDraft(); // an action is a fact: on disk at once
}

void MessageForm::showActions()
{
    QStringList done;
    for (const ActionTaken &a : std::as_const(m_actions)) {
        QString line = QStringLiteral("%1 %2").arg(actionKindLabel(a.kind), a.targetName).trimmed();
        if (!a.result.isEmpty())
            line += QStringLiteral(" — ") + a.result;
        done << line;
    }
    m_actionsLabel->setText(tr("Actions: %1").arg(done.join(QStringLiteral("; "))));
    m_actionsLabel->setVisible(!m_actions.isEmpty());
}

bool MessageForm::finish(Message message, const QString &doneText)
{
    m_draftTimer->stop();
    const Status result = m_context.messages.save(message);
    if (!result) {
        // Shown, never swallowed; the form keeps everything so the operator can retry.
        logging::module("ui")->error("message {}: {}", message.id.toStdString(),
                                     result.error().toString().toStdString());
        showStatus(tr("The message was NOT saved: %1").arg(result.error().toString()), true);
        return false;
    }
    logging::module("ui")->info("message {} saved for call {} ({})", message.id.toStdString(),
                                message.callId.toStdString(), toString(message.status).toStdString());
    m_finished = true;
    m_dirty = false;
    m_saved = message;
    m_fields->setEnabled(false);
    m_notes->setReadOnly(true);
    m_callback->setReadOnly(true);
    showStatus(doneText, false);
    Q_EMIT saved(message);
    Q_EMIT finishedChanged();
    return true;
}

bool MessageForm::confirmClientMismatch()
{
    if (!m_pop.client || !m_client || m_pop.client->code == m_client->code)
        return true;
    const QString question =
        tr("This form is for %1, but the call is now shown for %2. Save the message for %1?")
            .arg(m_client->name, m_pop.client->name);
    if (m_context.confirm)
        return m_context.confirm(question);
    return QMessageBox::question(this, tr("Save for another client?"), question) == QMessageBox::Yes;
}

void MessageForm::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_statusError = error;
    if (error && QAccessible::isActive()) {
        // A refusal or a failed save is read out at once, wherever the screen reader is.
        QAccessibleEvent alert(m_status, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    theme::setTextColour(m_status, error ? theme::problem(palette()) : theme::ok(palette()));
    QFont font = m_status->font();
    font.setBold(error);
    m_status->setFont(font);
}

QString MessageForm::statusText() const
{
    return m_status->text();
}

bool MessageForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (isCtrlEnter(key)) {
            complete();
            return true;
        }
        if (key->key() == Qt::Key_F6 && key->modifiers() == Qt::NoModifier) {
            putThrough();
            return true;
        }
        if (key->key() == Qt::Key_A && key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier)) {
            confirmAction();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            // Esc never clears anything: it only moves the focus back one field.
            focusPreviousChild();
            return true;
        }
    } else if (event->type() == QEvent::FocusOut && watched == m_notes) {
        flushDraft();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace relais

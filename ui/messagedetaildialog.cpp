// The message read view with its amendment history (see messagedetaildialog.h).
#include "messagedetaildialog.h"
#include "themecolors.h"

#include "displaytext.h"
#include "phone/phonenumbers.h"
#include "security/guardedmessages.h"
#include "security/permissions.h"
#include "storage/messagerepository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais {

namespace {
QString localTime(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

MessageDetailDialog::MessageDetailDialog(MessageRepository &messages, const PhoneNumbers &phones,
                                         QString operatorLogin, Message message, QWidget *parent)
    : QDialog(parent)
    , m_messages(messages)
    , m_phones(phones)
    , m_operatorLogin(std::move(operatorLogin))
    , m_message(std::move(message))
{
    setObjectName(QStringLiteral("messageDetail"));
    resize(640, 620);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("messageSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_callerName = new QLineEdit(this);
    m_callerName->setObjectName(QStringLiteral("detailCallerName"));
    m_callerNumber = new QLineEdit(this);
    m_callerNumber->setObjectName(QStringLiteral("detailCallerNumber"));
    m_urgency = new QLineEdit(this);
    m_urgency->setObjectName(QStringLiteral("detailUrgency"));
    m_answers = new QTableWidget(0, 2, this);
    m_answers->setObjectName(QStringLiteral("detailAnswers"));
    m_answers->setHorizontalHeaderLabels({tr("Question"), tr("Answer")});
    m_answers->verticalHeader()->hide();
    m_answers->horizontalHeader()->setStretchLastSection(true);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("detailNotes"));
    m_notes->setTabChangesFocus(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("amendReason"));
    m_reason->setPlaceholderText(tr("Why (optional): e.g. the caller called back with a new number"));
    m_reasonLabel = new QLabel(tr("&Reason"), this);
    m_reasonLabel->setBuddy(m_reason);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("amendError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(theme::textCss(theme::problem(m_error->palette())));
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("messageHistory"));
    m_history->setAccessibleName(tr("Amendment history"));

    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    row(tr("Caller &name"), m_callerName);
    row(tr("Caller n&umber"), m_callerNumber);
    row(tr("Ur&gency"), m_urgency);
    row(tr("Ans&wers"), m_answers);
    row(tr("N&otes"), m_notes);
    form->addRow(m_reasonLabel, m_reason);

    m_amend = new QPushButton(tr("&Amend"), this);
    m_amend->setObjectName(QStringLiteral("amendButton"));
    m_save = new QPushButton(tr("&Save amendment (Ctrl+Enter)"), this);
    m_save->setObjectName(QStringLiteral("saveAmendmentButton"));
    m_cancel = new QPushButton(tr("Cancel amendment"), this);
    m_cancel->setObjectName(QStringLiteral("cancelAmendmentButton"));
    m_flag = new QPushButton(tr("&Flag for review…"), this);
    m_flag->setObjectName(QStringLiteral("flagReviewButton"));
    m_flag->setToolTip(tr("Put this message in the supervisors' review queue, with a reason"));
    m_flag->hide();
    m_askFlagReason = [](QWidget *owner) -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getText(owner, tr("Flag for review"),
                                                     tr("Why should a supervisor review this message?"),
                                                     QLineEdit::Normal, {}, &ok);
        return ok ? std::optional<QString>(reason.trimmed()) : std::nullopt;
    };
    connect(m_flag, &QPushButton::clicked, this, [this] {
        if (const std::optional<QString> reason = m_askFlagReason(this))
            flagForReview(*reason);
    });
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeDetailButton"));
    connect(m_amend, &QPushButton::clicked, this, &MessageDetailDialog::startAmending);
    connect(m_save, &QPushButton::clicked, this, &MessageDetailDialog::saveAmendment);
    connect(m_cancel, &QPushButton::clicked, this, &MessageDetailDialog::cancelAmending);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, [this] {
            if (m_amending)
                saveAmendment();
        });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_amend);
    buttons->addWidget(m_flag);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("History"), this));
    layout->addWidget(m_history);
    layout->addLayout(buttons);

    if (m_message.status == MessageStatus::Draft) {
        m_amend->setEnabled(false);
        m_amend->setToolTip(tr("A draft is finished in its call tab, not amended"));
    }
    showMessage();
    loadHistory();
    setEditable(false);
}

void MessageDetailDialog::setFlagForReview(FlagForReview flag)
{
    m_flagForReview = std::move(flag);
    m_flag->setVisible(bool(m_flagForReview));
    if (m_message.status == MessageStatus::Draft) {
        m_flag->setEnabled(false);
        m_flag->setToolTip(tr("A draft is reviewed once it is saved"));
    }
}

bool MessageDetailDialog::flagForReview(const QString &reason)
{
    if (!m_flagForReview || m_message.status == MessageStatus::Draft)
        return false;
    const Status flagged = m_flagForReview(m_message.id, reason);
    if (!flagged) {
        m_error->setText(tr("Cannot flag the message for review: %1").arg(flagged.error().toString()));
        return false;
    }
    m_error->clear();
    m_flag->setEnabled(false);
    m_flag->setText(tr("Flagged for review"));
    return true;
}

void MessageDetailDialog::showMessage()
{
    const Message &m = m_message;
    setWindowTitle(
        tr("Message from %1").arg(m.callerName.isEmpty() ? m_phones.display(m.callerNumber) : m.callerName));
    QString status = messageStatusText(m.status);
    if (m.incomplete)
        status = tr("%1 (incomplete: the caller hung up)").arg(status);
    m_summary->setText(tr("%1 · client %2 · %3 · taken by %4 · revision %5")
                           .arg(localTime(m.createdAt), m.clientCode, status, m.operatorLogin)
                           .arg(m.revision));
    m_callerName->setText(m.callerName);
    m_callerNumber->setText(m.callerNumber.isEmpty() ? QString() : m_phones.display(m.callerNumber));
    m_urgency->setText(m.urgency);
    m_notes->setPlainText(m.notes);
    m_answers->setRowCount(0);
    for (auto it = m.answers.cbegin(); it != m.answers.cend(); ++it) {
        const int r = m_answers->rowCount();
        m_answers->insertRow(r);
        auto *key = new QTableWidgetItem(it.key());
        key->setFlags(key->flags() & ~Qt::ItemIsEditable);
        m_answers->setItem(r, 0, key);
        m_answers->setItem(r, 1, new QTableWidgetItem(it.value()));
    }
    m_reason->clear();
    m_error->clear();
}

void MessageDetailDialog::loadHistory()
{
    m_history->clear();
    const Result<QList<MessageAmendment>> list = m_messages.amendments(m_message.id);
    if (!list) {
        m_history->addItem(tr("Cannot read the history: %1").arg(list.error().what));
        return;
    }
    if (list->isEmpty())
        m_history->addItem(tr("Never amended"));
    for (const MessageAmendment &a : *list) {
        QString text = tr("Revision %1 → %2, amended by %3 on %4")
                           .arg(a.revision)
                           .arg(a.revision + 1)
                           .arg(a.amendedBy, localTime(a.amendedAt));
        if (!a.reason.isEmpty())
            text += QStringLiteral(": ") + a.reason;
        auto *item = new QListWidgetItem(text, m_history);
        // The version it replaced, for the operator who wants to see what changed.
        item->setToolTip(
            tr("Before: %1 · %2 · urgency %3\n%4")
                .arg(a.previous.callerName, a.previous.callerNumber, a.previous.urgency, a.previous.notes));
    }
}

void MessageDetailDialog::setEditable(bool editable)
{
    for (QLineEdit *field : {m_callerName, m_callerNumber, m_urgency})
        field->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    m_answers->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                        : QAbstractItemView::NoEditTriggers);
    m_reason->setVisible(editable);
    m_reasonLabel->setVisible(editable);
    m_save->setVisible(editable);
    m_cancel->setVisible(editable);
    m_amend->setVisible(!editable);
    m_close->setVisible(!editable);
}

void MessageDetailDialog::setGuard(GuardedMessages *guarded, Actor actor)
{
    m_guarded = guarded;
    m_actor = std::move(actor);
    const Status may = Permissions::checkAmend(m_actor, m_message.operatorLogin);
    if (!may) {
        m_amend->setEnabled(false);
        m_amend->setToolTip(may.error().what);
    }
}

void MessageDetailDialog::startAmending()
{
    if (m_message.status == MessageStatus::Draft)
        return;
    if (m_guarded) {
        if (const Status may = Permissions::checkAmend(m_actor, m_message.operatorLogin); !may) {
            m_error->setText(tr("Not allowed: %1").arg(may.error().what));
            return;
        }
    }
    m_amending = true;
    setEditable(true);
    m_notes->setFocus();
    m_notes->moveCursor(QTextCursor::End);
}

void MessageDetailDialog::cancelAmending()
{
    m_amending = false;
    showMessage();
    setEditable(false);
    m_amend->setFocus();
}

bool MessageDetailDialog::saveAmendment()
{
    if (!m_amending)
        return false;
    Message next = m_message;
    next.callerName = m_callerName->text().trimmed();
    next.callerNumber =
        m_callerNumber->text().trimmed().isEmpty() ? QString() : m_phones.normalize(m_callerNumber->text());
    next.urgency = m_urgency->text().trimmed();
    next.notes = m_notes->toPlainText();
    for (int r = 0; r < m_answers->rowCount(); ++r)
        next.answers.insert(m_answers->item(r, 0)->text(),
                            m_answers->item(r, 1) ? m_answers->item(r, 1)->text() : QString());
    const Result<Message> stored = m_guarded
                                       ? m_guarded->amend(m_actor, next, m_reason->text().trimmed())
                                       : m_messages.amend(next, m_operatorLogin, m_reason->text().trimmed());
    if (!stored) {
        // Kept on screen with the operator's edits: nothing typed is lost.
        m_error->setText(tr("Not saved: %1").arg(stored.error().what));
        return false;
    }
    m_message = *stored;
    m_amending = false;
    showMessage();
    loadHistory();
    setEditable(false);
    m_amend->setFocus();
    Q_EMIT amended(m_message);
    return true;
}

// Esc closes the read view, but never throws away an amendment being typed.
void MessageDetailDialog::reject()
{
    if (m_amending) {
        m_error->setText(tr("Save the amendment (Ctrl+Enter) or cancel it before closing"));
        return;
    }
    QDialog::reject();
}

} // namespace relais

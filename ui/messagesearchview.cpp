// The message search field and its results (see messagesearchview.h).
#include "messagesearchview.h"

#include "common/clock.h"
#include "logging/logging.h"
#include "recentmessagesmodel.h"
#include "recentmessagesview.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace relais {

namespace {
// Long enough not to search on every key of a number typed at speed, short enough to feel live.
constexpr int kTypingPauseMs = 200;
constexpr int kResultLimit = 100;
} // namespace

MessageSearchView::MessageSearchView(Searcher searcher, const ClientIndex &index, const PhoneNumbers &phones,
                                     const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_search(std::move(searcher))
{
    setObjectName(QStringLiteral("messageSearch"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("messageSearchField"));
    m_field->setPlaceholderText(tr("Search messages: a number (or its end), a name, words of the notes"));
    m_field->setAccessibleName(tr("Search messages"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("messageSearchStatus"));
    m_model = new RecentMessagesModel(
        index, phones, [&clock] { return clock.now(); }, this);
    m_view = new RecentMessagesView(m_model, this);
    m_view->setObjectName(QStringLiteral("messageSearchResults"));
    m_view->setAccessibleName(tr("Messages found"));
    connect(m_view, &RecentMessagesView::openRequested, this, &MessageSearchView::openRequested);

    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kTypingPauseMs);
    connect(m_pause, &QTimer::timeout, this, &MessageSearchView::search);
    connect(m_field, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        search();
        if (m_model->rowCount() > 0) {
            m_view->setFocus();
            m_view->selectRow(0);
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
}

MessageSearchView::~MessageSearchView() = default;

void MessageSearchView::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void MessageSearchView::search()
{
    m_pause->stop();
    const QString text = m_field->text();
    if (text.trimmed().isEmpty()) {
        m_model->setMessages({});
        m_status->clear();
        return;
    }
    const Result<QList<Message>> found = m_search(MessageSearchRequest{text, {}, kResultLimit, {}});
    if (!found) {
        logging::module("ui")->warn("message search: {}", found.error().toString().toStdString());
        m_model->setMessages({});
        m_status->setText(tr("Cannot search the messages: %1").arg(found.error().what));
        return;
    }
    m_model->setMessages(*found);
    if (found->isEmpty())
        m_status->setText(tr("No message found"));
    else if (found->size() >= kResultLimit)
        m_status->setText(tr("The %1 newest messages found; type more to narrow").arg(found->size()));
    else
        m_status->setText(tr("%1 messages found").arg(found->size()));
}

// Down in the field goes to the results, as in a browser's address bar.
bool MessageSearchView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_view->setFocus();
        m_view->selectRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace relais

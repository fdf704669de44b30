// The call tabs (see callarea.h).
#include "callarea.h"

#include "displaytext.h"
#include "poppanel.h"
#include "routing/pop.h"
#include "themecolors.h"

#include <QImage>
#include <QLabel>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace relais {
namespace {

// Long enough for the pop just shown to be painted first, short enough to be ready for the next call.
constexpr int kSpareDelayMs = 50;

} // namespace

CallArea::CallArea(const ClientIndex &index, const PhoneNumbers &phones, int greetingFontPoints,
                   QWidget *parent)
    : QWidget(parent)
    , m_index(index)
    , m_phones(phones)
    , m_greetingFontPoints(greetingFontPoints)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_warmTimer(new QTimer(this))
{
    m_warmTimer->setSingleShot(true);
    m_warmTimer->setInterval(kSpareDelayMs * 4);
    connect(m_warmTimer, &QTimer::timeout, this, &CallArea::warmSpare);
    setObjectName(QStringLiteral("callArea"));
    m_placeholder->setObjectName(QStringLiteral("callAreaPlaceholder"));
    m_placeholder->setText(tr("No call right now.\nA call's pop appears here as soon as it rings."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setStyleSheet(theme::textCss(theme::muted(palette())) +
                                 QStringLiteral(" font-size: 15pt;"));
    m_tabs->setObjectName(QStringLiteral("callTabs"));
    m_tabs->setAccessibleName(tr("Calls"));
    m_tabs->setDocumentMode(true);
    m_tabs->setMovable(true);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    prepareSpare();
}

void CallArea::showPop(const CallEvent &offered, const Pop &pop)
{
    auto it = m_calls.find(offered.callId);
    if (it != m_calls.end()) {
        it->panel->setPop(pop);
        if (it->form)
            it->form->setPop(pop); // an unknown call routed by hand: the form follows the client
        it->complete = true;
        updateTab(*it);
        return;
    }
    Entry &entry = addCall(offered);
    // The first frame shows what is read on pick-up; the reference column and the form's fields
    // follow on the next turn of the event loop, so the greeting is on screen within the frame.
    entry.panel->setPop(pop, PopPanel::Fill::FirstFrame);
    // A new call does not pull the operator away from the call they are talking on: it gets
    // its tab, coloured as ringing, and the current tab stays.
    const PopPanel *current = currentPanel();
    const bool busy = current && current->callState() == CallState::InProgress;
    const int tab = m_tabs->addTab(entry.panel, QString());
    if (!busy)
        m_tabs->setCurrentIndex(tab);
    m_stack->setCurrentWidget(m_tabs);
    updateTab(entry);
    Q_EMIT callCountChanged(callCount());
    QTimer::singleShot(0, this, [this, callId = offered.callId] { completePop(callId); });
}

void CallArea::completePop(const QString &callId)
{
    const auto it = m_calls.find(callId);
    if (it == m_calls.end() || it->complete)
        return; // closed meanwhile, or already complete
    it->complete = true;
    it->panel->fillReference();
    if (it->form) {
        it->form->setPop(it->panel->pop());
        if (m_tabs->currentWidget() == it->panel)
            it->form->focusFirstField(); // the operator types as soon as the pop shows
        updateTab(*it);                  // the form may say the message is incomplete
    }
    Q_EMIT popCompleted(callId);
}

CallArea::Entry &CallArea::addCall(const CallEvent &offered)
{
    const Spare spare = takeSpare();
    const QString callId = offered.callId;
    connect(spare.panel, &PopPanel::clientPicked, this,
            [this, callId](const QString &code) { Q_EMIT clientPicked(callId, code); });
    if (spare.form) {
        spare.form->bindCall(offered);
        connect(spare.form, &MessageForm::saved, this, &CallArea::messageSaved);
        connect(spare.form, &MessageForm::finishedChanged, this, [this, callId] {
            const auto found = m_calls.constFind(callId);
            if (found != m_calls.constEnd())
                updateTab(*found);
        });
    }
    return *m_calls.insert(callId, Entry{spare.panel, offered, spare.form, false});
}

void CallArea::prepareSpare()
{
    if (m_spare.panel)
        return;
    auto *panel = new PopPanel(m_index, m_phones, m_greetingFontPoints, m_tabs);
    panel->hide();
    MessageForm *form = nullptr;
    if (m_formContext) {
        form = new MessageForm(*m_formContext, panel);
        panel->setForm(form);
    }
    panel->ensurePolished(); // style work now, not when the call rings
    m_spare = Spare{panel, form};
    warmSpare();
}

void CallArea::warmSpare()
{
    // Not before the window shows: its first resize warms the spare at the real size (see resizeEvent).
    if (!m_spare.panel || !isVisible())
        return;
    if (const QWidget *page = m_tabs->currentWidget())
        m_pageSize = page->size();
    // Until a first tab shows, the page is the stack less a tab bar (empty now, so measured by font).
    const QSize size = m_pageSize.isValid()
                           ? m_pageSize
                           : m_stack->size() - QSize(0, m_tabs->tabBar()->fontMetrics().height() + 12);
    // Rendering the hidden page once does its first-show work now: style, pending resizes, layout at
    // the page's size, glyphs. The pop then only relays out the texts it changes.
    m_spare.panel->resize(size);
    QImage scratch(size, QImage::Format_ARGB32_Premultiplied);
    m_spare.panel->render(&scratch);
}

void CallArea::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The spare was laid out for the old size: again once the resizing stops.
    m_pageSize = QSize();
    m_warmTimer->start();
}

CallArea::Spare CallArea::takeSpare()
{
    prepareSpare(); // two calls in a row: the second one makes its widgets now
    const Spare spare = std::exchange(m_spare, Spare{});
    // The next call's widgets are made once this pop is on screen, off its path.
    QTimer::singleShot(kSpareDelayMs, this, &CallArea::prepareSpare);
    return spare;
}

void CallArea::setCallState(const QString &callId, CallState state)
{
    const auto it = m_calls.constFind(callId);
    if (it == m_calls.constEnd())
        return; // a call that never rang here (another operator's, or before we started)
    it->panel->setCallState(state);
    if (it->form)
        it->form->setCallState(state);
    updateTab(*it);
}

void CallArea::updateTab(const Entry &entry)
{
    const int tab = m_tabs->indexOf(entry.panel);
    const Pop &pop = entry.panel->pop();
    const QString who = pop.isKnownClient() ? pop.client->name : tr("Unknown");
    const QString caller = pop.callerDisplay.isEmpty() ? tr("hidden number") : pop.callerDisplay;
    QString text = QStringLiteral("%1 — %2").arg(who, caller);
    if (entry.form && entry.form->isIncomplete())
        text += QStringLiteral(" — ") + tr("Incomplete");
    m_tabs->setTabText(tab, text);
    m_tabs->setTabToolTip(tab, callStateText(entry.panel->callState()));
    const QPalette &palette = m_tabs->palette();
    const QColor colours[] = {theme::warning(palette), theme::ok(palette), theme::muted(palette)};
    m_tabs->tabBar()->setTabTextColor(tab, colours[static_cast<int>(entry.panel->callState())]);
}

std::optional<CallEvent> CallArea::offeredEvent(const QString &callId) const
{
    const auto it = m_calls.constFind(callId);
    if (it == m_calls.constEnd())
        return std::nullopt;
    return it->offered;
}

PopPanel *CallArea::panel(const QString &callId) const
{
    const auto it = m_calls.constFind(callId);
    return it == m_calls.constEnd() ? nullptr : it->panel;
}

void CallArea::setFormContext(const MessageFormContext &context)
{
    m_formContext.emplace(context);
    // A spare made before had no form: make it again with one.
    delete std::exchange(m_spare, Spare{}).panel;
    prepareSpare();
}

MessageForm *CallArea::form(const QString &callId) const
{
    const auto it = m_calls.constFind(callId);
    return it == m_calls.constEnd() ? nullptr : it->form;
}

PopPanel *CallArea::currentPanel() const
{
    return qobject_cast<PopPanel *>(m_tabs->currentWidget());
}

void CallArea::setGreetingFontPoints(int points)
{
    m_greetingFontPoints = points;
    for (const Entry &entry : std::as_const(m_calls))
        entry.panel->setGreetingFontPoints(points);
    if (m_spare.panel)
        m_spare.panel->setGreetingFontPoints(points);
}

int CallArea::callCount() const
{
    return static_cast<int>(m_calls.size());
}

bool CallArea::closeCurrentCall(bool force)
{
    PopPanel *panel = currentPanel();
    if (!panel)
        return false;
    if (!force && panel->callState() != CallState::Ended)
        return false;
    m_calls.removeIf([panel](const auto &it) { return it.value().panel == panel; });
    m_pageSize = panel->size(); // the next spare is laid out at this size
    m_tabs->removeTab(m_tabs->indexOf(panel));
    panel->deleteLater();
    showPlaceholderIfEmpty();
    Q_EMIT callCountChanged(callCount());
    return true;
}

void CallArea::showPlaceholderIfEmpty()
{
    if (m_tabs->count() == 0)
        m_stack->setCurrentWidget(m_placeholder);
}

} // namespace relais

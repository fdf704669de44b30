// The centre of the console: one tab per ringing, active or ended call, each with its pop. A new call
// gets its own tab and nothing of another is lost; an ended call's tab stays until the operator
// closes it.
#pragma once

#include "callstate.h"
#include "cti/callevent.h"
#include "messageform.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace relais {

class ClientIndex;
class PhoneNumbers;
class PopPanel;
struct Pop;

class CallArea final : public QWidget
{
    Q_OBJECT
public:
    CallArea(const ClientIndex &index, const PhoneNumbers &phones, int greetingFontPoints,
             QWidget *parent = nullptr);

    // Shows the pop of an offered call: a new tab, or the same tab re-rendered when the call is
    // already shown (the client was picked by hand).
    // A new call's reference column and form are filled on the next turn of the event loop
    // (popCompleted() then), after the first frame; completePop() does it at once.
    void showPop(const CallEvent &offered, const Pop &pop);
    void completePop(const QString &callId);
    void setCallState(const QString &callId, CallState state);

    // The offered event of a shown call, to route it again.
    std::optional<CallEvent> offeredEvent(const QString &callId) const;
    PopPanel *panel(const QString &callId) const;
    PopPanel *currentPanel() const;
    // From now on each new call tab gets a message form next to its pop.
    void setFormContext(const MessageFormContext &context);
    // The call's message form; nullptr without a form context or for an unknown call id.
    MessageForm *form(const QString &callId) const;
    int callCount() const;
    // The greeting's font size on every pop, open or to come (Ctrl++ / Ctrl+-).
    void setGreetingFontPoints(int points);
    QTabWidget *tabs() const { return m_tabs; }

    // Closes the current tab; refuses (returns false) when its call has not ended unless `force`.
    bool closeCurrentCall(bool force = false);

    // True when the next call's widgets are already made (see prepareSpare()).
    bool hasSpare() const { return m_spare.panel != nullptr; }
    // Makes the next call's pop and form now, if they are not made yet. A pop then only fills
    // widgets that exist: making them costs more than a frame, so it is done between calls.
    void prepareSpare();

Q_SIGNALS:
    void clientPicked(const QString &callId, const QString &clientCode);
    void callCountChanged(int count);
    // A new call's pop is whole: its reference column and its form are filled.
    void popCompleted(const QString &callId);
    // A call's message was saved completed (full, partial or filtered).
    void messageSaved(const relais::Message &message);

private:
    struct Entry
    {
        PopPanel *panel = nullptr;
        CallEvent offered;
        MessageForm *form = nullptr;
        bool complete = false; // see completePop()
    };

    struct Spare
    {
        PopPanel *panel = nullptr;
        MessageForm *form = nullptr;
    };

    Spare takeSpare();
    Entry &addCall(const CallEvent &offered);
    void updateTab(const Entry &entry);
    void showPlaceholderIfEmpty();
    // Lays the spare out and paints it once offscreen, at the size its tab will have.
    void warmSpare();
    void resizeEvent(QResizeEvent *event) override;

    const ClientIndex &m_index;
    const PhoneNumbers &m_phones;
    int m_greetingFontPoints;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTabWidget *m_tabs;
    QHash<QString, Entry> m_calls; // by call id
    std::optional<MessageFormContext> m_formContext;
    Spare m_spare;
    QSize m_pageSize; // a call tab's size when last seen; invalid before the first call
    QTimer *m_warmTimer;
};

} // namespace relais

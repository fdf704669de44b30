// The call pop, one per call tab: who the call is for and how to handle it, read from a Pop value.
// Widgets are built once per tab; setPop() only fills them, so a pop shows at once and re-renders
// in place when the operator picks the client by hand. No database access here: the Pop holds all.
#pragma once

#include "callstate.h"
#include "routing/pop.h"

#include <QScrollArea>

#include <functional>

class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace relais {

class ClientIndex;
class ClientPicker;
class PhoneNumbers;

class PopPanel final : public QScrollArea
{
    Q_OBJECT
public:
    // `index` feeds the client picker shown for an unknown number; `phones` formats directory numbers.
    PopPanel(const ClientIndex &index, const PhoneNumbers &phones, int greetingFontPoints,
             QWidget *parent = nullptr);

    // What setPop() fills. A ringing call's first frame holds what the operator reads on pick-up
    // (who it is for, the greeting, the checklist, the rules); the reference column (the caller's
    // earlier messages, the FAQ, what to say and never say) follows with fillReference().
    enum class Fill
    {
        All,
        FirstFrame
    };
    void setPop(const Pop &pop, Fill fill = Fill::All);
    void fillReference();

    // A page sized by its window, not by its content: asking the content would lay out every text
    // of the pop at its natural width each time a tab is added.
    QSize sizeHint() const override;
    const Pop &pop() const { return m_pop; }

    void setCallState(CallState state);
    CallState callState() const { return m_state; }

    // The greeting to read aloud, in this many points (the operator's choice, Ctrl++ / Ctrl+-).
    void setGreetingFontPoints(int points);
    int greetingFontPoints() const;

    // Hides the FAQ entries that do not contain every word of `text`.
    void filterFaq(const QString &text);

    // Shows "Consignes changed since your last call (v3 → v5)"; `changes` lists the changes in words and
    // is called only when the operator opens the marker. The next setPop() hides it.
    void showChangedSince(int seenVersion, std::function<QStringList()> changes);

    // Puts the call's message form right of the pop, in the same page (the tab stays this panel).
    void setForm(QWidget *form);
    QWidget *form() const { return m_form; }

Q_SIGNALS:
    // The operator picked the client of an unknown call by hand.
    void clientPicked(const QString &clientCode);

private:
    void buildCallLine(QVBoxLayout *layout);
    void buildClientHeader(QVBoxLayout *layout);
    void buildUnknownBox(QVBoxLayout *layout, const ClientIndex &index);
    void buildGreeting(QVBoxLayout *layout, int greetingFontPoints);
    void buildDetails(QVBoxLayout *layout);
    void buildChangedSince(QVBoxLayout *layout);
    void announce(const Pop &pop, const QString &caller);
    void fillClient(const Consignes &client);
    void fillRules(const Pop &pop);
    void clearReference();
    QString personInWords(const Person &person) const;

    const PhoneNumbers &m_phones;
    Pop m_pop;
    CallState m_state = CallState::Ringing;

    QLabel *m_callState = nullptr;
    QLabel *m_caller = nullptr;
    QLabel *m_dialed = nullptr;
    QLabel *m_openLabel = nullptr;
    QFrame *m_clientHeader = nullptr;
    QLabel *m_clientName = nullptr;
    QLabel *m_sector = nullptr;
    QLabel *m_consignesVersion = nullptr;
    QFrame *m_unknownBox = nullptr;
    QLabel *m_unknownBanner = nullptr;
    ClientPicker *m_picker = nullptr;
    QLabel *m_knownContact = nullptr;
    QFrame *m_greetingBox = nullptr;
    QLabel *m_greeting = nullptr;
    QLabel *m_overflowGreeting = nullptr;
    QWidget *m_details = nullptr;
    QListWidget *m_checklist = nullptr;
    QLabel *m_urgencyRules = nullptr;
    QLabel *m_filteringRules = nullptr;
    QLabel *m_onCall = nullptr;
    QListWidget *m_history = nullptr;
    QLineEdit *m_faqFilter = nullptr;
    QListWidget *m_faq = nullptr;
    QLabel *m_say = nullptr;
    QLabel *m_neverSay = nullptr;
    QPushButton *m_changedSince = nullptr;
    QListWidget *m_changedSinceList = nullptr;
    std::function<QStringList()> m_changedSinceChanges;
    QWidget *m_form = nullptr;
};

} // namespace relais

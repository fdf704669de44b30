// The follow-up list (F8): callbacks to make and deliveries to see to, by deadline, overdue in red.
// It refreshes on a timer with the injected clock and reminds the operator once when a line falls
// due; Enter on a callback dials it (CallbackDialer), and its outcome is recorded on the message;
// Ctrl+K on a delivery records that the recipient confirmed by phone, after asking.
#pragma once

#include "common/result.h"
#include "followup/followuplist.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QMainWindow;
class QTableWidget;
class QTimer;

namespace relais {

class CallbackDialer;
class Clock;
class ConsoleServices;
class PhoneNumbers;

class FollowUpView final : public QWidget
{
    Q_OBJECT
public:
    // Records (or queues) a delivery line's acknowledgement by the operator: the text to show, or
    // why it could not be.
    using Acknowledge = std::function<Result<QString>(const FollowUpItem &item)>;
    // Asked before acknowledging: true to go on. The console asks with a message box.
    using ConfirmAcknowledge = std::function<bool(QWidget *parent, const FollowUpItem &item)>;

    FollowUpView(CallbackDialer &dialer, const Clock &clock, const PhoneNumbers &phones,
                 QWidget *parent = nullptr);
    // Where delivery lines come from and how one is acknowledged: the console's own store, or the
    // team's shared database once sync runs (ConsoleSync switches to it).
    void setDeliveries(FollowUpProvider provider, Acknowledge acknowledge);
    void setConfirmAcknowledge(ConfirmAcknowledge confirm) { m_confirm = std::move(confirm); }

    // Where the lines come from: callbacks, deliveries; each provider is asked at every refresh.
    FollowUpList &list() { return m_list; }
    const QList<FollowUpItem> &items() const { return m_items; }
    void setRefreshIntervalMs(int ms);
    void focusList();

public Q_SLOTS:
    // Reads every provider again at the clock's now; reminds of the lines that fell due since.
    void refresh();
    // Dials the selected line when it is a callback (Enter).
    void dialSelected();
    // Acknowledges the selected delivery line for its recipient, after confirmation (Ctrl+K).
    void acknowledgeSelected();

Q_SIGNALS:
    // One line for the status bar: a reminder, a callback's progress or outcome.
    void notice(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showItems();
    void showStatus(const QString &text, bool error);

    CallbackDialer &m_dialer;
    const Clock &m_clock;
    const PhoneNumbers &m_phones;
    FollowUpList m_list;
    QList<FollowUpItem> m_items;
    QDateTime m_lastRefresh;
    QTableWidget *m_table;
    QLabel *m_status;
    QTimer *m_timer;
    FollowUpProvider m_deliveries;
    Acknowledge m_acknowledge;
    ConfirmAcknowledge m_confirm;
};

// Builds the follow-up dock of the main window: the view over the store's callbacks, dialing through
// the console's call source; `open` (F8) shows it with the cursor in the list; reminders and outcomes
// go to the status bar. Returns the view, so more providers (deliveries) can be added to its list.
FollowUpView *installFollowUpDock(QMainWindow &window, ConsoleServices &services,
                                  const QString &operatorLogin, QAction *open);

} // namespace relais

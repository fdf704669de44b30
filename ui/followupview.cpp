// The follow-up list view (see followupview.h).
#include "followupview.h"
#include "themecolors.h"

#include "common/clock.h"
#include "consoleservices.h"
#include "delivery/deliveryrepository.h"
#include "followup/callbackdialer.h"
#include "followup/callbackqueue.h"
#include "phone/phonenumbers.h"

#include <QAction>
#include <QApplication>
#include <QColor>
#include <QDockWidget>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace relais {
namespace {

constexpr int kRefreshMs = 30 * 1000;
constexpr int kStatusMessageMs = 10 * 1000;

QString kindInWords(FollowUpKind kind)
{
    switch (kind) {
    case FollowUpKind::Callback:
        return FollowUpView::tr("Callback");
    case FollowUpKind::AwaitingDelivery:
        return FollowUpView::tr("Not sent yet");
    case FollowUpKind::DeliveryFailed:
        return FollowUpView::tr("Delivery failed");
    case FollowUpKind::Unacknowledged:
        return FollowUpView::tr("Not acknowledged");
    }
    return {};
}

} // namespace

FollowUpView::FollowUpView(CallbackDialer &dialer, const Clock &clock, const PhoneNumbers &phones,
                           QWidget *parent)
    : QWidget(parent)
    , m_dialer(dialer)
    , m_clock(clock)
    , m_phones(phones)
    , m_table(new QTableWidget(0, 5, this))
    , m_status(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("followUpView"));
    m_list.addProvider([this](const QDateTime &now) -> Result<QList<FollowUpItem>> {
        return m_deliveries ? m_deliveries(now) : QList<FollowUpItem>();
    });
    m_table->setObjectName(QStringLiteral("followUpList"));
    m_table->setHorizontalHeaderLabels({tr("Due"), tr("What"), tr("Client"), tr("Number"), tr("Details")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Follow-up list"));
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { dialSelected(); });
    m_status->setObjectName(QStringLiteral("followUpStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_status);

    connect(&m_dialer, &CallbackDialer::progress, this,
            [this](const QString &text) { showStatus(text, false); });
    connect(&m_dialer, &CallbackDialer::finished, this,
            [this](const QString &, bool reached, bool recorded, const QString &text) {
                showStatus(text, !reached || !recorded);
                refresh();
            });
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &FollowUpView::refresh);
    m_timer->start();
}

void FollowUpView::setRefreshIntervalMs(int ms)
{
    m_timer->setInterval(ms);
}

void FollowUpView::focusList()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
}

void FollowUpView::refresh()
{
    const QDateTime now = m_clock.now();
    const FollowUpSnapshot snapshot = m_list.collect(now);
    const QString selected =
        m_table->currentRow() >= 0 ? m_items.value(m_table->currentRow()).messageId : QString();
    m_items = snapshot.items;
    showItems();
    for (int row = 0; row < m_items.size(); ++row)
        if (!selected.isEmpty() && m_items.at(row).messageId == selected)
            m_table->setCurrentCell(row, 0);
    if (!snapshot.errors.isEmpty())
        showStatus(
            tr("Part of the list could not be read: %1").arg(snapshot.errors.join(QStringLiteral("; "))),
            true);

    // Reminded once: the lines whose deadline passed since the last look (at start, all overdue).
    const QList<FollowUpItem> due = fallenDue(m_items, m_lastRefresh, now);
    m_lastRefresh = now;
    if (due.isEmpty())
        return;
    const QString text = due.size() == 1 ? tr("Follow-up due: %1 (F8)").arg(due.first().summary)
                                         : tr("%1 follow-ups due (F8)").arg(due.size());
    Q_EMIT notice(text);
    QApplication::alert(window());
}

void FollowUpView::showItems()
{
    const QDateTime now = m_clock.now();
    m_table->setRowCount(static_cast<int>(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const FollowUpItem &item = m_items.at(row);
        const bool overdue = isOverdue(item, now);
        const QString due = item.deadline.isValid()
                                ? QLocale().toString(item.deadline.toLocalTime(), QStringLiteral("ddd HH:mm"))
                                : tr("now");
        const QStringList cells{
            overdue ? tr("%1 (late)").arg(due) : due, kindInWords(item.kind), item.clientCode,
            item.number.isEmpty() ? QString() : m_phones.display(item.number), item.summary};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            if (overdue) {
                cell->setForeground(theme::problem(m_table->palette()));
                QFont font = cell->font();
                font.setBold(true);
                cell->setFont(font);
            }
            cell->setData(Qt::UserRole, overdue);
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void FollowUpView::dialSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    const FollowUpItem item = m_items.at(row);
    if (item.kind != FollowUpKind::Callback) {
        showStatus(tr("Only a callback is dialed from here."), true);
        return;
    }
    QString why;
    if (!m_dialer.dial(item, &why))
        showStatus(why, true);
}

void FollowUpView::acknowledgeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    const FollowUpItem item = m_items.at(row);
    if (item.deliveryId.isEmpty() || !m_acknowledge) {
        showStatus(tr("Only a delivery is acknowledged from here."), true);
        return;
    }
    // It stops the escalation of an urgent message: never on a stray key.
    if (m_confirm && !m_confirm(this, item))
        return;
    const Result<QString> done = m_acknowledge(item);
    if (!done) {
        showStatus(tr("Not acknowledged: %1").arg(done.error().what), true);
        return;
    }
    showStatus(*done, false);
    refresh();
}

void FollowUpView::setDeliveries(FollowUpProvider provider, Acknowledge acknowledge)
{
    m_deliveries = std::move(provider);
    m_acknowledge = std::move(acknowledge);
}

void FollowUpView::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QString(theme::textCss(theme::problem(m_status->palette())) +
                                            QStringLiteral(" font-weight: bold;"))
                                  : theme::textCss(theme::ok(m_status->palette())));
    Q_EMIT notice(text);
}

bool FollowUpView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            dialSelected();
            return true;
        }
        if (key->key() == Qt::Key_K && key->modifiers() == Qt::ControlModifier) {
            acknowledgeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

FollowUpView *installFollowUpDock(QMainWindow &window, ConsoleServices &services,
                                  const QString &operatorLogin, QAction *open)
{
    auto *dock = new QDockWidget(FollowUpView::tr("Follow-up"), &window);
    dock->setObjectName(QStringLiteral("followUpDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    auto *dialer =
        new CallbackDialer(&services.cti(), services.messages(), services.clock(), operatorLogin, dock);
    auto *view = new FollowUpView(*dialer, services.clock(), services.phones(), dock);
    auto callbacks = std::make_shared<CallbackQueue>(services.database());
    view->list().addProvider([callbacks](const QDateTime &now) { return callbacks->followUps(now); });
    // Deliveries waiting, failed or unacknowledged, as `relais-cli deliver` records them in this database;
    // Ctrl+K: the recipient confirmed on the phone (or the operator dealt with a failure).
    auto deliveries = std::make_shared<delivery::DeliveryRepository>(services.database());
    view->setDeliveries([deliveries](const QDateTime &now) { return deliveries->followUps(now); },
                        [deliveries, &services, operatorLogin](const FollowUpItem &item) -> Result<QString> {
                            const auto done =
                                deliveries->acknowledge(item.deliveryId, operatorLogin,
                                                        QStringLiteral("operator"), services.clock().now());
                            if (!done)
                                return done.error();
                            return FollowUpView::tr("Acknowledged: %1").arg(item.summary);
                        });
    view->setConfirmAcknowledge([](QWidget *parent, const FollowUpItem &item) {
        return QMessageBox::question(
                   parent, FollowUpView::tr("Acknowledge"),
                   FollowUpView::tr("Record that this was confirmed by phone or dealt with?\n\n%1\n\n"
                                    "Nobody else will be notified about this message.")
                       .arg(item.summary),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    });
    dock->setWidget(view);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    QObject::connect(view, &FollowUpView::notice, &window, [&window](const QString &text) {
        window.statusBar()->showMessage(text, kStatusMessageMs);
    });
    QObject::connect(open, &QAction::triggered, view, [dock, view] {
        view->refresh();
        dock->show();
        dock->raise();
        view->focusList();
    });
    // Read once now, so what is already late is said at start.
    QTimer::singleShot(0, view, &FollowUpView::refresh);
    return view;
}

} // namespace relais

// The main window's assembly (see mainwindow.h).
#include "mainwindow.h"

#include "actionregistry.h"
#include "auditlogview.h"
#include "callarea.h"
#include "callcontroller.h"
#include "common/clock.h"
#include "consoleservices.h"
#include "cti/simulatorsource.h"
#include "draftreopener.h"
#include "editorchangedsince.h"
#include "editorwindow.h"
#include "followupview.h"
#include "greetingzoom.h"
#include "logging/logging.h"
#include "messagedetaildialog.h"
#include "messagesearchview.h"
#include "recentmessagesmodel.h"
#include "recentmessagesview.h"
#include "security/session.h"
#include "settings/settings.h"
#include "shortcutsoverlay.h"
#include "statusbarview.h"
#include "storage/messagerepository.h"
#include "supervision/callrecorder.h"
#include "supervision/reviewqueue.h"
#include "supervisioncommentsdialog.h"
#include "supervisionwindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

namespace relais {
namespace {
constexpr int kRecentMessages = 50;
constexpr int kStatusMessageMs = 5000;
} // namespace

MainWindow::MainWindow(ConsoleServices &services, Settings &settings, std::unique_ptr<Session> session,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_settings(settings)
    , m_session(session ? std::move(session)
                        : std::make_unique<Session>(services.database(), services.clock(),
                                                    services.messages(), services.clients(),
                                                    Actor{m_settings.value(settings::operatorLogin)}, false))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Relais — operator console"));
    setupActions();
    setupCallArea();
    setupRecentMessages();
    setupMessageSearch();
    m_followUps =
        installFollowUpDock(*this, m_services, m_session->actor().login, m_actions->openFollowUps());
    setupMenusAndToolBar();
    setupStatusBar();
    applyRole();
    new GreetingZoom(*m_actions, m_settings, *m_callArea, this);
    auto *shortcuts = new ShortcutsOverlay(*m_actions, this);
    connect(m_actions->showShortcuts(), &QAction::triggered, shortcuts, &ShortcutsOverlay::toggle);
    restoreLayout();
    refreshRecentMessages();
    reopenDrafts(m_services.messages(), m_services.router(), *m_callArea, m_session->actor().login);
    showReviewComments();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    m_actions = new ActionRegistry(this);
    QAction *simulate = m_actions->simulateCall();
    if (SimulatorSource *simulator = m_services.simulator()) {
        connect(simulate, &QAction::triggered, simulator, [simulator] { simulator->ringNow(); });
    } else {
        // A demo call mixed into a real PBX's calls would confuse the operator: the action is
        // there but off, and says why.
        simulate->setEnabled(false);
        simulate->setToolTip(tr("Only available with the call simulator (cti/url = sim://)"));
    }
    connect(m_actions->closeCallTab(), &QAction::triggered, this, &MainWindow::closeCallTab);
    connect(m_actions->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->editConsignes(), &QAction::triggered, this, &MainWindow::openConsignesEditor);
    connect(m_actions->searchMessages(), &QAction::triggered, this, &MainWindow::openMessageSearch);
    connect(m_actions->openSupervision(), &QAction::triggered, this, &MainWindow::openSupervision);
}

void MainWindow::setupCallArea()
{
    m_callArea = new CallArea(m_services.index(), m_services.phones(),
                              m_settings.value(settings::greetingFontPoints), this);
    setCentralWidget(m_callArea);
    m_callArea->setFormContext(MessageFormContext{
        m_services.messages(),
        m_services.phones(),
        m_services.clock(),
        m_session->actor().login,
        {},
        [&recorder = m_services.recorder()](const QString &callId, CallLogKind kind, const QString &detail) {
            // A failed log line is logged by the recorder and
            // never stops the call.
            (void)recorder.noteEvent(callId, kind, detail);
        },
        &m_services.cti()});
    // A saved message shows at once in the recent messages.
    connect(m_callArea, &CallArea::messageSaved, this, &MainWindow::refreshRecentMessages);
    m_calls = new CallController(m_services.cti(), m_services.router(), *m_callArea, this);
    // Connected after the controller, so the pop is on screen when the marker is decided.
    m_changedSince = new EditorChangedSince(m_services.database(), m_services.phones(), m_services.clock(),
                                            *m_callArea, m_session->actor().login, this);
    connect(&m_services.cti(), &CtiSource::callEvent, m_changedSince, [this](const CallEvent &event) {
        if (event.kind == CallEvent::Kind::Offered)
            m_changedSince->popShown(event.callId);
    });
    connect(m_callArea, &CallArea::clientPicked, m_changedSince,
            [this](const QString &callId) { m_changedSince->popShown(callId); });
    // Supervision: the pop shown, a client picked by hand and the saved message go into the call's
    // record and event log (the recorder already has the CTI's steps).
    CallRecorder &recorder = m_services.recorder();
    recorder.setOperatorLogin(m_session->actor().login);
    connect(&m_services.cti(), &CtiSource::callEvent, &recorder, [&recorder](const CallEvent &event) {
        if (event.kind == CallEvent::Kind::Offered)
            (void)recorder.noteEvent(event.callId, CallLogKind::PopShown);
    });
    connect(m_callArea, &CallArea::clientPicked, &recorder,
            [&recorder](const QString &callId, const QString &code) {
                (void)recorder.noteEvent(callId, CallLogKind::ClientPicked, code);
            });
    connect(m_callArea, &CallArea::messageSaved, &recorder,
            [&recorder](const Message &message) { (void)recorder.noteMessageSaved(message); });
    // A call that ends is when a message may have been saved: the table follows.
    connect(m_calls, &CallController::callEnded, this, &MainWindow::refreshRecentMessages);
    connect(m_callArea, &CallArea::callCountChanged, m_actions->closeCallTab(),
            [this](int count) { m_actions->closeCallTab()->setEnabled(count > 0); });
    m_actions->closeCallTab()->setEnabled(false);
}

void MainWindow::setupRecentMessages()
{
    const Clock &clock = m_services.clock();
    m_recentModel = new RecentMessagesModel(
        m_services.index(), m_services.phones(), [&clock] { return clock.now(); }, this);
    auto *dock = new QDockWidget(tr("Recent messages"), this);
    dock->setObjectName(QStringLiteral("recentMessagesDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    auto *view = new RecentMessagesView(m_recentModel, dock);
    connect(view, &RecentMessagesView::openRequested, this, [this](const Message &m) { openMessage(m.id); });
    dock->setWidget(view);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {170}, Qt::Vertical); // the pop keeps most of the height
    m_recentDock = dock;
}

// The search shares the bottom area with the recent messages, as a second tab.
void MainWindow::setupMessageSearch()
{
    m_searchDock = new QDockWidget(tr("Search messages"), this);
    m_searchDock->setObjectName(QStringLiteral("messageSearchDock"));
    m_searchDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    // Through the session: an operator finds only their own messages, a supervisor everyone's.
    auto searcher = [this](const MessageSearchRequest &request) {
        return m_session->messages().search(m_session->actor(), request);
    };
    m_search = new MessageSearchView(searcher, m_services.index(), m_services.phones(), m_services.clock(),
                                     m_searchDock);
    connect(m_search, &MessageSearchView::openRequested, this,
            [this](const Message &m) { openMessage(m.id); });
    m_searchDock->setWidget(m_search);
    addDockWidget(Qt::BottomDockWidgetArea, m_searchDock);
    tabifyDockWidget(m_recentDock, m_searchDock);
    m_recentDock->raise();
}

void MainWindow::openMessageSearch()
{
    m_searchDock->show();
    m_searchDock->raise();
    m_search->focusSearch();
}

MessageDetailDialog *MainWindow::openMessage(const QString &messageId)
{
    // Read again: the row in a list may be older than the store (amended since, synced in).
    // Through the guard: an operator opening a colleague's message is refused, a supervisor's
    // reading of it is audited (messages.view).
    const auto found = m_session->messages().find(m_session->actor(), messageId);
    if (!found || !found->has_value()) {
        statusBar()->showMessage(
            found ? tr("Message %1 is no longer in the store").arg(messageId)
                  : tr("Cannot read message %1: %2").arg(messageId, found.error().toString()),
            kStatusMessageMs);
        return nullptr;
    }
    auto *dialog = new MessageDetailDialog(m_services.messages(), m_services.phones(),
                                           m_session->actor().login, **found, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setGuard(&m_session->messages(), m_session->actor());
    dialog->setFlagForReview([this](const QString &id, const QString &reason) {
        return ReviewQueue(m_services.database(), m_services.phones(), m_services.clock())
            .flag(id, m_session->actor().login, reason);
    });
    connect(dialog, &MessageDetailDialog::amended, this, [this] {
        refreshRecentMessages();
        m_search->search();
    });
    dialog->show();
    return dialog;
}

void MainWindow::setupMenusAndToolBar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->quit());
    QMenu *clients = menuBar()->addMenu(tr("C&lients"));
    clients->addAction(m_actions->editConsignes());
    QMenu *calls = menuBar()->addMenu(tr("&Calls"));
    calls->addAction(m_actions->simulateCall());
    calls->addAction(m_actions->closeCallTab());
    QMenu *messages = menuBar()->addMenu(tr("&Messages"));
    messages->addAction(m_actions->searchMessages());
    messages->addAction(m_actions->openFollowUps());
    QMenu *supervision = menuBar()->addMenu(tr("&Supervision"));
    supervision->addAction(m_actions->openSupervision());
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_actions->greetingLarger(), m_actions->greetingSmaller(), m_actions->greetingReset()});
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->showShortcuts());

    QToolBar *toolBar = addToolBar(tr("Calls"));
    toolBar->setObjectName(QStringLiteral("callsToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_actions->simulateCall());
    toolBar->addAction(m_actions->closeCallTab());
}

void MainWindow::setupStatusBar()
{
    m_statusView = new StatusBarView(this);
    statusBar()->addPermanentWidget(m_statusView, 1);
    CtiSource &cti = m_services.cti();
    const bool isSimulator = m_services.simulator() != nullptr;
    m_statusView->setCtiState(isSimulator, cti.state(), QString());
    connect(&cti, &CtiSource::stateChanged, m_statusView,
            [this, isSimulator](CtiSource::State state, const QString &detail) {
                m_statusView->setCtiState(isSimulator, state, detail);
            });
    m_statusView->setDatabase(m_services.databaseDescription());
    auto *who = new QLabel(
        m_session->signedIn()
            ? tr("Signed in: %1 (%2)").arg(m_session->actor().login, roleName(m_session->actor().role))
            : tr("No operator accounts: sign-in off"),
        this);
    who->setObjectName(QStringLiteral("statusSession"));
    statusBar()->addPermanentWidget(who);
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.value(settings::windowGeometry)))
        resize(1200, 780);
    restoreState(m_settings.value(settings::windowState));
}

void MainWindow::setPendingSyncCount(int count)
{
    m_statusView->setPendingSyncCount(count);
}

void MainWindow::refreshRecentMessages()
{
    auto recent = m_session->messages().recent(m_session->actor(), kRecentMessages);
    if (!recent) {
        // Shown, not only logged: the operator must know the table is stale.
        logging::module("ui")->warn("recent messages: {}", recent.error().toString().toStdString());
        statusBar()->showMessage(tr("Cannot read the recent messages: %1").arg(recent.error().toString()),
                                 kStatusMessageMs);
        return;
    }
    m_recentModel->setMessages(recent.value());
}

EditorWindow *MainWindow::openConsignesEditor()
{
    if (const Status may = m_session->check(Permission::EditConsignes); !may) {
        statusBar()->showMessage(tr("Not allowed: %1").arg(may.error().what), kStatusMessageMs);
        return nullptr;
    }
    if (!m_editor) {
        EditorContext context{m_services.database(),
                              m_services.clients(),
                              m_services.mutableIndex(),
                              m_services.phones(),
                              m_services.clock(),
                              m_session->actor().login,
                              m_settings.value(settings::operatorFirstName)};
        context.guarded = &m_session->consignes();
        context.actor = m_session->actor();
        m_editor = new EditorWindow(std::move(context), this);
        m_editor->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
    return m_editor;
}

SupervisionWindow *MainWindow::openSupervision()
{
    if (const Status may = m_session->check(Permission::ReviewMessages); !may) {
        statusBar()->showMessage(tr("Not allowed: %1").arg(may.error().what), kStatusMessageMs);
        return nullptr;
    }
    if (!m_supervision) {
        m_supervision = new SupervisionWindow(m_services.database(), m_services.phones(), m_services.clock(),
                                              m_session->actor().login, this);
        m_supervision->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_supervision->show();
    m_supervision->raise();
    m_supervision->activateWindow();
    return m_supervision;
}

AuditLogView *MainWindow::openAuditLog()
{
    if (const Status may = m_session->check(Permission::ViewAuditLog); !may) {
        statusBar()->showMessage(tr("Not allowed: %1").arg(may.error().what), kStatusMessageMs);
        return nullptr;
    }
    if (!m_auditLog) {
        m_auditLog = new AuditLogView(*m_session, m_services.clock(), this);
        m_auditLog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_auditLog->show();
    m_auditLog->raise();
    m_auditLog->activateWindow();
    return m_auditLog;
}

// What the signed-in role may not do is off and says why; core refuses it anyway. The audit log
// action exists for admins only.
void MainWindow::applyRole()
{
    const auto gate = [this](QAction *action, Permission permission) {
        const Status may = m_session->check(permission);
        action->setEnabled(may.ok());
        if (!may)
            action->setToolTip(may.error().what);
    };
    gate(m_actions->editConsignes(), Permission::EditConsignes);
    gate(m_actions->openSupervision(), Permission::ReviewMessages);
    if (!m_session->may(Permission::ViewAuditLog))
        return;
    m_auditLogAction = new QAction(tr("Audit log…"), this);
    m_auditLogAction->setObjectName(QStringLiteral("actionAuditLog"));
    m_auditLogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_auditLogAction->setStatusTip(
        tr("Who did what and when: sign-ins, consignes changes, amendments, views, exports, purges"));
    addAction(m_auditLogAction);
    connect(m_auditLogAction, &QAction::triggered, this, &MainWindow::openAuditLog);
    menuBar()->addMenu(tr("&Administration"))->addAction(m_auditLogAction);
}

void MainWindow::showReviewComments()
{
    // The supervisors' comments on this operator's reviewed messages, once, when the session starts.
    if (auto *comments = SupervisionCommentsDialog::forOperator(
            m_services.database(), m_services.phones(), m_services.clock(), m_session->actor().login, this)) {
        comments->setAttribute(Qt::WA_DeleteOnClose);
        comments->show();
    }
}

void MainWindow::closeCallTab()
{
    if (m_callArea->closeCurrentCall())
        return;
    if (!m_callArea->currentPanel())
        return;
    const auto answer = QMessageBox::question(this, tr("Close call tab"),
                                              tr("This call has not ended. Close its tab anyway?"));
    if (answer == QMessageBox::Yes)
        m_callArea->closeCurrentCall(true);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The consignes editor asks about its unsaved edits first; Cancel there keeps the console open.
    if (m_editor && m_editor->isVisible() && !m_editor->close()) {
        event->ignore();
        return;
    }
    m_settings.setValue(settings::windowGeometry, saveGeometry());
    m_settings.setValue(settings::windowState, saveState());
    event->accept();
}

} // namespace relais

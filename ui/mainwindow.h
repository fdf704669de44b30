// The console's main window. It only assembles: the call tabs in the centre, the recent messages in
// a dock, the status bar, and the actions from the registry. Each area is its own class.
#pragma once

#include "security/session.h" // the unique_ptr<Session> parameter is destroyed by callers

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDockWidget;

namespace relais {

class ActionRegistry;
class AuditLogView;
class CallArea;
class CallController;
class ConsoleServices;
class EditorChangedSince;
class EditorWindow;
class MessageDetailDialog;
class FollowUpView;
class MessageSearchView;
class RecentMessagesModel;
class Session;
class Settings;
class StatusBarView;
class SupervisionWindow;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // `session`: who signed in and their guards; null: sign-in off (no user accounts), the desk's
    // configured login with every right, as before accounts existed.
    MainWindow(ConsoleServices &services, Settings &settings, std::unique_ptr<Session> session = {},
               QWidget *parent = nullptr);
    ~MainWindow() override;

    const ActionRegistry &actionRegistry() const { return *m_actions; }
    CallArea &callArea() const { return *m_callArea; }
    StatusBarView &statusView() const { return *m_statusView; }

    // Messages saved here that the shared database does not have yet (set by whoever syncs).
    void setPendingSyncCount(int count);
    // Reloads the recent messages table from the store.
    void refreshRecentMessages();
    // Opens (or brings forward) the consignes editor window; Ctrl+E.
    EditorWindow *openConsignesEditor();
    // Shows the message search dock with the cursor in its field; Ctrl+F.
    void openMessageSearch();
    // Opens a stored message in its read view (history, Amend); nullptr when it cannot be read.
    MessageDetailDialog *openMessage(const QString &messageId);
    // Opens (or brings forward) the supervision window (review queue, dashboard); Ctrl+Shift+S.
    SupervisionWindow *openSupervision();
    // Opens the audit log (admins only: refused in core for anyone else); Ctrl+Shift+L.
    AuditLogView *openAuditLog();
    Session &session() const { return *m_session; }
    FollowUpView &followUpView() const { return *m_followUps; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupActions();
    void setupCallArea();
    void setupRecentMessages();
    void setupMessageSearch();
    void setupMenusAndToolBar();
    void setupStatusBar();
    void restoreLayout();
    void closeCallTab();
    void showReviewComments();
    void applyRole();

    ConsoleServices &m_services;
    Settings &m_settings;
    std::unique_ptr<Session> m_session;
    FollowUpView *m_followUps = nullptr;
    ActionRegistry *m_actions = nullptr;
    CallArea *m_callArea = nullptr;
    CallController *m_calls = nullptr;
    RecentMessagesModel *m_recentModel = nullptr;
    MessageSearchView *m_search = nullptr;
    QDockWidget *m_recentDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    StatusBarView *m_statusView = nullptr;
    EditorChangedSince *m_changedSince = nullptr;
    QPointer<EditorWindow> m_editor;
    QPointer<SupervisionWindow> m_supervision;
    QPointer<AuditLogView> m_auditLog;
    QAction *m_auditLogAction = nullptr;
};

} // namespace relais

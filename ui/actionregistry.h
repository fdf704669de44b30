// Every command of the main window in one list, with its shortcut and objectName, so menus, the
// toolbar, a future F1 shortcut overlay and the tests all read the same table.
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace relais {

class ActionRegistry final : public QObject
{
    Q_OBJECT
public:
    // The actions are added to `window` so their shortcuts work wherever the focus is in it.
    explicit ActionRegistry(QWidget *window);

    QAction *simulateCall() const { return m_simulateCall; }       // F9
    QAction *closeCallTab() const { return m_closeCallTab; }       // Ctrl+W
    QAction *quit() const { return m_quit; }                       // Ctrl+Q
    QAction *editConsignes() const { return m_editConsignes; }     // Ctrl+E
    QAction *searchMessages() const { return m_searchMessages; }   // Ctrl+F
    QAction *openFollowUps() const { return m_openFollowUps; }     // F8
    QAction *openSupervision() const { return m_openSupervision; } // Ctrl+Shift+S
    QAction *greetingLarger() const { return m_greetingLarger; }   // Ctrl++
    QAction *greetingSmaller() const { return m_greetingSmaller; } // Ctrl+-
    QAction *greetingReset() const { return m_greetingReset; }     // Ctrl+0
    QAction *showShortcuts() const { return m_showShortcuts; }     // F1

    // In display order: what an overlay lists and what a test iterates.
    const QList<QAction *> &all() const { return m_all; }

private:
    QAction *add(const char *objectName, const QString &text, const QKeySequence &shortcut,
                 const QString &statusTip);

    QWidget *m_window;
    QList<QAction *> m_all;
    QAction *m_simulateCall = nullptr;
    QAction *m_closeCallTab = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_editConsignes = nullptr;
    QAction *m_searchMessages = nullptr;
    QAction *m_openFollowUps = nullptr;
    QAction *m_openSupervision = nullptr;
    QAction *m_greetingLarger = nullptr;
    QAction *m_greetingSmaller = nullptr;
    QAction *m_greetingReset = nullptr;
    QAction *m_showShortcuts = nullptr;
};

} // namespace relais

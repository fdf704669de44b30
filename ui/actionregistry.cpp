// The main window's actions (see actionregistry.h).
#include "actionregistry.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace relais {

ActionRegistry::ActionRegistry(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_simulateCall = add("actionSimulateCall", tr("Simulate a call"), QKeySequence(Qt::Key_F9),
                         tr("Ring a simulated call to a demo client now"));
    m_closeCallTab = add("actionCloseCallTab", tr("Close call tab"), QKeySequence(Qt::CTRL | Qt::Key_W),
                         tr("Close the current call's tab"));
    m_editConsignes = add("actionEditConsignes", tr("Edit consignes…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                          tr("Open the consignes editor: create and change client accounts"));
    m_searchMessages = add("actionSearchMessages", tr("Search messages…"), QKeySequence(Qt::CTRL | Qt::Key_F),
                           tr("Search the messages by caller number, name or words"));
    // F8: F9 already rings a simulated call.
    m_openFollowUps =
        add("actionFollowUps", tr("Follow-up list"), QKeySequence(Qt::Key_F8),
            tr("Callbacks to make and deliveries to see to, by deadline; Enter dials a callback"));
    m_openSupervision =
        add("actionSupervision", tr("Supervision…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
            tr("Open the supervision window: review queue and dashboard"));
    m_greetingLarger =
        add("actionGreetingLarger", tr("Larger greeting text"), QKeySequence(Qt::CTRL | Qt::Key_Plus),
            tr("Make the greeting to read aloud larger (remembered)"));
    m_greetingSmaller =
        add("actionGreetingSmaller", tr("Smaller greeting text"), QKeySequence(Qt::CTRL | Qt::Key_Minus),
            tr("Make the greeting to read aloud smaller (remembered)"));
    // Ctrl+= too: on many keyboards "+" needs Shift, and operators press the key they see first.
    m_greetingLarger->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_greetingReset =
        add("actionGreetingReset", tr("Default greeting size"), QKeySequence(Qt::CTRL | Qt::Key_0),
            tr("Put the greeting back to its default size"));
    m_showShortcuts = add("actionShowShortcuts", tr("Keyboard shortcuts"), QKeySequence(Qt::Key_F1),
                          tr("List every action and its shortcut; type to search"));
    m_quit = add("actionQuit", tr("Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), tr("Quit Relais"));
    m_quit->setMenuRole(QAction::QuitRole);
}

QAction *ActionRegistry::add(const char *objectName, const QString &text, const QKeySequence &shortcut,
                             const QString &statusTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setStatusTip(statusTip);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    m_window->addAction(action);
    m_all.append(action);
    return action;
}

} // namespace relais

// The F1 help overlay: every action of the main window with its shortcut, grouped by the menu it is
// in, filtered as the operator types; Esc (or F1 again) closes it. It reads the ActionRegistry each
// time it opens, so an action added to the registry is listed without touching this file.
#pragma once

#include <QFrame>
#include <QPointer>

class QLineEdit;
class QTreeWidget;

namespace relais {

class ActionRegistry;

class ShortcutsOverlay final : public QFrame
{
    Q_OBJECT
public:
    // Shown over `window` (its parent), opened by the registry's F1 action.
    ShortcutsOverlay(const ActionRegistry &actions, QWidget *window);

    // Fills the list from the registry, shows the overlay and puts the cursor in its search field.
    void open();
    // Opens when closed, closes when open (F1 twice).
    void toggle();
    // Hides the overlay and gives the focus back to where it was.
    void dismiss();
    // Hides the rows that do not contain every word of `text` (in the action's name or its keys).
    void filter(const QString &text);

    QTreeWidget *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fill();
    void place();

    const ActionRegistry &m_actions;
    QLineEdit *m_search;
    QTreeWidget *m_list;
    QPointer<QWidget> m_returnFocus;
};

} // namespace relais

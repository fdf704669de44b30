// The F1 help overlay (see shortcutsoverlay.h).
#include "shortcutsoverlay.h"

#include "actionregistry.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relais {
namespace {

constexpr int kMargin = 40;

QString withoutMnemonic(QString text)
{
    // "&Calls" → "Calls"; a literal "&&" stays one "&".
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString keysText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

// The menu an action sits in names its group; an action in no menu is a window command.
QString groupOf(const QAction *action)
{
    for (QObject *object : action->associatedObjects())
        if (const auto *menu = qobject_cast<const QMenu *>(object))
            return withoutMnemonic(menu->title());
    return QString();
}

} // namespace

ShortcutsOverlay::ShortcutsOverlay(const ActionRegistry &actions, QWidget *window)
    : QFrame(window)
    , m_actions(actions)
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsOverlay"));
    setAccessibleName(tr("Keyboard shortcuts"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true); // the window's own background: right in light and dark themes
    auto *title = new QLabel(tr("Keyboard shortcuts"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSize(bold.pointSize() + 3);
    title->setFont(bold);
    auto *hint = new QLabel(tr("Type to search. Esc or F1 closes this list."), this);
    m_search->setObjectName(QStringLiteral("shortcutsSearch"));
    m_search->setAccessibleName(tr("Search the shortcuts"));
    m_search->setPlaceholderText(tr("Search an action or a key…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Actions and their shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus); // typing always goes to the search field
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsOverlay::filter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    window->installEventFilter(this); // follows the window's size
    hide();
}

void ShortcutsOverlay::fill()
{
    m_list->clear();
    QList<QTreeWidgetItem *> groups;
    const auto group = [&](const QString &name) {
        for (QTreeWidgetItem *item : std::as_const(groups))
            if (item->text(0) == name)
                return item;
        auto *item = new QTreeWidgetItem(m_list, {name});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        groups.append(item);
        return item;
    };
    for (const QAction *action : m_actions.all()) {
        const QString menu = groupOf(action);
        QTreeWidgetItem *parent = group(menu.isEmpty() ? tr("Window") : menu);
        QString text = withoutMnemonic(action->text());
        if (!action->isEnabled())
            text += QStringLiteral(" ") + tr("(not available now)");
        auto *row = new QTreeWidgetItem(parent, {text, keysText(action)});
        row->setData(0, Qt::UserRole, action->objectName());
        row->setToolTip(0, action->statusTip());
        if (!action->isEnabled())
            row->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    // Keys handled inside the message form and the call tabs: not actions, but the operator uses
    // them all day, so they are listed with the rest.
    const struct
    {
        QString text;
        QString keys;
    } formKeys[] = {
        {tr("Next field / previous field"), tr("Tab / Shift+Tab")},
        {tr("Save the message"), QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)},
        {tr("Put the call through as the procedure says"),
         QKeySequence(Qt::Key_F6).toString(QKeySequence::NativeText)},
        {tr("Confirm the urgency action"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A).toString(QKeySequence::NativeText)},
        {tr("Back one field (clears nothing)"),
         QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)},
        {tr("Open a list of choices"),
         QKeySequence(Qt::ALT | Qt::Key_Down).toString(QKeySequence::NativeText)},
        {tr("Next call tab / previous call tab"),
         QKeySequence(Qt::CTRL | Qt::Key_Tab).toString(QKeySequence::NativeText) + QStringLiteral(" / ") +
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab).toString(QKeySequence::NativeText)},
    };
    QTreeWidgetItem *form = group(tr("Message form"));
    for (const auto &key : formKeys)
        new QTreeWidgetItem(form, {key.text, key.keys});
    QTreeWidgetItem *followUps = group(tr("Follow-up list"));
    new QTreeWidgetItem(followUps, {tr("Dial the callback"),
                                    QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)});
    new QTreeWidgetItem(followUps, {tr("Acknowledge the delivery (confirmed by phone)"),
                                    QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText)});
    m_list->expandAll();
}

void ShortcutsOverlay::filter(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        bool anyShown = false;
        for (int r = 0; r < group->childCount(); ++r) {
            QTreeWidgetItem *row = group->child(r);
            const QString haystack = group->text(0) + QLatin1Char(' ') + row->text(0) + QLatin1Char(' ') +
                                     row->text(1) + QLatin1Char(' ') + row->toolTip(0);
            bool matches = true;
            for (const QString &word : words)
                matches = matches && haystack.contains(word, Qt::CaseInsensitive);
            row->setHidden(!matches);
            anyShown = anyShown || matches;
        }
        group->setHidden(!anyShown);
    }
}

void ShortcutsOverlay::open()
{
    if (!isVisible())
        m_returnFocus = QApplication::focusWidget();
    fill();
    m_search->clear();
    filter(QString());
    place();
    show();
    raise();
    m_search->setFocus(Qt::ShortcutFocusReason);
}

void ShortcutsOverlay::toggle()
{
    if (isVisible())
        dismiss();
    else
        open();
}

void ShortcutsOverlay::dismiss()
{
    hide();
    // Back where the operator was typing: the help never costs them their place in the form.
    if (m_returnFocus)
        m_returnFocus->setFocus(Qt::OtherFocusReason);
    m_returnFocus = nullptr;
}

void ShortcutsOverlay::place()
{
    const QWidget *window = parentWidget();
    setGeometry(window->rect().adjusted(kMargin, kMargin, -kMargin, -kMargin));
}

bool ShortcutsOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        dismiss();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void ShortcutsOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace relais

// The F1 overlay lists what the ActionRegistry holds, filters as the operator types, and Esc gives the
// focus back; the greeting's size follows Ctrl++ / Ctrl+- / Ctrl+0 and is remembered.
#include "keyboardconsole.h"

#include "actionregistry.h"
#include "callarea.h"
#include "greetingzoom.h"
#include "poppanel.h"
#include "shortcutsoverlay.h"
#include "support/keyboardinput.h"
#include "support/testsupport.h"
#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTreeWidget>

using namespace relais;
using namespace relais::test;

namespace {

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

QList<QTreeWidgetItem *> visibleRows(const QTreeWidget *list)
{
    QList<QTreeWidgetItem *> rows;
    for (int g = 0; g < list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = list->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r)
            if (!group->isHidden() && !group->child(r)->isHidden())
                rows << group->child(r);
    }
    return rows;
}

ShortcutsOverlay *overlay(const MainWindow &window)
{
    auto *found = window.findChild<ShortcutsOverlay *>(QStringLiteral("shortcutsOverlay"));
    REQUIRE(found != nullptr);
    return found;
}

} // namespace

TEST_CASE("F1 lists every registered action with its shortcut")
{
    KeyboardConsole console;
    console.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(console.window.get()));
    ShortcutsOverlay *help = overlay(*console.window);
    CHECK_FALSE(help->isVisible());

    QTest::keyClick(focused(), Qt::Key_F1);
    REQUIRE(help->isVisible());
    CHECK(focused() == help->searchField());

    const QList<QAction *> &actions = console.window->actionRegistry().all();
    REQUIRE(actions.size() >= 6);
    const QList<QTreeWidgetItem *> rows = visibleRows(help->list());
    for (const QAction *action : actions) {
        INFO("action " << action->objectName().toStdString());
        REQUIRE_FALSE(action->shortcut().isEmpty()); // an action without a key is not reachable
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        bool listed = false;
        for (const QTreeWidgetItem *row : rows)
            listed = listed || (row->data(0, Qt::UserRole).toString() == action->objectName() &&
                                row->text(0).startsWith(withoutMnemonic(action->text())) &&
                                row->text(1).contains(keys));
        CHECK(listed);
    }
    // Grouped by the menu each action sits in.
    QStringList groups;
    for (int g = 0; g < help->list()->topLevelItemCount(); ++g)
        groups << help->list()->topLevelItem(g)->text(0);
    CHECK(groups.contains(QStringLiteral("Calls")));
    CHECK(groups.contains(QStringLiteral("Message form")));
}

TEST_CASE("typing in the F1 overlay filters it and Esc gives the focus back")
{
    KeyboardConsole console;
    console.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(console.window.get()));
    console.offer(QStringLiteral("call-help"));
    REQUIRE(waitUntil([] { return QApplication::focusWidget() != nullptr; }));
    QWidget *before = focused();
    CHECK(before->objectName() == QStringLiteral("formInput_name"));

    QTest::keyClick(before, Qt::Key_F1);
    ShortcutsOverlay *help = overlay(*console.window);
    REQUIRE(help->isVisible());
    QTest::keyClicks(focused(), QStringLiteral("greeting"));
    const QList<QTreeWidgetItem *> rows = visibleRows(help->list());
    REQUIRE(rows.size() == 3);
    for (const QTreeWidgetItem *row : rows)
        CHECK(row->text(0).contains(QStringLiteral("greeting"), Qt::CaseInsensitive));

    QTest::keyClicks(focused(), QStringLiteral(" nothing-like-this"));
    CHECK(visibleRows(help->list()).isEmpty());

    QTest::keyClick(focused(), Qt::Key_Escape);
    CHECK_FALSE(help->isVisible());
    CHECK(focused() == before);
}

TEST_CASE("Ctrl++ and Ctrl+- size the greeting for the next pops too and Ctrl+0 resets it")
{
    KeyboardConsole console;
    console.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(console.window.get()));
    console.offer(QStringLiteral("call-zoom-1"));
    PopPanel *panel = console.window->callArea().panel(QStringLiteral("call-zoom-1"));
    REQUIRE(panel != nullptr);
    const int start = console.settings->value(settings::greetingFontPoints);
    CHECK(panel->greetingFontPoints() == start);

    QTest::keyClick(focused(), Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(focused(), Qt::Key_Equal, Qt::ControlModifier);
    CHECK(panel->greetingFontPoints() == start + 2 * GreetingZoom::kStep);
    CHECK(console.settings->value(settings::greetingFontPoints) == start + 2 * GreetingZoom::kStep);
    QTest::keyClick(focused(), Qt::Key_Minus, Qt::ControlModifier);
    CHECK(panel->greetingFontPoints() == start + GreetingZoom::kStep);

    // The next call's pop (made ahead of time) has the operator's size too.
    console.offer(QStringLiteral("call-zoom-2"));
    PopPanel *next = console.window->callArea().panel(QStringLiteral("call-zoom-2"));
    REQUIRE(next != nullptr);
    CHECK(next->greetingFontPoints() == start + GreetingZoom::kStep);

    QTest::keyClick(focused(), Qt::Key_0, Qt::ControlModifier);
    CHECK(next->greetingFontPoints() == settings::greetingFontPoints.defaultValue);

    // Never below or above what can be read.
    for (int i = 0; i < 30; ++i)
        QTest::keyClick(focused(), Qt::Key_Minus, Qt::ControlModifier);
    CHECK(next->greetingFontPoints() == GreetingZoom::kMinPoints);
}

TEST_CASE("the window's size and its docks come back as they were left")
{
    KeyboardConsole console;
    console.window->resize(720, 520);
    console.window->openMessageSearch();
    REQUIRE(waitUntil([&] { return console.window->size() == QSize(720, 520); }, 1000));
    console.window->close();
    CHECK_FALSE(console.settings->value(settings::windowGeometry).isEmpty());
    CHECK_FALSE(console.settings->value(settings::windowState).isEmpty());

    // A second window over the same settings: as the first one was closed.
    MainWindow again(*console.services, *console.settings);
    again.show();
    REQUIRE(waitUntil([&] { return again.size() == QSize(720, 520); }, 1000));
}

// The main window driven as an operator would: actions found by objectName, pops read from labels.
#include "uifixture.h"

#include "actionregistry.h"
#include "callarea.h"
#include "poppanel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTest>

using namespace relais;
using namespace relais::test;

namespace {

QAction *action(const MainWindow &window, const char *objectName)
{
    auto *found = window.findChild<QAction *>(QLatin1String(objectName));
    INFO("action " << objectName);
    REQUIRE(found != nullptr);
    return found;
}

QTabWidget *tabs(const MainWindow &window)
{
    auto *found = window.findChild<QTabWidget *>(QStringLiteral("callTabs"));
    REQUIRE(found != nullptr);
    return found;
}

PopPanel *panelAt(const MainWindow &window, int index)
{
    auto *panel = qobject_cast<PopPanel *>(tabs(window)->widget(index));
    REQUIRE(panel != nullptr);
    return panel;
}

bool anyContains(const QStringList &texts, const QString &needle)
{
    for (const QString &text : texts)
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

TEST_CASE("the simulate action pops the dialed number's client with its greeting")
{
    ConsoleFixture console;
    QAction *simulate = action(*console.window, "actionSimulateCall");
    REQUIRE(simulate->isEnabled());
    CHECK(simulate->shortcut() == QKeySequence(Qt::Key_F9));

    simulate->trigger();
    REQUIRE(waitUntil([&] { return tabs(*console.window)->count() == 1; }));

    PopPanel *panel = panelAt(*console.window, 0);
    const QString dialed = panel->pop().dialedNumber;
    REQUIRE((dialed == kLeroyNumber || dialed == kMartinNumber));
    const bool leroy = dialed == kLeroyNumber;
    CHECK(label(panel, "popClientName")->text() == (leroy ? kLeroyName : kMartinName));
    CHECK(label(panel, "popGreeting")->text() == (leroy ? kLeroyGreeting : kMartinGreeting));
    CHECK(label(panel, "popClientName")->isVisibleTo(panel));
    CHECK_FALSE(label(panel, "popUnknownBanner")->isVisibleTo(panel));
    CHECK(tabs(*console.window)->tabText(0).startsWith(leroy ? kLeroyName : kMartinName));
}

TEST_CASE("a known client's pop shows its checklist, rules, FAQ and what to say")
{
    ConsoleFixture console;
    console.offer(QStringLiteral("call-1"), QStringLiteral("01 42 68 53 00"),
                  QStringLiteral("06 11 22 33 44"));
    PopPanel *panel = panelAt(*console.window, 0);

    CHECK(label(panel, "popClientSector")->text() == QStringLiteral("Médical"));
    CHECK(label(panel, "popDialed")->text().contains(QStringLiteral("01 42 68 53 00")));
    CHECK(label(panel, "popKnownContact")->text().contains(QStringLiteral("Dr Paul Leroy")));
    CHECK(label(panel, "popCallState")->text() == QStringLiteral("Ringing"));

    auto *checklist = panel->findChild<QListWidget *>(QStringLiteral("popChecklist"));
    REQUIRE(checklist->count() == 3);
    CHECK(checklist->item(0)->text().startsWith(QStringLiteral("Nom du patient *")));
    CHECK(checklist->item(0)->text().contains(QStringLiteral("épelez si besoin")));
    CHECK(checklist->item(2)->text().startsWith(QStringLiteral("Motif\n")));

    CHECK(label(panel, "popSay")->text().contains(QStringLiteral("prochain créneau libre")));
    CHECK(label(panel, "popNeverSay")->text().contains(QStringLiteral("Un avis médical")));
    CHECK(panel->findChild<QListWidget *>(QStringLiteral("popFaq"))->count() == 2);
}

TEST_CASE("an unknown dialed number pops as unknown and names no client")
{
    ConsoleFixture console;
    console.offer(QStringLiteral("call-x"), QStringLiteral("03 87 00 00 00"));
    REQUIRE(tabs(*console.window)->count() == 1);
    PopPanel *panel = panelAt(*console.window, 0);

    QLabel *banner = label(panel, "popUnknownBanner");
    CHECK(banner->isVisibleTo(panel));
    CHECK(banner->text().contains(QStringLiteral("03 87 00 00 00")));
    CHECK_FALSE(label(panel, "popClientName")->isVisibleTo(panel));
    const QStringList seen = visibleTexts(console.window.get());
    CHECK_FALSE(anyContains(seen, QStringLiteral("Leroy")));
    CHECK_FALSE(anyContains(seen, kMartinName));
    CHECK(tabs(*console.window)->tabText(0).startsWith(QStringLiteral("Unknown")));
}

TEST_CASE("the simulator's unknown numbers pop as unknown too")
{
    ConsoleFixture console({.unknownNumberRate = 1.0});
    action(*console.window, "actionSimulateCall")->trigger();
    REQUIRE(waitUntil([&] { return tabs(*console.window)->count() == 1; }));
    PopPanel *panel = panelAt(*console.window, 0);
    CHECK_FALSE(panel->pop().isKnownClient());
    CHECK(label(panel, "popUnknownBanner")->isVisibleTo(panel));
    CHECK_FALSE(anyContains(visibleTexts(panel), QStringLiteral("Leroy")));
}

TEST_CASE("picking a client by hand for an unknown call re-renders the same tab")
{
    ConsoleFixture console;
    console.offer(QStringLiteral("call-x"), QStringLiteral("03 87 00 00 00"));
    PopPanel *panel = panelAt(*console.window, 0);

    auto *search = panel->findChild<QLineEdit *>(QStringLiteral("clientPickerSearch"));
    REQUIRE(search != nullptr);
    QTest::keyClicks(search, QStringLiteral("leroy"));
    auto *results = panel->findChild<QListWidget *>(QStringLiteral("clientPickerResults"));
    REQUIRE(results->count() >= 1);
    CHECK(results->item(0)->text().contains(kLeroyName));
    QTest::keyClick(search, Qt::Key_Return);

    REQUIRE(tabs(*console.window)->count() == 1);
    CHECK(panelAt(*console.window, 0) == panel); // built once, filled again
    CHECK(label(panel, "popClientName")->text() == kLeroyName);
    CHECK(label(panel, "popClientName")->isVisibleTo(panel));
    CHECK_FALSE(label(panel, "popUnknownBanner")->isVisibleTo(panel));
    CHECK(label(panel, "popGreeting")->text() == kLeroyGreeting);
    CHECK(tabs(*console.window)->tabText(0).startsWith(kLeroyName));
}

TEST_CASE("a second call gets its own tab and the first stays intact")
{
    ConsoleFixture console;
    console.offer(QStringLiteral("call-1"), kLeroyNumber);
    console.report(CallEvent::Kind::Answered, QStringLiteral("call-1"));
    console.offer(QStringLiteral("call-2"), kMartinNumber);

    REQUIRE(tabs(*console.window)->count() == 2);
    PopPanel *first = panelAt(*console.window, 0);
    PopPanel *second = panelAt(*console.window, 1);
    CHECK(label(first, "popClientName")->text() == kLeroyName);
    CHECK(label(first, "popGreeting")->text() == kLeroyGreeting);
    CHECK(label(first, "popCallState")->text() == QStringLiteral("In progress"));
    CHECK(label(second, "popClientName")->text() == kMartinName);
    CHECK(label(second, "popCallState")->text() == QStringLiteral("Ringing"));
    // The operator is talking on the first call: the ringing one does not take the screen.
    CHECK(tabs(*console.window)->currentIndex() == 0);
}

TEST_CASE("an ended call's tab stays until the operator closes it with Ctrl+W")
{
    ConsoleFixture console;
    console.offer(QStringLiteral("call-1"), kLeroyNumber);
    QAction *close = action(*console.window, "actionCloseCallTab");
    CHECK(close->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_W));
    CHECK_FALSE(console.window->callArea().closeCurrentCall()); // still ringing: refused

    console.report(CallEvent::Kind::Answered, QStringLiteral("call-1"));
    console.report(CallEvent::Kind::Ended, QStringLiteral("call-1"));
    REQUIRE(tabs(*console.window)->count() == 1);
    CHECK(label(panelAt(*console.window, 0), "popCallState")->text() == QStringLiteral("Ended"));

    console.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(console.window.get()));
    QTest::keyClick(console.window.get(), Qt::Key_W, Qt::ControlModifier);
    CHECK(tabs(*console.window)->count() == 0);
    CHECK_FALSE(close->isEnabled());
}

TEST_CASE("events for a call that never rang here change nothing")
{
    ConsoleFixture console;
    console.report(CallEvent::Kind::Answered, QStringLiteral("elsewhere"));
    console.report(CallEvent::Kind::Ended, QStringLiteral("elsewhere"));
    CHECK(tabs(*console.window)->count() == 0);
}

TEST_CASE("the action registry lists every action with its shortcut and objectName")
{
    ConsoleFixture console;
    QStringList names;
    for (const QAction *a : console.window->actionRegistry().all()) {
        names << a->objectName();
        CHECK_FALSE(a->shortcut().isEmpty());
        CHECK(console.window->actions().contains(const_cast<QAction *>(a)));
    }
    CHECK(names == QStringList{QStringLiteral("actionSimulateCall"), QStringLiteral("actionCloseCallTab"),
                               QStringLiteral("actionEditConsignes"), QStringLiteral("actionSearchMessages"),
                               QStringLiteral("actionFollowUps"), QStringLiteral("actionSupervision"),
                               QStringLiteral("actionGreetingLarger"),
                               QStringLiteral("actionGreetingSmaller"), QStringLiteral("actionGreetingReset"),
                               QStringLiteral("actionShowShortcuts"), QStringLiteral("actionQuit")});
    CHECK(action(*console.window, "actionQuit")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q));
}

TEST_CASE("the status bar shows the call source, the database and the messages waiting")
{
    ConsoleFixture console;
    CHECK(label(console.window.get(), "statusCti")->text() == QStringLiteral("Simulator"));
    const QString database = label(console.window.get(), "statusDatabase")->text();
    CHECK(database.startsWith(QStringLiteral("SQLite")));
    CHECK(database.contains(QStringLiteral("relais.db")));
    CHECK(label(console.window.get(), "statusPendingSync")->text() == QStringLiteral("0 waiting to sync"));
    console.window->setPendingSyncCount(3);
    CHECK(label(console.window.get(), "statusPendingSync")->text() == QStringLiteral("3 waiting to sync"));
}

TEST_CASE("with an Asterisk source the simulate action is off and says why")
{
    ConsoleFixture console({.ctiUrl = QStringLiteral("ami://relais:secret@127.0.0.1:1?device=PJSIP/201")});
    QAction *simulate = action(*console.window, "actionSimulateCall");
    CHECK_FALSE(simulate->isEnabled());
    CHECK(simulate->toolTip().contains(QStringLiteral("sim://")));
    CHECK(label(console.window.get(), "statusCti")->text().startsWith(QStringLiteral("Asterisk")));
}

// What a screen reader gets: every input the Tab key reaches in the pop, the message form and the
// search view has a name, and a pop is announced (name changed, then an alert) when the call rings.
#include "keyboardconsole.h"

#include "callarea.h"
#include "poppanel.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QAccessible>
#include <QApplication>
#include <QTest>

#include <vector>

using namespace relais;
using namespace relais::test;

namespace {

bool isInside(const QWidget *widget, const QStringList &areas)
{
    for (const QWidget *w = widget; w; w = w->parentWidget())
        if (areas.contains(w->objectName()))
            return true;
    return false;
}

struct Heard
{
    QAccessible::Event type;
    QString objectName;
    QString name;
};

std::vector<Heard> &heard()
{
    static std::vector<Heard> events;
    return events;
}

void listen(QAccessibleEvent *event)
{
    QObject *object = event->object();
    QAccessibleInterface *iface = event->accessibleInterface();
    heard().push_back({event->type(), object ? object->objectName() : QString(),
                       iface ? iface->text(QAccessible::Name) : QString()});
}

} // namespace

TEST_CASE("every input in the focus chain of the pop, form and search has an accessible name")
{
    KeyboardConsole console;
    console.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(console.window.get()));
    console.offer(QStringLiteral("call-a11y"));
    console.window->openMessageSearch();
    REQUIRE(waitUntil([] { return QApplication::focusWidget() != nullptr; }));

    const QStringList areas{QStringLiteral("messageForm"), QStringLiteral("popPanel"),
                            QStringLiteral("messageSearch")};
    int checked = 0;
    QWidget *start = console.window.get();
    QWidget *w = start->nextInFocusChain();
    for (int guard = 0; w != start && guard < 2000; ++guard, w = w->nextInFocusChain()) {
        const bool reachable =
            (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled() && !w->focusProxy();
        if (!reachable || !isInside(w, areas))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        REQUIRE(iface != nullptr);
        INFO("widget " << w->metaObject()->className() << " " << w->objectName().toStdString());
        CHECK_FALSE(iface->text(QAccessible::Name).trimmed().isEmpty());
        ++checked;
    }
    // Five checklist inputs, the caller's words, the form's buttons, the FAQ filter, the search field.
    CHECK(checked >= 9);
}

TEST_CASE("a pop is announced to screen readers with the client's name")
{
    KeyboardConsole console;
    heard().clear();
    QAccessible::installUpdateHandler(listen);
    QAccessible::setActive(true);
    console.offer(QStringLiteral("call-announce"));
    QAccessible::setActive(false);
    QAccessible::installUpdateHandler(nullptr);

    PopPanel *panel = console.window->callArea().panel(QStringLiteral("call-announce"));
    REQUIRE(panel != nullptr);
    CHECK(panel->accessibleName().contains(QStringLiteral("Dupont Plomberie")));
    CHECK(panel->accessibleDescription().contains(QStringLiteral("Dupont Plomberie, Camille")));

    bool named = false;
    bool alerted = false;
    for (const Heard &event : heard()) {
        if (event.objectName != QStringLiteral("popPanel"))
            continue;
        named = named || (event.type == QAccessible::NameChanged &&
                          event.name.contains(QStringLiteral("Dupont Plomberie")));
        alerted = alerted || event.type == QAccessible::Alert;
    }
    // Without a platform accessibility bridge (offscreen) no event is delivered at all: then only the
    // name and description above can be checked.
    if (!heard().empty()) {
        CHECK(named);
        CHECK(alerted);
    }
}

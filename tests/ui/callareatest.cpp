// A ringing call's pop in two parts: what is read on pick-up in the first frame, the reference
// column and the message form on the event loop's next turn.
#include "uifixture.h"

#include "callarea.h"
#include "cti/ctisource.h"
#include "messageform.h"
#include "poppanel.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace relais;
using namespace relais::test;

namespace {

// Rings without completing the pop, as the call source does.
void ring(ConsoleFixture &console, const QString &callId, const QString &dialed)
{
    CallEvent event;
    event.kind = CallEvent::Kind::Offered;
    event.callId = callId;
    event.dialedNumber = dialed;
    event.callerNumber = QStringLiteral("0612345678");
    event.time = console.clock->now();
    Q_EMIT console.services->cti().callEvent(event);
}

QListWidget *list(const QWidget *parent, const char *objectName)
{
    auto *found = parent->findChild<QListWidget *>(QLatin1String(objectName));
    REQUIRE(found != nullptr);
    return found;
}

} // namespace

TEST_CASE("a ringing call's first frame holds the greeting, checklist and rules, the rest follows")
{
    ConsoleFixture console;
    CallArea &area = console.window->callArea();
    QSignalSpy completed(&area, &CallArea::popCompleted);
    ring(console, QStringLiteral("call-1"), kLeroyNumber);

    PopPanel *panel = area.panel(QStringLiteral("call-1"));
    REQUIRE(panel != nullptr);
    CHECK(label(panel, "popGreeting")->text() == kLeroyGreeting);
    CHECK(list(panel, "popChecklist")->count() == 3);
    CHECK_FALSE(label(panel, "popUrgencyRules")->text().isEmpty());
    // Not yet: the reference column and the form's fields.
    CHECK(completed.isEmpty());
    CHECK(list(panel, "popFaq")->count() == 0);
    CHECK(label(panel, "popSay")->text().isEmpty());
    MessageForm *form = area.form(QStringLiteral("call-1"));
    REQUIRE(form != nullptr);
    CHECK(form->findChildren<QWidget *>(QRegularExpression(QStringLiteral("^formInput_"))).isEmpty());

    REQUIRE(completed.wait(2000));
    CHECK(completed.count() == 1);
    CHECK(completed.first().first().toString() == QStringLiteral("call-1"));
    CHECK(list(panel, "popFaq")->count() == 2);
    CHECK(label(panel, "popSay")->text().contains(QStringLiteral("prochain créneau libre")));
    CHECK_FALSE(form->findChildren<QWidget *>(QRegularExpression(QStringLiteral("^formInput_"))).isEmpty());
    CHECK(form->isAncestorOf(QApplication::focusWidget())); // the operator types at once
}

TEST_CASE("a call closed before its pop completes is left alone")
{
    ConsoleFixture console;
    CallArea &area = console.window->callArea();
    QSignalSpy completed(&area, &CallArea::popCompleted);
    ring(console, QStringLiteral("call-1"), kLeroyNumber);
    REQUIRE(area.closeCurrentCall(true));
    CHECK_FALSE(completed.wait(200));
    area.completePop(QStringLiteral("call-1")); // no call of that id any more: nothing happens
    CHECK(completed.isEmpty());
    CHECK(area.callCount() == 0);
}

TEST_CASE("a pop completes once, and a second ring of the same call refills it at once")
{
    ConsoleFixture console;
    CallArea &area = console.window->callArea();
    QSignalSpy completed(&area, &CallArea::popCompleted);
    ring(console, QStringLiteral("call-1"), kLeroyNumber);
    area.completePop(QStringLiteral("call-1"));
    area.completePop(QStringLiteral("call-1"));
    CHECK(completed.count() == 1);
    CHECK_FALSE(completed.wait(200)); // the queued completion finds it done

    // Routed again (a client picked by hand does this): filled whole, no second part to wait for.
    ring(console, QStringLiteral("call-2"), QStringLiteral("03 87 00 00 00"));
    PopPanel *panel = area.panel(QStringLiteral("call-2"));
    REQUIRE(panel != nullptr);
    Pop pop = panel->pop();
    REQUIRE_FALSE(pop.isKnownClient());
    area.completePop(QStringLiteral("call-2"));
    CallEvent offered = *area.offeredEvent(QStringLiteral("call-2"));
    offered.dialedNumber = kLeroyNumber;
    Q_EMIT console.services->cti().callEvent(offered); // same call id: the tab is refilled
    CHECK(list(panel, "popFaq")->count() == 2);
    CHECK(completed.count() == 2);
}

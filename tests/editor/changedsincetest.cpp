// The pop's "consignes changed since your last call" marker, through the real console.
#include "editortestsupport.h"
#include "uifixture.h"

#include "callarea.h"
#include "cti/ctisource.h"
#include "poppanel.h"

#include <catch2/catch.hpp>

#include <QListWidget>

using namespace relais;
using namespace relais::test;

TEST_CASE("a pop after the consignes changed shows what changed since the operator's last call")
{
    ConsoleFixture console;
    console.offer(QStringLiteral("first"), kLeroyNumber);
    PopPanel *first = console.window->callArea().panel(QStringLiteral("first"));
    REQUIRE(first != nullptr);
    CHECK_FALSE(
        child<QPushButton>(first, "popChangedSince")->isVisibleTo(first)); // first call: nothing to compare

    EditorWindow *editor = console.window->openConsignesEditor();
    REQUIRE(editor->openClient(QStringLiteral("CAB-LEROY")));
    retype(child<QLineEdit>(editor, "editorSector"), QStringLiteral("Pediatrie"));
    click(editor, "editorSave");
    REQUIRE(editor->loadedVersion() == 2);

    console.offer(QStringLiteral("second"), kLeroyNumber);
    PopPanel *second = console.window->callArea().panel(QStringLiteral("second"));
    REQUIRE(second != nullptr);
    CHECK(second->pop().consignesVersion == 2);
    auto *marker = child<QPushButton>(second, "popChangedSince");
    CHECK(marker->isVisibleTo(second));
    CHECK(marker->text().startsWith(QStringLiteral("Consignes changed since your last call (v1 → v2)")));
    auto *changes = child<QListWidget>(second, "popChangedSinceList");
    CHECK_FALSE(changes->isVisibleTo(second)); // loaded only when asked
    QTest::mouseClick(marker, Qt::LeftButton);
    CHECK(changes->isVisibleTo(second));
    REQUIRE(changes->count() == 1);
    CHECK(changes->item(0)->text().contains(QStringLiteral("Pediatrie")));

    // Seen now: the next call for the client has no marker.
    console.offer(QStringLiteral("third"), kLeroyNumber);
    PopPanel *third = console.window->callArea().panel(QStringLiteral("third"));
    REQUIRE(third != nullptr);
    CHECK_FALSE(child<QPushButton>(third, "popChangedSince")->isVisibleTo(third));
}

TEST_CASE("the marker is per operator: another login has its own last call")
{
    ConsoleFixture console;
    console.offer(QStringLiteral("first"), kLeroyNumber);
    EditorWindow *editor = console.window->openConsignesEditor();
    REQUIRE(editor->openClient(QStringLiteral("CAB-LEROY")));
    retype(child<QLineEdit>(editor, "editorSector"), QStringLiteral("Pediatrie"));
    click(editor, "editorSave");

    // A different operator at this desk never handled this client: nothing to compare for them.
    console.settings->setValue(settings::operatorLogin, QStringLiteral("dominique"));
    MainWindow other(*console.services, *console.settings);
    CallEvent event;
    event.kind = CallEvent::Kind::Offered;
    event.callId = QStringLiteral("other");
    event.dialedNumber = kLeroyNumber;
    event.time = console.clock->now();
    Q_EMIT console.services->cti().callEvent(event);
    PopPanel *pop = other.callArea().panel(QStringLiteral("other"));
    REQUIRE(pop != nullptr);
    CHECK_FALSE(child<QPushButton>(pop, "popChangedSince")->isVisibleTo(pop));
}

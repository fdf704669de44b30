// Two supervisors editing one client: the second save is refused, nothing of either is lost, and
// either side can be chosen.
#include "editortestsupport.h"
#include "uifixture.h"

#include "routing/clientindex.h"
#include "storage/clientrepository.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QListWidget>

using namespace relais;
using namespace relais::test;

namespace {

const QString kLeroy = QStringLiteral("CAB-LEROY");

int storedVersion(ConsoleServices &services, QString *name = nullptr)
{
    auto latest = services.clients().loadLatest();
    REQUIRE(latest.ok());
    for (const ClientEntry &entry : latest.value()) {
        if (entry.consignes->code == kLeroy) {
            if (name)
                *name = entry.consignes->name;
            return entry.version;
        }
    }
    FAIL("CAB-LEROY is not stored");
    return 0;
}

struct TwoEditors
{
    TwoEditors()
    {
        alice = makeEditor(*console.services, QStringLiteral("alice"));
        bob = makeEditor(*console.services, QStringLiteral("bob"));
        REQUIRE(alice->openClient(kLeroy));
        REQUIRE(bob->openClient(kLeroy));
        retype(child<QLineEdit>(alice.get(), "editorName"), QStringLiteral("Cabinet Leroy (Alice)"));
        retype(child<QLineEdit>(bob.get(), "editorName"), QStringLiteral("Cabinet Leroy (Bob)"));
        click(alice.get(), "editorSave");
        REQUIRE(storedVersion(*console.services) == 2);
        click(bob.get(), "editorSave");
    }

    ConsoleFixture console;
    std::unique_ptr<EditorWindow> alice;
    std::unique_ptr<EditorWindow> bob;
};

} // namespace

TEST_CASE("a save on top of a version saved meanwhile is refused and keeps the edits")
{
    TwoEditors editors;
    EditorWindow *bob = editors.bob.get();
    QString name;
    CHECK(storedVersion(*editors.console.services, &name) == 2);
    CHECK(name == QStringLiteral("Cabinet Leroy (Alice)"));

    const QLabel *message = child<QLabel>(bob, "editorConflictMessage");
    CHECK(child<QWidget>(bob, "editorConflictBox")->isVisible());
    CHECK(message->text().startsWith(QStringLiteral("Version 2 was saved by alice at ")));
    CHECK(message->text().endsWith(
        QStringLiteral(" since you opened this client; your changes are kept — review the differences")));
    // Bob's text is still in his field and the differences from Alice's version are listed.
    CHECK(child<QLineEdit>(bob, "editorName")->text() == QStringLiteral("Cabinet Leroy (Bob)"));
    const QListWidget *changes = child<QListWidget>(bob, "editorChanges");
    REQUIRE(changes->count() == 1);
    CHECK(changes->item(0)->text().contains(QStringLiteral("Cabinet Leroy (Alice)")));
    CHECK(changes->item(0)->text().contains(QStringLiteral("Cabinet Leroy (Bob)")));
}

TEST_CASE("overwrite with mine saves the edits as the version after the one saved meanwhile")
{
    TwoEditors editors;
    click(editors.bob.get(), "editorOverwriteMine");
    QString name;
    CHECK(storedVersion(*editors.console.services, &name) == 3);
    CHECK(name == QStringLiteral("Cabinet Leroy (Bob)"));
    CHECK(editors.bob->loadedVersion() == 3);
    CHECK_FALSE(child<QWidget>(editors.bob.get(), "editorConflictBox")->isVisible());
    const ClientEntry *indexed = editors.console.services->index().findByCode(kLeroy);
    REQUIRE(indexed != nullptr);
    CHECK(indexed->version == 3);
    CHECK(indexed->consignes->name == QStringLiteral("Cabinet Leroy (Bob)"));
}

TEST_CASE("reload theirs shows the version saved meanwhile and saves nothing")
{
    TwoEditors editors;
    click(editors.bob.get(), "editorReloadTheirs");
    CHECK(child<QLineEdit>(editors.bob.get(), "editorName")->text() ==
          QStringLiteral("Cabinet Leroy (Alice)"));
    CHECK(editors.bob->loadedVersion() == 2);
    CHECK(storedVersion(*editors.console.services) == 2);
    CHECK_FALSE(child<QPushButton>(editors.bob.get(), "editorSave")->isEnabled()); // nothing changed
}

// The consignes editor driven like a supervisor does: typing into named fields, reading the issues,
// the preview and the store.
#include "editortestsupport.h"
#include "uifixture.h"

#include "actionregistry.h"
#include "callarea.h"
#include "consignes/consignesjson.h"
#include "poppanel.h"
#include "routing/clientindex.h"
#include "storage/clientrepository.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>

using namespace relais;
using namespace relais::test;

namespace {

const QString kDupontCode = QStringLiteral("BOUL-DUPONT");
const QString kDupontName = QStringLiteral("Boulangerie Dupont");
const QString kDupontE164 = QStringLiteral("+33145678910");

QStringList itemTexts(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

const ClientEntry *storedClient(ConsoleServices &services, const QString &code, QList<ClientEntry> &storage)
{
    auto latest = services.clients().loadLatest();
    REQUIRE(latest.ok());
    storage = latest.value();
    for (const ClientEntry &entry : storage)
        if (entry.consignes->code == code)
            return &entry;
    return nullptr;
}

} // namespace

TEST_CASE("Ctrl+E opens the consignes editor from the console")
{
    ConsoleFixture console;
    QAction *action = nullptr;
    for (QAction *a : console.window->actionRegistry().all())
        if (a->objectName() == QLatin1String("actionEditConsignes"))
            action = a;
    REQUIRE(action != nullptr);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E));
    action->trigger();
    auto *editor = console.window->findChild<EditorWindow *>(QStringLiteral("editorWindow"));
    REQUIRE(editor != nullptr);
    CHECK(editor->isVisible());
    // The client list shows the console's clients.
    CHECK(child<QListWidget>(editor, "editorClientList")->count() == 2);
}

TEST_CASE("a client created through the forms is saved, stored, routed and previewed")
{
    ConsoleFixture console;
    auto editor = makeEditor(*console.services, QStringLiteral("sup"));
    click(editor.get(), "editorNewClient");
    QPushButton *save = child<QPushButton>(editor.get(), "editorSave");
    CHECK_FALSE(save->isEnabled()); // no code, no name yet: the issues say so
    CHECK(child<QListWidget>(editor.get(), "editorIssues")->count() > 0);

    QTest::keyClicks(child<QLineEdit>(editor.get(), "editorCode"), kDupontCode);
    QTest::keyClicks(child<QLineEdit>(editor.get(), "editorName"), kDupontName);
    QTest::keyClicks(child<QLineEdit>(editor.get(), "editorSector"), QStringLiteral("Commerce"));
    QTest::keyClicks(child<QPlainTextEdit>(editor.get(), "editorDialedNumbers"),
                     QStringLiteral("01 45 67 89 10"));
    retype(child<QPlainTextEdit>(editor.get(), "editorGreetingOpen"),
           QStringLiteral("{salutation}, {client}, {operator} vous repond."));

    INFO(itemTexts(child<QListWidget>(editor.get(), "editorIssues"))
             .join(QStringLiteral(" | "))
             .toStdString());
    CHECK(editor->issues().isEmpty());
    // The preview is the pop an operator would see now (Tuesday 10:00 in Paris: open).
    const QLabel *greeting = label(child<PopPanel>(editor.get(), "popPanel"), "popGreeting");
    CHECK(greeting->text() == QStringLiteral("Bonjour, Boulangerie Dupont, Camille vous repond."));
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(editor->loadedVersion() == 1);

    QList<ClientEntry> storage;
    const ClientEntry *stored = storedClient(*console.services, kDupontCode, storage);
    REQUIRE(stored != nullptr);
    CHECK(stored->version == 1);
    CHECK(stored->consignes->name == kDupontName);
    CHECK(stored->consignes->dialedNumbers == QStringList{kDupontE164}); // shown national, stored E.164
    CHECK(stored->changedBy == QStringLiteral("sup"));

    // The console's index follows: the next call to the number pops the new client.
    const ClientEntry *indexed = console.services->index().findByDialedNumber(kDupontE164);
    REQUIRE(indexed != nullptr);
    CHECK(indexed->version == 1);
    console.offer(QStringLiteral("call-dupont"), QStringLiteral("0145678910"));
    PopPanel *pop = console.window->callArea().panel(QStringLiteral("call-dupont"));
    REQUIRE(pop != nullptr);
    CHECK(label(pop, "popGreeting")->text() ==
          QStringLiteral("Bonjour, Boulangerie Dupont, Camille vous repond."));
    // What was saved is listed in words.
    CHECK(child<QListWidget>(editor.get(), "editorChanges")->count() > 0);
}

TEST_CASE("an invalid dialed number shows an issue, disables save and its issue leads to its section")
{
    ConsoleFixture console;
    auto editor = makeEditor(*console.services, QStringLiteral("sup"));
    REQUIRE(editor->openClient(QStringLiteral("CAB-LEROY")));
    QPushButton *save = child<QPushButton>(editor.get(), "editorSave");
    auto *numbers = child<QPlainTextEdit>(editor.get(), "editorDialedNumbers");
    CHECK(numbers->toPlainText() == QStringLiteral("01 42 68 53 00")); // national form on screen

    QTest::keyClicks(child<QLineEdit>(editor.get(), "editorSector"), QStringLiteral(" generaliste"));
    CHECK(save->isEnabled());

    numbers->moveCursor(QTextCursor::End);
    numbers->setFocus();
    QTest::keyClick(numbers, Qt::Key_Return);
    QTest::keyClicks(numbers, QStringLiteral("12345"));
    CHECK_FALSE(save->isEnabled());
    auto *issues = child<QListWidget>(editor.get(), "editorIssues");
    REQUIRE(issues->count() == 1);
    CHECK(issues->item(0)->text().startsWith(QStringLiteral("$.dialedNumbers[1] — ")));
    CHECK(issues->item(0)->text().contains(QStringLiteral("12345")));

    auto *tabs = child<QTabWidget>(editor.get(), "editorTabs");
    tabs->setCurrentIndex(3);
    QTest::mouseClick(issues->viewport(), Qt::LeftButton, {},
                      issues->visualItemRect(issues->item(0)).center());
    CHECK(tabs->currentIndex() == 0); // identity holds the dialed numbers

    // A validator issue too: a greeting with an unknown variable.
    QTest::keyClick(numbers, Qt::Key_Backspace);
    numbers->setPlainText(QStringLiteral("01 42 68 53 00"));
    CHECK(save->isEnabled());
    retype(child<QPlainTextEdit>(editor.get(), "editorGreetingClosed"), QStringLiteral("{bonjour} ferme"));
    CHECK_FALSE(save->isEnabled());
    REQUIRE(issues->count() >= 1);
    CHECK(issues->item(0)->text().startsWith(QStringLiteral("$.greetings.closed")));
    QTest::mouseClick(issues->viewport(), Qt::LeftButton, {},
                      issues->visualItemRect(issues->item(0)).center());
    CHECK(tabs->currentIndex() == 2);
}

TEST_CASE("export writes the client on screen and import saves a changed file as a new version")
{
    ConsoleFixture console;
    const QString path = console.dir.filePath(QStringLiteral("leroy.json"));
    EditorFileDialogs dialogs;
    dialogs.saveFile = [&path](QWidget *) { return path; };
    dialogs.openFile = [&path](QWidget *) { return path; };
    auto editor = makeEditor(*console.services, QStringLiteral("sup"), dialogs);
    REQUIRE(editor->openClient(QStringLiteral("CAB-LEROY")));
    click(editor.get(), "editorExport");
    auto exported = readConsignesFile(path, console.services->phones());
    INFO(child<QLabel>(editor.get(), "editorStatus")->text().toStdString());
    REQUIRE(exported.ok());
    REQUIRE(exported->size() == 1);
    CHECK(exported->first().code == QStringLiteral("CAB-LEROY"));

    Consignes changed = exported->first();
    changed.sector = QStringLiteral("Pédiatrie");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(serializeConsignesDocument({changed}));
    file.close();
    click(editor.get(), "editorImport");
    const ClientEntry *indexed = console.services->index().findByCode(QStringLiteral("CAB-LEROY"));
    REQUIRE(indexed != nullptr);
    CHECK(indexed->version == 2);
    CHECK(indexed->consignes->sector == QStringLiteral("Pédiatrie"));
}

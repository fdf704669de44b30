// Unsaved edits are never lost silently: switching client, starting a new one, importing or closing
// asks Save / Discard / Cancel; Cancel keeps everything, Discard drops the edits, Save stores them.
#include "editortestsupport.h"
#include "uifixture.h"

#include "routing/clientindex.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QTimer>

using namespace relais;
using namespace relais::test;

namespace {

const QString kLeroy = QStringLiteral("CAB-LEROY");
const QString kMartin = QStringLiteral("PLOMB-MARTIN");

// Answers the question with the next scripted choice and remembers who it was asked about.
struct ScriptedAnswers
{
    QList<UnsavedEditsChoice> next;
    QStringList askedAbout;

    UnsavedEditsQuestion question()
    {
        return [this](QWidget *, const QString &client) {
            askedAbout << client;
            CHECK_FALSE(next.isEmpty()); // (no REQUIRE: this runs inside a Qt slot)
            return next.isEmpty() ? UnsavedEditsChoice::Cancel : next.takeFirst();
        };
    }
};

// Activates `code` in the client list with the keyboard (Return), as a supervisor switching client.
void activate(const QWidget *editor, const QString &code)
{
    auto *list = child<QListWidget>(editor, "editorClientList");
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == code) {
            list->setFocus();
            list->setCurrentRow(row);
            QTest::keyClick(list, Qt::Key_Return);
            return;
        }
    }
    FAIL("no client " << code.toStdString() << " in the list");
}

int indexedVersion(ConsoleServices &services, const QString &code)
{
    const ClientEntry *entry = services.index().findByCode(code);
    REQUIRE(entry != nullptr);
    return entry->version;
}

} // namespace

TEST_CASE("switching client over unsaved edits: Cancel keeps them, Discard drops them, Save stores them")
{
    ConsoleFixture console;
    ScriptedAnswers answers;
    auto editor = makeEditor(*console.services, QStringLiteral("sup"), {}, answers.question());
    const QWidget *e = editor.get();
    REQUIRE(editor->openClient(kLeroy));
    auto *sector = child<QLineEdit>(e, "editorSector");
    const QString storedSector = sector->text();

    SECTION("no edit: no question")
    {
        activate(e, kMartin);
        CHECK(answers.askedAbout.isEmpty());
        CHECK(editor->editedValue().code == kMartin);
    }
    SECTION("Cancel keeps every edit and the client on screen")
    {
        retype(sector, QStringLiteral("Pediatrie"));
        REQUIRE(editor->hasUnsavedEdits());
        answers.next = {UnsavedEditsChoice::Cancel};
        activate(e, kMartin);
        REQUIRE(answers.askedAbout.size() == 1);
        CHECK(answers.askedAbout.first().startsWith(kLeroy));
        CHECK(editor->editedValue().code == kLeroy);
        CHECK(sector->text() == QStringLiteral("Pediatrie"));
        CHECK(editor->hasUnsavedEdits());
        // The list points back at the client still open.
        auto *list = child<QListWidget>(e, "editorClientList");
        CHECK(list->currentItem()->data(Qt::UserRole).toString() == kLeroy);
        CHECK(indexedVersion(*console.services, kLeroy) == 1);
    }
    SECTION("Discard drops the edits and opens the other client; the store is untouched")
    {
        retype(sector, QStringLiteral("Pediatrie"));
        answers.next = {UnsavedEditsChoice::Discard};
        activate(e, kMartin);
        CHECK(answers.askedAbout.size() == 1);
        CHECK(editor->editedValue().code == kMartin);
        CHECK(indexedVersion(*console.services, kLeroy) == 1);
        activate(e, kLeroy); // nothing unsaved any more: no second question
        CHECK(answers.askedAbout.size() == 1);
        CHECK(sector->text() == storedSector);
    }
    SECTION("Save stores the edits as a new version, then opens the other client")
    {
        retype(sector, QStringLiteral("Pediatrie"));
        answers.next = {UnsavedEditsChoice::Save};
        activate(e, kMartin);
        CHECK(editor->editedValue().code == kMartin);
        CHECK(indexedVersion(*console.services, kLeroy) == 2);
        CHECK(console.services->index().findByCode(kLeroy)->consignes->sector == QStringLiteral("Pediatrie"));
    }
    SECTION("Save that cannot save (an issue) keeps the edits and the client")
    {
        retype(sector, QStringLiteral("Pediatrie"));
        retype(child<QPlainTextEdit>(e, "editorDialedNumbers"), QStringLiteral("12345"));
        answers.next = {UnsavedEditsChoice::Save};
        click(e, "editorNewClient");
        CHECK(editor->editedValue().code == kLeroy);
        CHECK(sector->text() == QStringLiteral("Pediatrie"));
        CHECK(indexedVersion(*console.services, kLeroy) == 1);
    }
}

TEST_CASE("text that does not become a value yet is an unsaved edit too")
{
    ConsoleFixture console;
    auto editor = makeEditor(*console.services, QStringLiteral("sup"));
    REQUIRE(editor->openClient(kLeroy));
    auto *numbers = child<QPlainTextEdit>(editor.get(), "editorDialedNumbers");
    numbers->moveCursor(QTextCursor::End);
    numbers->setFocus();
    QTest::keyClick(numbers, Qt::Key_Return);
    QTest::keyClicks(numbers, QStringLiteral("12")); // not a number: the value is unchanged, the form not
    CHECK(editor->editedValue() == *console.services->index().findByCode(kLeroy)->consignes);
    CHECK(editor->hasUnsavedEdits());
}

TEST_CASE("closing the editor over unsaved edits asks, Cancel keeps it open, Discard closes it")
{
    ConsoleFixture console;
    ScriptedAnswers answers;
    auto editor = makeEditor(*console.services, QStringLiteral("sup"), {}, answers.question());
    REQUIRE(editor->openClient(kLeroy));
    CHECK(editor->close()); // nothing to lose
    editor->show();
    REQUIRE(editor->openClient(kLeroy));
    retype(child<QLineEdit>(editor.get(), "editorName"), QStringLiteral("Cabinet Leroy"));
    answers.next = {UnsavedEditsChoice::Cancel, UnsavedEditsChoice::Discard};
    CHECK_FALSE(editor->close());
    CHECK(editor->isVisible());
    CHECK(editor->editedValue().name == QStringLiteral("Cabinet Leroy"));
    CHECK(editor->close());
    CHECK(answers.askedAbout.size() == 2);
    CHECK(indexedVersion(*console.services, kLeroy) == 1);
}

TEST_CASE("closing the console closes the editor first, and its Cancel keeps both open")
{
    ConsoleFixture console;
    EditorWindow *editor = console.window->openConsignesEditor();
    REQUIRE(editor->openClient(kLeroy));
    retype(child<QLineEdit>(editor, "editorName"), QStringLiteral("Cabinet Leroy"));
    // The console's editor asks with a real message box: Escape is Cancel.
    QTimer::singleShot(0, [] {
        QWidget *box = QApplication::activeModalWidget();
        CHECK(box != nullptr); // (no REQUIRE inside the event loop)
        if (!box)
            return;
        CHECK(box->objectName() == QStringLiteral("editorUnsavedQuestion"));
        QTest::keyClick(box, Qt::Key_Escape);
    });
    CHECK_FALSE(console.window->close());
    CHECK(editor->isVisible());
    CHECK(editor->editedValue().name == QStringLiteral("Cabinet Leroy"));
}

TEST_CASE("the real question box saves on Enter")
{
    ConsoleFixture console;
    auto editor = makeEditor(*console.services, QStringLiteral("sup"), {}, askUnsavedEditsWithMessageBox());
    REQUIRE(editor->openClient(kLeroy));
    retype(child<QLineEdit>(editor.get(), "editorName"), QStringLiteral("Cabinet Leroy"));
    QTimer::singleShot(0, [] {
        QWidget *box = QApplication::activeModalWidget();
        CHECK(box != nullptr);
        if (box)
            QTest::keyClick(box, Qt::Key_Return);
    });
    CHECK(editor->close());
    CHECK(indexedVersion(*console.services, kLeroy) == 2);
    CHECK(console.services->index().findByCode(kLeroy)->consignes->name == QStringLiteral("Cabinet Leroy"));
}

TEST_CASE("importing over unsaved edits asks first, and Cancel does not even ask for the file")
{
    ConsoleFixture console;
    ScriptedAnswers answers;
    int fileAsked = 0;
    EditorFileDialogs dialogs;
    dialogs.openFile = [&fileAsked](QWidget *) {
        ++fileAsked;
        return QString();
    };
    auto editor = makeEditor(*console.services, QStringLiteral("sup"), dialogs, answers.question());
    REQUIRE(editor->openClient(kLeroy));
    retype(child<QLineEdit>(editor.get(), "editorName"), QStringLiteral("Cabinet Leroy"));
    answers.next = {UnsavedEditsChoice::Cancel};
    click(editor.get(), "editorImport");
    CHECK(answers.askedAbout.size() == 1);
    CHECK(fileAsked == 0);
    CHECK(editor->editedValue().name == QStringLiteral("Cabinet Leroy"));
    answers.next = {UnsavedEditsChoice::Discard};
    click(editor.get(), "editorImport");
    CHECK(fileAsked == 1);
    CHECK(editor->editedValue().name == kLeroyName);
}

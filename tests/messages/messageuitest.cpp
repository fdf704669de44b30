// The console's message search (Ctrl+F) and a message's read view with Amend, driven by keys offscreen.
#include "ui/uifixture.h"

#include "messagedetaildialog.h"
#include "messagesearchview.h"
#include "recentmessagesmodel.h"
#include "storage/messagerepository.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace relais;
using namespace relais::test;

namespace {

Message stored(const QString &id, const QString &name, const QString &notes, int minutes,
               MessageStatus status)
{
    Message m;
    m.id = id;
    m.clientCode = QStringLiteral("LEROY");
    m.callerNumber = QStringLiteral("+33612345678");
    m.callerName = name;
    m.notes = notes;
    m.status = status;
    m.operatorLogin = QStringLiteral("claire");
    m.createdAt = kTuesdayMorning.addSecs(-60 * minutes);
    m.updatedAt = m.createdAt;
    return m;
}

template <typename T> T *child(const QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(found);
    return found;
}

MessageDetailDialog *openDialog(const MainWindow &window)
{
    MessageDetailDialog *dialog = nullptr;
    REQUIRE(waitUntil([&] {
        dialog = window.findChild<MessageDetailDialog *>();
        return dialog != nullptr;
    }));
    return dialog;
}

} // namespace

TEST_CASE("Ctrl+F finds a message by a name typed without accents, and Enter opens it")
{
    ConsoleFixture console;
    MessageRepository &repo = console.services->messages();
    REQUIRE(repo.save(stored(QStringLiteral("m1"), QStringLiteral("Hélène Dupont"),
                             QStringLiteral("Devis toiture"), 30, MessageStatus::Completed))
                .ok());
    REQUIRE(repo.save(stored(QStringLiteral("m2"), QStringLiteral("Marc Petit"), QStringLiteral("Livraison"),
                             20, MessageStatus::Completed))
                .ok());

    QAction *search = console.window->findChild<QAction *>(QStringLiteral("actionSearchMessages"));
    REQUIRE(search);
    CHECK(search->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_F));
    search->trigger();
    auto *field = child<QLineEdit>(console.window.get(), "messageSearchField");
    CHECK(field->isVisible());
    QTest::keyClicks(field, QStringLiteral("helene"));
    QTest::keyClick(field, Qt::Key_Return); // searches at once, without waiting for the typing pause
    auto *results = child<QTableView>(console.window.get(), "messageSearchResults");
    REQUIRE(results->model()->rowCount() == 1);
    CHECK(results->model()
              ->index(0, RecentMessagesModel::Excerpt)
              .data()
              .toString()
              .contains(QStringLiteral("Devis")));
    CHECK(label(console.window.get(), "messageSearchStatus")->text() == QStringLiteral("1 messages found"));

    QTest::keyClick(results, Qt::Key_Return);
    MessageDetailDialog *dialog = openDialog(*console.window);
    CHECK(dialog->message().id == QStringLiteral("m1"));
    CHECK(child<QLineEdit>(dialog, "detailCallerName")->text() == QStringLiteral("Hélène Dupont"));
    CHECK(child<QLineEdit>(dialog, "detailCallerName")->isReadOnly());

    // Typing more narrows; nothing found says so.
    field->setText(QStringLiteral("plombier"));
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(results->model()->rowCount() == 0);
    CHECK(label(console.window.get(), "messageSearchStatus")->text() == QStringLiteral("No message found"));
}

TEST_CASE("amending a message from its read view stores a new revision and lists the old one in its history")
{
    ConsoleFixture console;
    MessageRepository &repo = console.services->messages();
    REQUIRE(repo.save(stored(QStringLiteral("m1"), QStringLiteral("Hélène Dupont"),
                             QStringLiteral("Devis toiture"), 30, MessageStatus::Completed))
                .ok());
    MessageDetailDialog *dialog = console.window->openMessage(QStringLiteral("m1"));
    REQUIRE(dialog);
    auto *history = child<QListWidget>(dialog, "messageHistory");
    CHECK(history->item(0)->text() == QStringLiteral("Never amended"));

    child<QPushButton>(dialog, "amendButton")->click();
    REQUIRE(dialog->amending());
    auto *notes = child<QPlainTextEdit>(dialog, "detailNotes");
    CHECK_FALSE(notes->isReadOnly());
    QTest::keyClicks(notes, QStringLiteral(" Rappel fait a 11h."));
    QTest::keyClicks(child<QLineEdit>(dialog, "amendReason"), QStringLiteral("callback done"));

    // Esc while amending keeps the dialog and the edits.
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK(dialog->isVisible());
    CHECK(dialog->amending());
    CHECK(label(dialog, "amendError")->text().contains(QStringLiteral("Save the amendment")));

    child<QPushButton>(dialog, "saveAmendmentButton")->click();
    CHECK_FALSE(dialog->amending());
    CHECK(label(dialog, "amendError")->text().isEmpty());
    const Message after = **repo.find(QStringLiteral("m1"));
    CHECK(after.revision == 2);
    CHECK(after.notes == QStringLiteral("Devis toiture Rappel fait a 11h."));
    REQUIRE(history->count() == 1);
    CHECK(history->item(0)->text().startsWith(QStringLiteral("Revision 1 → 2, amended by")));
    CHECK(history->item(0)->text().endsWith(QStringLiteral(": callback done")));
    CHECK(history->item(0)->toolTip().contains(QStringLiteral("Devis toiture")));
    CHECK(label(dialog, "messageSummary")->text().contains(QStringLiteral("revision 2")));
}

TEST_CASE("an amendment made over an older revision is refused on screen and keeps the operator's text")
{
    ConsoleFixture console;
    MessageRepository &repo = console.services->messages();
    REQUIRE(repo.save(stored(QStringLiteral("m1"), QStringLiteral("Marc"), QStringLiteral("v1"), 5,
                             MessageStatus::Completed))
                .ok());
    MessageDetailDialog *dialog = console.window->openMessage(QStringLiteral("m1"));
    REQUIRE(dialog);
    dialog->startAmending();
    child<QPlainTextEdit>(dialog, "detailNotes")->setPlainText(QStringLiteral("mine"));
    // Meanwhile another operator amended it.
    Message other = **repo.find(QStringLiteral("m1"));
    other.notes = QStringLiteral("theirs");
    REQUIRE(repo.amend(other, QStringLiteral("sophie")).ok());

    CHECK_FALSE(dialog->saveAmendment());
    CHECK(label(dialog, "amendError")->text().contains(QStringLiteral("changed meanwhile")));
    CHECK(dialog->amending());
    CHECK(child<QPlainTextEdit>(dialog, "detailNotes")->toPlainText() == QStringLiteral("mine"));
    CHECK((**repo.find(QStringLiteral("m1"))).notes == QStringLiteral("theirs"));
}

TEST_CASE("a draft opens read-only with Amend off")
{
    ConsoleFixture console;
    REQUIRE(console.services->messages()
                .save(stored(QStringLiteral("d1"), QStringLiteral("X"), QStringLiteral("…"), 1,
                             MessageStatus::Draft))
                .ok());
    MessageDetailDialog *dialog = console.window->openMessage(QStringLiteral("d1"));
    REQUIRE(dialog);
    CHECK_FALSE(child<QPushButton>(dialog, "amendButton")->isEnabled());
    dialog->startAmending();
    CHECK_FALSE(dialog->amending());
    CHECK(console.window->openMessage(QStringLiteral("nope")) == nullptr);
}

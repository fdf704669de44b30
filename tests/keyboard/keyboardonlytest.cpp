// A call handled from the pop to the saved message with the keyboard only: every step is a QTest key
// event sent to whichever widget has the focus, so the test fails if the focus is not where the
// operator types next. The message is then read back from the SQLite file itself.
#include "keyboardconsole.h"

#include "callarea.h"
#include "messageform.h"
#include "support/keyboardinput.h"
#include "support/testsupport.h"
#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace relais;
using namespace relais::test;

namespace {

struct StoredMessage
{
    QString status, urgency, notes;
    QJsonObject answers;
    QJsonArray actions;
    bool found = false;
};

// Read with a connection of its own: what is in the file, not what a repository caches.
StoredMessage readFromFile(const QString &file, const QString &callId)
{
    StoredMessage stored;
    const QString connection = QStringLiteral("keyboard-test-reader");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.prepare(QStringLiteral(
            "SELECT status, urgency, notes, answers, actions FROM messages WHERE call_id = ?")));
        query.addBindValue(callId);
        REQUIRE(query.exec());
        if (query.next()) {
            stored.found = true;
            stored.status = query.value(0).toString();
            stored.urgency = query.value(1).toString();
            stored.notes = query.value(2).toString();
            stored.answers = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
            stored.actions = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return stored;
}

} // namespace

TEST_CASE("a call is handled from pop to saved message with the keyboard only")
{
    KeyboardConsole console;
    console.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(console.window.get()));

    console.offer(QStringLiteral("call-kb"));
    MessageForm *form = console.window->callArea().form(QStringLiteral("call-kb"));
    REQUIRE(form != nullptr);

    // The pop puts the cursor in the first question: the operator types the name at once.
    REQUIRE(waitUntil([] { return QApplication::focusWidget() != nullptr; }));
    CHECK(focused()->objectName() == QStringLiteral("formInput_name"));
    type(QStringLiteral("Mme Durand"));

    // The callback number is already the caller's: Tab goes past it.
    press(Qt::Key_Tab);
    CHECK(focused()->objectName() == QStringLiteral("formInput_callback"));
    press(Qt::Key_Tab);

    // Yes/no with the arrow keys; "yes, water is leaking" makes the call urgent.
    CHECK(focused()->objectName() == QStringLiteral("formInput_leak"));
    CHECK(form->urgency().levelId == QStringLiteral("normal"));
    press(Qt::Key_Down);
    CHECK(qobject_cast<QComboBox *>(focused())->currentData().toString() == QStringLiteral("oui"));
    CHECK(form->urgency().levelId == QStringLiteral("urgent"));
    auto *level = form->findChild<QLabel *>(QStringLiteral("formUrgencyLevel"));
    REQUIRE(level != nullptr);
    CHECK(level->text().contains(QStringLiteral("Urgent")));

    press(Qt::Key_Tab);
    CHECK(focused()->objectName() == QStringLiteral("formInput_address"));
    type(QStringLiteral("12 rue des Lilas, Lyon"));
    press(Qt::Key_Tab);
    CHECK(focused()->objectName() == QStringLiteral("formInput_object"));
    type(QStringLiteral("Fuite sous l'evier"));
    press(Qt::Key_Tab);
    CHECK(focused()->objectName() == QStringLiteral("formNotes"));
    type(QStringLiteral("L'eau coule dans la cuisine"));

    // The urgency procedure's action is confirmed, then the message saved, both from the keyboard.
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    press(Qt::Key_Return, Qt::ControlModifier);
    INFO("form status: " << form->statusText().toStdString());
    REQUIRE(form->isFinished());

    const StoredMessage stored = readFromFile(console.databaseFile(), QStringLiteral("call-kb"));
    REQUIRE(stored.found);
    CHECK(stored.status == QStringLiteral("completed"));
    CHECK(stored.urgency == QStringLiteral("urgent"));
    CHECK(stored.notes == QStringLiteral("L'eau coule dans la cuisine"));
    CHECK(stored.answers.value(QStringLiteral("name")).toString() == QStringLiteral("Mme Durand"));
    CHECK(stored.answers.value(QStringLiteral("callback")).toString() == QStringLiteral("+33612345678"));
    CHECK(stored.answers.value(QStringLiteral("leak")).toString() == QStringLiteral("oui"));
    CHECK(stored.answers.value(QStringLiteral("address")).toString() ==
          QStringLiteral("12 rue des Lilas, Lyon"));
    CHECK(stored.answers.value(QStringLiteral("object")).toString() == QStringLiteral("Fuite sous l'evier"));
    CHECK(stored.actions.size() == 1);
}

TEST_CASE("saving with a required answer missing puts the cursor on it (keyboard only)")
{
    KeyboardConsole console;
    console.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(console.window.get()));
    console.offer(QStringLiteral("call-missing"));
    REQUIRE(waitUntil([] { return QApplication::focusWidget() != nullptr; }));
    type(QStringLiteral("M. Petit"));
    press(Qt::Key_Return, Qt::ControlModifier);

    MessageForm *form = console.window->callArea().form(QStringLiteral("call-missing"));
    REQUIRE(form != nullptr);
    CHECK_FALSE(form->isFinished());
    CHECK(focused()->objectName() == QStringLiteral("formInput_leak"));
    CHECK(form->statusText().contains(QStringLiteral("Fuite d'eau en cours ?")));
    CHECK_FALSE(readFromFile(console.databaseFile(), QStringLiteral("call-missing")).status ==
                QStringLiteral("completed"));
}

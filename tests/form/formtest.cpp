// The message form driven from the keyboard in the real console: typing, Tab, Ctrl+Enter, live
// urgency and filtering, partial and filtered outcomes, and drafts that come back after the window
// is gone.
// Typed text is ASCII (QTest::keyClicks types no other); the keyword matcher ignores accents.
#include "formfixture.h"

#include "callarea.h"
#include "cti/simulatorsource.h"
#include "poppanel.h"
#include "routing/callrouter.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "supervision/callrecordrepository.h"
#include "support/keyboardinput.h"
#include "support/testsupport.h"
#include <QAbstractItemView>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

using namespace relais;
using namespace relais::test;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MessageForm", text);
}

QList<Message> stored(FormFixture &console)
{
    auto recent = console.services->messages().recent(20);
    REQUIRE(recent.ok());
    return recent.value();
}

// Rings and answers a call to the plumber; the form has the focus on its first field.
MessageForm *answeredPlumberCall(FormFixture &console, const QString &callId = QStringLiteral("call-1"))
{
    console.offer(callId, QStringLiteral("04 72 10 10 10"));
    console.report(CallEvent::Kind::Answered, callId);
    MessageForm *form = console.form(callId);
    REQUIRE(waitUntil([&] { return QApplication::focusWidget() == child<QWidget>(form, "formInput_name"); }));
    return form;
}

} // namespace

TEST_CASE("a message typed from the keyboard is stored on Ctrl+Enter with answers, urgency and version")
{
    FormFixture console;
    MessageForm *form = answeredPlumberCall(console);
    CHECK(child<QLabel>(form, "formHeader")->text().contains(kPlumberName));
    CHECK(child<QLabel>(form, "formHeader")->text().contains(QStringLiteral("06 12 34 56 78")));
    // The caller's number is already in the callback field.
    CHECK(child<QLineEdit>(form, "formInput_callback_number")->text() == QStringLiteral("06 12 34 56 78"));

    type(QStringLiteral("Jean Martin"));
    press(Qt::Key_Tab);
    CHECK(focused()->objectName() == QStringLiteral("formInput_callback_number"));
    press(Qt::Key_Tab);
    type(QStringLiteral("3 rue des Lilas, Lyon"));
    press(Qt::Key_Tab);
    CHECK(focused()->objectName() == QStringLiteral("formInput_email"));
    press(Qt::Key_Tab);
    CHECK(focused() == child<QPlainTextEdit>(form, "formNotes"));
    type(QStringLiteral("Grosse fuite sous l'evier"));
    press(Qt::Key_Return, Qt::ControlModifier);

    CHECK(form->statusText() == tr("Message saved"));
    const QList<Message> messages = stored(console);
    REQUIRE(messages.size() == 1);
    const Message &m = messages.first();
    CHECK(m.status == MessageStatus::Completed);
    CHECK_FALSE(m.incomplete);
    CHECK(m.callId == QStringLiteral("call-1"));
    CHECK(m.clientCode == QStringLiteral("PLOMB-DUBOIS"));
    CHECK(m.answers.value(QStringLiteral("name")) == QStringLiteral("Jean Martin"));
    CHECK(m.answers.value(QStringLiteral("callback_number")) == kCallerE164);
    CHECK(m.answers.value(QStringLiteral("address")) == QStringLiteral("3 rue des Lilas, Lyon"));
    CHECK_FALSE(m.answers.contains(QStringLiteral("email")));
    CHECK(m.notes == QStringLiteral("Grosse fuite sous l'evier"));
    CHECK(m.urgency == QStringLiteral("urgent"));
    CHECK(m.consignesVersion ==
          console.window->callArea().panel(QStringLiteral("call-1"))->pop().consignesVersion);
    CHECK(m.consignesVersion >= 1);
    CHECK(m.operatorLogin == QStringLiteral("camille"));
    CHECK(m.dialedNumber == QStringLiteral("04 72 10 10 10"));
}

TEST_CASE("Ctrl+Enter with required fields empty names them, focuses the first and stores nothing completed")
{
    FormFixture console;
    MessageForm *form = answeredPlumberCall(console);
    type(QStringLiteral("Jean Martin"));
    press(Qt::Key_Return, Qt::ControlModifier);

    CHECK(form->statusText().contains(QStringLiteral("Adresse")));
    CHECK_FALSE(form->statusText().contains(QStringLiteral("Nom,")));
    CHECK(focused()->objectName() == QStringLiteral("formInput_address"));
    CHECK_FALSE(form->isFinished());
    for (const Message &m : stored(console))
        CHECK(m.status == MessageStatus::Draft);
    // Esc never discards: the text stays, only the focus moves back.
    press(Qt::Key_Escape);
    CHECK(child<QLineEdit>(form, "formInput_name")->text() == QStringLiteral("Jean Martin"));
    CHECK(focused()->objectName() != QStringLiteral("formInput_address"));
}

TEST_CASE("the urgency level, its procedure and why show while the caller's words are typed")
{
    FormFixture console;
    MessageForm *form = answeredPlumberCall(console);
    auto *level = child<QLabel>(form, "formUrgencyLevel");
    CHECK(level->text().contains(QStringLiteral("Normal")));

    child<QPlainTextEdit>(form, "formNotes")->setFocus();
    type(QStringLiteral("J'ai une fuite"));
    CHECK(level->text().contains(QStringLiteral("Urgent")));
    CHECK(child<QLabel>(form, "formUrgencyWhy")->text().contains(QStringLiteral("fuite")));
    CHECK(child<QLabel>(form, "formUrgencyProcedure")->text().contains(QStringLiteral("Marc Dubois")));
    CHECK(form->urgency().ruleId == QStringLiteral("leak"));
}

TEST_CASE("a filtering match says what to tell the caller and closes the call as filtered")
{
    FormFixture console;
    MessageForm *form = answeredPlumberCall(console);
    CHECK_FALSE(child<QWidget>(form, "formFiltering")->isVisibleTo(form));
    child<QPlainTextEdit>(form, "formNotes")->setFocus();
    type(QStringLiteral("Bonjour, c'est du demarchage pour des panneaux solaires"));
    REQUIRE(child<QWidget>(form, "formFiltering")->isVisibleTo(form));
    CHECK(child<QLabel>(form, "formFilteringSay")->text().contains(QStringLiteral("offres commerciales")));

    child<QPushButton>(form, "formCloseFiltered")->click();
    const QList<Message> messages = stored(console);
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().status == MessageStatus::Completed);
    CHECK(messages.first().urgency.isEmpty());
    CHECK(messages.first().answers ==
          QMap<QString, QString>{{QStringLiteral("filtered"), QStringLiteral("sales")}});
    CHECK(form->isFinished());
}

TEST_CASE("a caller who hangs up leaves a partial message marked incomplete in the tab and the list")
{
    FormFixture console;
    MessageForm *form = answeredPlumberCall(console);
    type(QStringLiteral("Jean"));
    child<QPushButton>(form, "formHungUp")->click();

    const QList<Message> messages = stored(console);
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().incomplete);
    CHECK(messages.first().status == MessageStatus::Completed);
    CHECK(messages.first().answers.value(QStringLiteral("name")) == QStringLiteral("Jean"));
    auto *tabs = console.window->findChild<QTabWidget *>(QStringLiteral("callTabs"));
    REQUIRE(tabs != nullptr);
    CHECK(tabs->tabText(0).contains(QCoreApplication::translate("CallArea", "Incomplete")));
    // The recent messages dock was refreshed and says so.
    auto *dock = console.window->findChild<QDockWidget *>(QStringLiteral("recentMessagesDock"));
    REQUIRE(dock != nullptr);
    auto *recent = dock->findChild<QAbstractItemView *>();
    REQUIRE(recent != nullptr);
    bool marked = false;
    for (int row = 0; row < recent->model()->rowCount(); ++row)
        for (int column = 0; column < recent->model()->columnCount(); ++column)
            marked =
                marked || recent->model()
                              ->index(row, column)
                              .data()
                              .toString()
                              .contains(QCoreApplication::translate("RecentMessagesModel", "%1 (incomplete)")
                                            .arg(QString())
                                            .trimmed());
    CHECK(marked);
}

TEST_CASE("a phone answer is formatted on leaving the field and an invalid one shows an inline error")
{
    FormFixture console;
    MessageForm *form = answeredPlumberCall(console);
    auto *callback = child<QLineEdit>(form, "formInput_callback_number");
    callback->clear();
    press(Qt::Key_Tab);
    REQUIRE(focused() == callback);
    type(QStringLiteral("0611223344"));
    press(Qt::Key_Tab);
    CHECK(callback->text() == QStringLiteral("06 11 22 33 44"));
    CHECK_FALSE(child<QLabel>(form, "formError_callback_number")->isVisibleTo(form));

    callback->setFocus();
    callback->clear();
    type(QStringLiteral("12ab"));
    press(Qt::Key_Tab);
    CHECK(child<QLabel>(form, "formError_callback_number")->isVisibleTo(form));
    CHECK_FALSE(child<QLabel>(form, "formError_callback_number")->text().isEmpty());
}

TEST_CASE("a confirmed action is recorded in the message with its target, time and operator")
{
    FormFixture console;
    MessageForm *form = answeredPlumberCall(console);
    child<QPlainTextEdit>(form, "formNotes")->setFocus();
    type(QStringLiteral("fuite"));
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);

    const QList<Message> messages = stored(console);
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().status == MessageStatus::Draft);
    REQUIRE(messages.first().actions.size() == 1);
    const ActionTaken &action = messages.first().actions.first();
    CHECK(action.kind == ActionKind::Transfer);
    CHECK(action.targetName == QStringLiteral("Marc Dubois"));
    CHECK(action.targetNumber == QStringLiteral("+33611223344"));
    CHECK(action.confirmedBy == QStringLiteral("camille"));
    CHECK(action.at == console.clock->now());
}

TEST_CASE("an unknown call's form follows the client picked by hand and keeps the caller's words")
{
    FormFixture console;
    console.offer(QStringLiteral("call-9"), QStringLiteral("+33199000000"));
    MessageForm *form = console.form(QStringLiteral("call-9"));
    CHECK(form->findChild<QWidget *>(QStringLiteral("formInput_name")) == nullptr);
    child<QPlainTextEdit>(form, "formNotes")->setFocus();
    type(QStringLiteral("Rappeler vite"));
    Q_EMIT console.window->callArea().clientPicked(QStringLiteral("call-9"), QStringLiteral("PLOMB-DUBOIS"));
    CHECK(form->findChild<QWidget *>(QStringLiteral("formInput_name")) != nullptr);
    CHECK(child<QLabel>(form, "formHeader")->text().contains(kPlumberName));
    CHECK(child<QPlainTextEdit>(form, "formNotes")->toPlainText() == QStringLiteral("Rappeler vite"));
    CHECK(form->message().clientCode == QStringLiteral("PLOMB-DUBOIS"));
}

TEST_CASE("a save error is shown, the form keeps its content and no success is claimed")
{
    FormFixture console;
    MessageForm *form = answeredPlumberCall(console);
    type(QStringLiteral("Jean Martin"));
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    type(QStringLiteral("3 rue des Lilas"));
    {
        // Another connection breaks the table under the console.
        auto db = Database::open(DatabaseUrl::parse(console.url).value(), QStringLiteral("breaker"));
        REQUIRE(db.ok());
        QSqlQuery query(db.value()->connection());
        REQUIRE(query.exec(QStringLiteral("DROP TABLE messages")));
    }
    press(Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(form->isFinished());
    CHECK(form->statusText() != tr("Message saved"));
    CHECK(form->statusText().contains(QStringLiteral("NOT")));
    CHECK(child<QLineEdit>(form, "formInput_name")->text() == QStringLiteral("Jean Martin"));
}

TEST_CASE("a draft typed before the console went away reopens in its own tab exactly as it was")
{
    FormFixture console;
    MessageForm *form = answeredPlumberCall(console);
    type(QStringLiteral("Jean Martin"));
    child<QPlainTextEdit>(form, "formNotes")->setFocus(); // leaving the field saves at once
    type(QStringLiteral("Fuite au plafond"));
    // The debounced save reaches the store without any further action.
    REQUIRE(waitUntil([&] {
        const QList<Message> messages = stored(console);
        return !messages.isEmpty() && messages.first().notes == QStringLiteral("Fuite au plafond");
    }));
    console.closeConsole();
    console.openConsole();

    MessageForm *reopened = console.form(QStringLiteral("call-1"));
    CHECK(child<QLineEdit>(reopened, "formInput_name")->text() == QStringLiteral("Jean Martin"));
    CHECK(child<QPlainTextEdit>(reopened, "formNotes")->toPlainText() == QStringLiteral("Fuite au plafond"));
    CHECK(child<QLineEdit>(reopened, "formInput_callback_number")->text() ==
          QStringLiteral("06 12 34 56 78"));
    CHECK(child<QLabel>(reopened, "formUrgencyLevel")->text().contains(QStringLiteral("Urgent")));
    CHECK(child<QLabel>(reopened, "formHeader")->text().contains(kPlumberName));
    PopPanel *panel = console.window->callArea().panel(QStringLiteral("call-1"));
    REQUIRE(panel != nullptr);
    CHECK(panel->pop().client != nullptr);
    CHECK(panel->pop().client->code == QStringLiteral("PLOMB-DUBOIS"));
    // Completing it updates the same stored message, not a second one.
    reopened->saveIncomplete();
    const QList<Message> messages = stored(console);
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().incomplete);
}

TEST_CASE("calls ringing back to back each get a form of their own, bound to their call and client")
{
    FormFixture console;
    CallArea &area = console.window->callArea();
    REQUIRE(area.hasSpare()); // made before any call rings
    console.offer(QStringLiteral("call-1"), QStringLiteral("04 72 10 10 10"));
    // The second call rings before the first one's replacement widgets are made: it makes its own.
    console.offer(QStringLiteral("call-2"), QStringLiteral("01 42 68 53 00"),
                  QStringLiteral("06 98 76 54 32"));
    MessageForm *first = console.form(QStringLiteral("call-1"));
    MessageForm *second = console.form(QStringLiteral("call-2"));
    REQUIRE(first != nullptr);
    REQUIRE(second != nullptr);
    CHECK(first != second);
    CHECK(first->message().callId == QStringLiteral("call-1"));
    CHECK(first->message().clientCode == plumberConsignes().code);
    CHECK(first->message().callerNumber == kCallerE164);
    CHECK(second->message().callId == QStringLiteral("call-2"));
    CHECK(second->message().clientCode == dentistConsignes().code);
    CHECK(second->message().callerNumber == QStringLiteral("+33698765432"));
    CHECK(first->message().id != second->message().id);
    CHECK(area.panel(QStringLiteral("call-1"))->form() == first);
    CHECK(area.panel(QStringLiteral("call-2"))->form() == second);
    // Between calls, the next call's widgets are made again.
    CHECK(waitUntil([&] { return area.hasSpare(); }));
    CHECK(area.callCount() == 2);
}

TEST_CASE("the call's event log holds the fields filled, the urgency shown and the action confirmed")
{
    FormFixture console;
    MessageForm *form = answeredPlumberCall(console);
    type(QStringLiteral("Martin"));
    press(Qt::Key_Tab); // leaving the field logs it
    child<QPlainTextEdit>(form, "formNotes")->setFocus();
    type(QStringLiteral("fuite"));
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);

    const auto events = console.services->callRecords().events(QStringLiteral("call-1"));
    REQUIRE(events.ok());
    QStringList log;
    for (const CallLogEntry &entry : events.value())
        log << toString(entry.kind) + QLatin1Char(':') + entry.detail;
    INFO(log.join(QLatin1Char(' ')).toStdString());
    CHECK(log.contains(QStringLiteral("field-filled:name")));
    CHECK(log.count(QStringLiteral("field-filled:name")) == 1); // once, however often focus moves
    CHECK(log.contains(QStringLiteral("action-confirmed:transfer")));
    const auto urgent = std::find_if(log.cbegin(), log.cend(), [](const QString &line) {
        return line.startsWith(QStringLiteral("urgency-shown:")) &&
               line != QStringLiteral("urgency-shown:normal");
    });
    CHECK(urgent != log.cend()); // "fuite" raises the level above the default
}

TEST_CASE("F6 puts the call through to whom the procedure names and records the outcome in the message")
{
    FormFixture console;
    SimulatorSource *simulator = console.services->simulator();
    REQUIRE(simulator != nullptr);
    const bool busy = GENERATE(false, true);
    simulator->setCallControlOutcome([busy](const CallControlRequest &request) {
        // Marc Dubois' mobile, dialed as a person would: the national number.
        CHECK(request.destination == QStringLiteral("0611223344"));
        CHECK(request.kind == CallControlRequest::Kind::BlindTransfer);
        return busy ? CallControlResult::Outcome::Busy : CallControlResult::Outcome::Answered;
    });
    simulator->start();
    MessageForm *form = answeredPlumberCall(console);
    child<QPlainTextEdit>(form, "formNotes")->setFocus();
    type(QStringLiteral("fuite"));
    QPushButton *putThrough = child<QPushButton>(form, "formPutThrough");
    CHECK(putThrough->isVisible());
    press(Qt::Key_F6);

    REQUIRE(waitUntil([&] { return !form->message().actions.isEmpty(); }, 5000));
    const ActionTaken action = form->message().actions.first();
    CHECK(action.kind == ActionKind::Transfer);
    CHECK(action.targetName == QStringLiteral("Marc Dubois"));
    CHECK(action.result == (busy ? QStringLiteral("busy (simulated)") : QStringLiteral("answered")));
    const QString status = child<QLabel>(form, "formStatus")->text();
    CHECK(
        status.contains(busy ? QStringLiteral("Not put through") : QStringLiteral("Marc Dubois: answered")));
    // The action is on disk at once, as a confirmed one.
    const QList<Message> messages = stored(console);
    REQUIRE(messages.size() == 1);
    REQUIRE(messages.first().actions.size() == 1);
    CHECK(messages.first().actions.first().result == action.result);
}

TEST_CASE("F6 without anyone to reach says so and records nothing")
{
    FormFixture console;
    console.services->simulator()->start();
    MessageForm *form = answeredPlumberCall(console);
    CHECK_FALSE(child<QPushButton>(form, "formPutThrough")->isVisible()); // no rule holds: message only
    press(Qt::Key_F6);
    CHECK(child<QLabel>(form, "formStatus")->text().contains(QStringLiteral("names nobody")));
    CHECK(form->message().actions.isEmpty());
}

TEST_CASE("saving a message whose client differs from its call's asks first, No keeps it unsaved")
{
    FormFixture console;
    const bool answer = GENERATE(false, true);
    QStringList questions;
    MessageFormContext context{console.services->messages(),
                               console.services->phones(),
                               console.services->clock(),
                               QStringLiteral("camille"),
                               [&](const QString &question) {
                                   questions << question;
                                   return answer;
                               },
                               {},
                               nullptr};
    CallEvent offered;
    offered.kind = CallEvent::Kind::Offered;
    offered.callId = QStringLiteral("call-mismatch");
    offered.callerNumber = kCaller;
    offered.dialedNumber = kPlumberNumber;
    offered.time = console.clock->now();
    MessageForm form(context, offered);
    form.show();
    form.setPop(console.services->router().route(offered));
    child<QLineEdit>(&form, "formInput_name")->setText(QStringLiteral("Martin"));
    child<QLineEdit>(&form, "formInput_address")->setText(QStringLiteral("3 rue Juiverie, Lyon"));
    child<QPlainTextEdit>(&form, "formNotes")->setPlainText(QStringLiteral("Fuite sous l'évier"));
    // The call is now shown for the dentist: typed answers keep the form on the plumber, and it says so.
    form.setPop(console.services->router().routeTo(offered, dentistConsignes().code));
    CHECK(child<QLabel>(&form, "formClientMismatch")->isVisible());
    CHECK(form.message().clientCode == plumberConsignes().code);

    const bool saved = form.complete();
    REQUIRE(questions.size() == 1);
    CHECK(questions.first().contains(kPlumberName));
    CHECK(questions.first().contains(dentistConsignes().name));
    CHECK(saved == answer);
    const QList<Message> messages = stored(console);
    const bool completedStored = std::any_of(messages.cbegin(), messages.cend(), [](const Message &m) {
        return m.status == MessageStatus::Completed;
    });
    CHECK(completedStored == answer);
    if (answer) // filed under the client the answers were typed for, never silently moved
        CHECK(messages.first().clientCode == plumberConsignes().code);
}

// Orientation from the console, with the keyboard: F6 and the directory (Ctrl+D) put the call through
// the call source under the dialing rules, and the attempt lands in the call's event log and the
// message; a callback promised with Alt+R shows in the follow-up list when due (F8), Enter dials it,
// and its outcome is recorded on the message.
#include "../form/formfixture.h"

#include "callarea.h"
#include "cti/simulatorsource.h"
#include "delivery/deliveryids.h"
#include "delivery/deliveryrepository.h"
#include "directorypicker.h"
#include "followupview.h"
#include "storage/messagerepository.h"
#include "supervision/callrecordrepository.h"
#include "support/keyboardinput.h"
#include "support/testsupport.h"
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

using namespace relais;
using namespace relais::test;

namespace {

MessageForm *answeredPlumberCall(FormFixture &console, const QString &callId = QStringLiteral("call-1"))
{
    console.offer(callId, QStringLiteral("04 72 10 10 10"));
    console.report(CallEvent::Kind::Answered, callId);
    MessageForm *form = console.form(callId);
    REQUIRE(waitUntil([&] { return QApplication::focusWidget() == child<QWidget>(form, "formInput_name"); }));
    return form;
}

QStringList callLog(FormFixture &console, const QString &callId)
{
    const auto events = console.services->callRecords().events(callId);
    REQUIRE(events.ok());
    QStringList log;
    for (const CallLogEntry &entry : events.value())
        log << toString(entry.kind) + QLatin1Char(':') + entry.detail;
    return log;
}

Message storedMessage(FormFixture &console)
{
    const auto recent = console.services->messages().recent(5);
    REQUIRE(recent.ok());
    REQUIRE(recent->size() == 1);
    return recent->first();
}

void setRules(FormFixture &console, const char *json)
{
    const auto rules = DialingRules::fromJson(QByteArray(json), QStringLiteral("test"));
    REQUIRE(rules.ok());
    console.services->cti().setDialingRules(rules.value());
}

} // namespace

TEST_CASE("F6 from the pop puts the call through in the PBX's format, the event log and the message hold it")
{
    FormFixture console;
    setRules(console, R"({"outsideLinePrefix": "0"})");
    SimulatorSource *simulator = console.services->simulator();
    QStringList dialed;
    simulator->setCallControlOutcome([&](const CallControlRequest &request) {
        dialed << request.destination;
        return CallControlResult::Outcome::NoAnswer;
    });
    simulator->start();
    MessageForm *form = answeredPlumberCall(console);
    child<QPlainTextEdit>(form, "formNotes")->setFocus();
    type(QStringLiteral("fuite"));
    press(Qt::Key_F6);

    REQUIRE(waitUntil([&] { return !form->message().actions.isEmpty(); }));
    CHECK(dialed == QStringList{QStringLiteral("00611223344")}); // outside line, then national
    const QStringList log = callLog(console, QStringLiteral("call-1"));
    INFO(log.join(QLatin1Char(' ')).toStdString());
    CHECK(log.contains(QStringLiteral("action-confirmed:transfer: Marc Dubois — no answer (simulated)")));
    const Message saved = storedMessage(console);
    REQUIRE(saved.actions.size() == 1);
    CHECK(saved.actions.first().kind == ActionKind::Transfer);
    CHECK(saved.actions.first().result == QStringLiteral("no answer (simulated)"));
    CHECK(saved.actions.first().at.isValid());
}

TEST_CASE("Ctrl+D lists the client's directory, Enter puts the call through to the chosen number")
{
    FormFixture console;
    SimulatorSource *simulator = console.services->simulator();
    QStringList dialed;
    simulator->setCallControlOutcome([&](const CallControlRequest &request) {
        dialed << QStringLiteral("%1 %2").arg(toString(request.kind), request.destination);
        return CallControlResult::Outcome::Answered;
    });
    simulator->start();
    MessageForm *form = answeredPlumberCall(console);
    press(Qt::Key_D, Qt::ControlModifier);
    auto *picker = form->findChild<DirectoryPicker *>();
    REQUIRE(picker != nullptr);
    REQUIRE(waitUntil([&] {
        return picker->isVisible() && QApplication::focusWidget() ==
                                          picker->findChild<QLineEdit *>(QStringLiteral("directoryFilter"));
    }));
    CHECK(picker->entryCount() == 1);
    type(QStringLiteral("marc"));
    press(Qt::Key_Return);

    REQUIRE(waitUntil([&] { return !form->message().actions.isEmpty(); }));
    CHECK(dialed == QStringList{QStringLiteral("blind-transfer 0611223344")});
    const ActionTaken action = form->message().actions.first();
    CHECK(action.targetPersonId == QStringLiteral("marc"));
    CHECK(action.targetNumber == QStringLiteral("+33611223344"));
    CHECK(action.result == QStringLiteral("answered"));
    CHECK(callLog(console, QStringLiteral("call-1"))
              .contains(QStringLiteral("action-confirmed:transfer: Marc Dubois — answered")));
    CHECK(storedMessage(console).actions.size() == 1);
}

TEST_CASE("a number the dialing rules refuse never reaches the PBX, and the operator is told why")
{
    FormFixture console;
    setRules(console, R"({"refused": ["+336"]})");
    SimulatorSource *simulator = console.services->simulator();
    bool reached = false;
    simulator->setCallControlOutcome([&](const CallControlRequest &) {
        reached = true;
        return CallControlResult::Outcome::Answered;
    });
    simulator->start();
    MessageForm *form = answeredPlumberCall(console);
    press(Qt::Key_D, Qt::ControlModifier);
    auto *picker = form->findChild<DirectoryPicker *>();
    REQUIRE(picker != nullptr);
    // Enter goes to the filter, where the cursor lands once the picker is shown.
    REQUIRE(waitUntil([&] {
        return picker->isVisible() && QApplication::focusWidget() ==
                                          picker->findChild<QLineEdit *>(QStringLiteral("directoryFilter"));
    }));
    press(Qt::Key_Return);
    const bool recorded = waitUntil([&] { return !form->message().actions.isEmpty(); });
    const QString status = child<QLabel>(form, "formStatus")->text();
    INFO(status.toStdString());
    REQUIRE(recorded);
    CHECK_FALSE(reached);
    CHECK(status.contains(QStringLiteral("Not put through")));
    CHECK(status.contains(QStringLiteral("+336")));
    CHECK(form->message().actions.first().result.startsWith(QStringLiteral("failed")));
}

TEST_CASE("a callback promised with Alt+R shows in the follow-up list when due, Enter dials it")
{
    FormFixture console;
    SimulatorSource *simulator = console.services->simulator();
    QStringList dialed;
    simulator->setCallControlOutcome([&](const CallControlRequest &request) {
        dialed << QStringLiteral("%1 %2").arg(toString(request.kind), request.destination);
        return CallControlResult::Outcome::Answered;
    });
    simulator->start();
    MessageForm *form = answeredPlumberCall(console);
    type(QStringLiteral("Martin"));
    press(Qt::Key_Tab);
    type(QStringLiteral("0611223344"));
    press(Qt::Key_Tab);
    type(QStringLiteral("1 rue Victor Hugo"));
    press(Qt::Key_R, Qt::AltModifier);
    REQUIRE(focused() == child<QLineEdit>(form, "formCallbackTime"));
    SECTION("a time in the past is refused on save")
    {
        type(QStringLiteral("08:00")); // the console's clock says 09:00 UTC
        press(Qt::Key_Return, Qt::ControlModifier);
        CHECK_FALSE(form->isFinished());
        const QString status = child<QLabel>(form, "formStatus")->text();
        INFO(status.toStdString());
        INFO(child<QLineEdit>(form, "formCallbackTime")->text().toStdString());
        INFO(console.clock->now().toString(Qt::ISODate).toStdString());
        CHECK(status.contains(QStringLiteral("past")));
    }
    SECTION("promised in an hour, listed from 30 minutes before, late after, dialed with Enter")
    {
        type(QStringLiteral("+1h"));
        press(Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(form->isFinished());
        const QDateTime promised = console.clock->now().addSecs(3600);
        Message saved = storedMessage(console);
        CHECK(saved.callback.at == promised);
        CHECK(saved.callback.number == kCallerE164);
        CHECK(saved.callback.state == CallbackState::Pending);

        auto *view = console.window->findChild<FollowUpView *>();
        REQUIRE(view != nullptr);
        auto *table = child<QTableWidget>(view, "followUpList");
        view->refresh();
        CHECK(table->rowCount() == 0); // an hour away: not yet
        console.clock->advanceSeconds(45 * 60);
        view->refresh();
        REQUIRE(table->rowCount() == 1);
        CHECK_FALSE(table->item(0, 0)->data(Qt::UserRole).toBool());
        console.clock->advanceSeconds(20 * 60);
        view->refresh();
        CHECK(table->item(0, 0)->data(Qt::UserRole).toBool()); // late: highlighted
        CHECK(console.window->statusBar()->currentMessage().contains(QStringLiteral("Follow-up due")));

        press(Qt::Key_F8);
        REQUIRE(waitUntil([&] { return QApplication::focusWidget() == table; }));
        CHECK(child<QDockWidget>(console.window.get(), "followUpDock")->isVisible());
        press(Qt::Key_Return);
        REQUIRE(waitUntil([&] { return storedMessage(console).callback.state == CallbackState::Done; }));
        CHECK(dialed == QStringList{QStringLiteral("originate 0612345678")});
        saved = storedMessage(console);
        REQUIRE(saved.actions.size() == 1);
        CHECK(saved.actions.first().kind == ActionKind::Callback);
        CHECK(saved.actions.first().result == QStringLiteral("answered"));
        CHECK(saved.actions.first().confirmedBy == QStringLiteral("camille"));
        REQUIRE(waitUntil([&] { return table->rowCount() == 0; }));
    }
}

TEST_CASE("Ctrl+K in the follow-up list acknowledges a failed delivery after asking, and it leaves the list")
{
    FormFixture console;
    delivery::DeliveryRepository deliveries(console.services->database());
    delivery::DeliveryPlan plan;
    plan.payload.message.id = QStringLiteral("5f0c8a44-2b1e-4f0e-9a57-0d9d2b1c7e31");
    plan.payload.message.clientCode = QStringLiteral("PLB-MARTIN");
    plan.payload.message.callerName = QStringLiteral("Mme Durand");
    plan.payload.message.status = MessageStatus::Completed;
    plan.payload.message.createdAt = plan.payload.message.updatedAt = console.clock->now();
    REQUIRE(deliveries.recordNotPlanned(plan, {QStringLiteral("nobody on call")}, console.clock->now()).ok());

    auto *view = console.window->findChild<FollowUpView *>();
    REQUIRE(view != nullptr);
    auto *table = child<QTableWidget>(view, "followUpList");
    QStringList asked;
    bool answer = false;
    view->setConfirmAcknowledge([&](QWidget *, const FollowUpItem &item) {
        asked << item.summary;
        return answer;
    });
    press(Qt::Key_F8);
    REQUIRE(waitUntil([&] { return QApplication::focusWidget() == table; }));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 4)->text().contains(QStringLiteral("nobody on call")));
    table->setCurrentCell(0, 0);

    const QString id = delivery::planningIssueId(plan.payload.message.id);
    press(Qt::Key_K, Qt::ControlModifier); // the operator says No: nothing changes
    REQUIRE(asked.size() == 1);
    CHECK(deliveries.find(id).value()->state == delivery::DeliveryState::Failed);
    CHECK(table->rowCount() == 1);

    answer = true;
    press(Qt::Key_K, Qt::ControlModifier);
    REQUIRE(asked.size() == 2);
    const auto record = deliveries.find(id).value();
    CHECK(record->state == delivery::DeliveryState::Acknowledged);
    CHECK(record->acknowledgedBy == QStringLiteral("camille"));
    CHECK(record->acknowledgedHow == QStringLiteral("operator"));
    CHECK(table->rowCount() == 0);
    CHECK(console.window->statusBar()->currentMessage().startsWith(QStringLiteral("Acknowledged")));
}

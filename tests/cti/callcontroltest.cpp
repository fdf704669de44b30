// Transfers and callbacks through the PBX: the AMI actions AmiClient writes for them, the results it
// reads back from the fake PBX's responses and events, the simulator's, and hostile destinations.
#include "common/clock.h"
#include "cti/amicallcontrol.h"
#include "cti/amiclient.h"
#include "cti/fakeamiserver.h"
#include "cti/simulatorsource.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::FakeAmiServer;
using relais::test::waitUntil;
using Outcome = CallControlResult::Outcome;
using RequestKind = CallControlRequest::Kind;

namespace {

const QByteArray kLinkedid = "1795429457.10";
const QByteArray kTrunk = "PJSIP/trunk-0000000a";
const QByteArray kOurLeg = "PJSIP/201-0000000b";

// A call from 0612345678 to 0142685300, rung and answered at PJSIP/201: in progress.
QByteArray answeredCall()
{
    const QByteArray ids = "Uniqueid: " + kLinkedid + "\r\nLinkedid: " + kLinkedid + "\r\n";
    return "Event: Newchannel\r\nChannel: " + kTrunk +
           "\r\nChannelState: 4\r\nCallerIDNum: 0612345678\r\nCallerIDName: 0612345678\r\n"
           "Context: from-trunk\r\nExten: 0142685300\r\n" +
           ids +
           "\r\n"
           "Event: DialBegin\r\nChannel: " +
           kTrunk + "\r\nCallerIDNum: 0612345678\r\nExten: 0142685300\r\n" + ids + "DestChannel: " + kOurLeg +
           "\r\nDestExten: 0142685300\r\nDialString: 201\r\n\r\n"
           "Event: DialEnd\r\nChannel: " +
           kTrunk + "\r\n" + ids + "DestChannel: " + kOurLeg + "\r\nDialStatus: ANSWER\r\n\r\n";
}

// The new leg a transfer dials, ending with `status`.
QByteArray transferDial(const QByteArray &status)
{
    const QByteArray common = "Channel: " + kTrunk + "\r\nUniqueid: " + kLinkedid +
                              "\r\nLinkedid: " + kLinkedid + "\r\nDestChannel: PJSIP/trunk-0000000c\r\n";
    return "Event: DialBegin\r\n" + common + "DialString: 0611223344\r\n\r\nEvent: DialEnd\r\n" + common +
           "DialStatus: " + status + "\r\n\r\n";
}

QByteArray response(const AmiMessage &action, const QByteArray &status, const QByteArray &message)
{
    return "Response: " + status + "\r\nActionID: " + action.value("ActionID").toByteArray() +
           "\r\nMessage: " + message + "\r\n\r\n";
}

struct Pbx
{
    explicit Pbx(std::function<QByteArray(const AmiMessage &)> onAction, int timeoutMs = 60000)
    {
        FakeAmiServer::Options serverOptions;
        serverOptions.onAction = std::move(onAction);
        server = std::make_unique<FakeAmiServer>(serverOptions);
        REQUIRE(server->listen());
        AmiClient::Options options;
        options.host = QStringLiteral("127.0.0.1");
        options.port = server->port();
        options.username = QStringLiteral("relais");
        options.secret = QStringLiteral("secret");
        options.tracker.device = QStringLiteral("PJSIP/201");
        options.dialContext = QStringLiteral("relais-transfers");
        options.callControlTimeoutMs = timeoutMs;
        client = std::make_unique<AmiClient>(options, clock);
        QObject::connect(client.get(), &CtiSource::callControlResult,
                         [this](const CallControlResult &r) { results.push_back(r); });
        QObject::connect(client.get(), &CtiSource::callEvent,
                         [this](const CallEvent &e) { answered += e.kind == CallEvent::Kind::Answered; });
        client->start();
        REQUIRE(waitUntil([&] { return client->state() == CtiSource::State::Connected; }));
    }

    void callInProgress()
    {
        server->send(answeredCall());
        REQUIRE(waitUntil([&] { return answered == 1; }));
    }

    QString request(RequestKind kind, const QString &destination,
                    const QString &callId = QString::fromLatin1(kLinkedid))
    {
        return client->requestCallControl({kind, callId, destination, QStringLiteral("Marc Dubois")});
    }

    bool finalResult()
    {
        return waitUntil([&] { return !results.empty() && results.back().isFinal(); });
    }

    FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(10, 42), Qt::UTC)};
    std::unique_ptr<FakeAmiServer> server;
    std::unique_ptr<AmiClient> client;
    std::vector<CallControlResult> results;
    int answered = 0;
};

} // namespace

TEST_CASE("a blind transfer sends BlindTransfer on our leg and reports the new leg's answer")
{
    Pbx pbx([](const AmiMessage &action) -> QByteArray {
        return response(action, "Success", "Transfer succeeded") + transferDial("ANSWER");
    });
    pbx.callInProgress();
    const QString id = pbx.request(RequestKind::BlindTransfer, QStringLiteral("0611223344"));
    REQUIRE(pbx.finalResult());
    REQUIRE(pbx.server->actions().size() == 1);
    const AmiMessage &action = pbx.server->actions().first();
    CHECK(action.value("Action") == QByteArrayView("BlindTransfer"));
    CHECK(action.value("Channel") == QByteArrayView(kOurLeg));
    CHECK(action.value("Exten") == QByteArrayView("0611223344"));
    CHECK(action.value("Context") == QByteArrayView("relais-transfers"));
    CHECK_FALSE(action.value("ActionID").isEmpty());
    REQUIRE(pbx.results.size() == 2);
    CHECK(pbx.results[0].outcome == Outcome::Accepted);
    CHECK(pbx.results[1].outcome == Outcome::Answered);
    CHECK(pbx.results[1].requestId == id);
    CHECK(pbx.results[1].request.label == QStringLiteral("Marc Dubois"));
    CHECK(pbx.results[1].succeeded());
}

TEST_CASE("a transfer to a busy or silent person says so, with the PBX's dial status")
{
    const auto [status, expected] =
        GENERATE(table<QByteArray, Outcome>({{"BUSY", Outcome::Busy},
                                             {"NOANSWER", Outcome::NoAnswer},
                                             {"CHANUNAVAIL", Outcome::Unavailable},
                                             {"CONGESTION", Outcome::Unavailable}}));
    Pbx pbx([status = status](const AmiMessage &action) -> QByteArray {
        return response(action, "Success", "") + transferDial(status);
    });
    pbx.callInProgress();
    pbx.request(RequestKind::AttendedTransfer, QStringLiteral("0611223344"));
    REQUIRE(pbx.finalResult());
    CHECK(pbx.server->actions().first().value("Action") == QByteArrayView("Atxfer"));
    CHECK(pbx.results.back().outcome == expected);
    CHECK(pbx.results.back().detail == QString::fromLatin1(status));
}

TEST_CASE("a transfer the PBX refuses fails at once with its message")
{
    Pbx pbx(
        [](const AmiMessage &action) -> QByteArray { return response(action, "Error", "No such channel"); });
    pbx.callInProgress();
    pbx.request(RequestKind::BlindTransfer, QStringLiteral("0611223344"));
    REQUIRE(pbx.finalResult());
    REQUIRE(pbx.results.size() == 1);
    CHECK(pbx.results[0].outcome == Outcome::Failed);
    CHECK(pbx.results[0].detail == QStringLiteral("No such channel"));
}

TEST_CASE("a callback rings the operator's phone first, then reports the OriginateResponse reason")
{
    const auto [reason, expected] = GENERATE(table<QByteArray, Outcome>({{"4", Outcome::Answered},
                                                                         {"5", Outcome::Busy},
                                                                         {"3", Outcome::NoAnswer},
                                                                         {"8", Outcome::Unavailable},
                                                                         {"0", Outcome::Failed}}));
    Pbx pbx([reason = reason](const AmiMessage &action) -> QByteArray {
        return response(action, "Success", "Originate successfully queued") +
               "Event: OriginateResponse\r\nActionID: " + action.value("ActionID").toByteArray() +
               "\r\nResponse: " + (reason == "4" ? "Success" : "Failure") +
               "\r\nChannel: PJSIP/201\r\n"
               "Context: relais-transfers\r\nExten: 0611223344\r\nReason: " +
               reason + "\r\n\r\n";
    });
    pbx.request(RequestKind::Originate, QStringLiteral("0611223344"), QString());
    REQUIRE(pbx.finalResult());
    const AmiMessage &action = pbx.server->actions().first();
    CHECK(action.value("Action") == QByteArrayView("Originate"));
    CHECK(action.value("Channel") == QByteArrayView("PJSIP/201"));
    CHECK(action.value("Exten") == QByteArrayView("0611223344"));
    CHECK(action.value("Priority") == QByteArrayView("1"));
    CHECK(action.value("Async") == QByteArrayView("true"));
    CHECK(pbx.results.front().outcome == Outcome::Accepted);
    CHECK(pbx.results.back().outcome == expected);
}

TEST_CASE("a hostile or empty destination is refused and nothing reaches the PBX")
{
    Pbx pbx([](const AmiMessage &action) -> QByteArray { return response(action, "Success", ""); });
    pbx.callInProgress();
    const QString destination =
        GENERATE(QStringLiteral("0611\r\nAction: Logoff"), QString(), QStringLiteral("+"),
                 QStringLiteral("06 11 22 33 44"), QString(40, QLatin1Char('1')),
                 QStringLiteral("061122\u00e9"), QStringLiteral("06+11"));
    pbx.request(RequestKind::BlindTransfer, destination);
    REQUIRE(pbx.finalResult());
    CHECK(pbx.results.back().outcome == Outcome::Failed);
    CHECK(pbx.results.back().detail.contains(QStringLiteral("cannot dial")));
    CHECK(pbx.server->actions().isEmpty());
}

TEST_CASE("transferring a call this phone does not hold fails without an action")
{
    Pbx pbx([](const AmiMessage &action) -> QByteArray { return response(action, "Success", ""); });
    pbx.request(RequestKind::BlindTransfer, QStringLiteral("0611223344"), QStringLiteral("1795429457.99"));
    REQUIRE(pbx.finalResult());
    CHECK(pbx.results.back().outcome == Outcome::Failed);
    CHECK(pbx.results.back().detail.contains(QStringLiteral("1795429457.99")));
    CHECK(pbx.server->actions().isEmpty());
}

TEST_CASE("a request without an outcome in time ends as no answer, a lost link fails what is pending")
{
    SECTION("timeout")
    {
        Pbx pbx([](const AmiMessage &action) -> QByteArray { return response(action, "Success", ""); }, 150);
        pbx.callInProgress();
        pbx.request(RequestKind::BlindTransfer, QStringLiteral("0611223344"));
        REQUIRE(pbx.finalResult());
        CHECK(pbx.results.back().outcome == Outcome::NoAnswer);
    }
    SECTION("link lost")
    {
        Pbx pbx([](const AmiMessage &action) -> QByteArray { return response(action, "Success", ""); });
        pbx.callInProgress();
        pbx.request(RequestKind::BlindTransfer, QStringLiteral("0611223344"));
        REQUIRE(waitUntil([&] { return !pbx.results.empty(); }));
        pbx.server->dropClient();
        REQUIRE(pbx.finalResult());
        CHECK(pbx.results.back().outcome == Outcome::Failed);
        CHECK(pbx.results.back().detail.contains(QStringLiteral("lost")));
    }
}

TEST_CASE("a call source that is not connected fails a request instead of dropping it")
{
    FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(10, 42), Qt::UTC)};
    AmiClient::Options options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = 9; // never started
    AmiClient client(options, clock);
    std::vector<CallControlResult> results;
    QObject::connect(&client, &CtiSource::callControlResult,
                     [&](const CallControlResult &r) { results.push_back(r); });
    const QString id =
        client.requestCallControl({RequestKind::Originate, {}, QStringLiteral("0611223344"), {}});
    CHECK(results.empty()); // never from inside the call
    REQUIRE(waitUntil([&] { return !results.empty(); }));
    CHECK(results[0].requestId == id);
    CHECK(results[0].outcome == Outcome::Failed);
}

TEST_CASE("the simulator accepts a transfer, then ends it as its outcome function says")
{
    FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(10, 42), Qt::UTC)};
    SimulatorSource::Options options;
    options.dialedNumbers = {QStringLiteral("+33142685300")};
    options.callControlAfterMs = 20;
    options.seed = 3;
    SimulatorSource simulator(options, clock);
    std::vector<CallControlResult> results;
    QObject::connect(&simulator, &CtiSource::callControlResult,
                     [&](const CallControlResult &r) { results.push_back(r); });
    simulator.start();
    simulator.setCallControlOutcome([](const CallControlRequest &request) {
        return request.destination.endsWith(QLatin1Char('0')) ? Outcome::Busy : Outcome::Answered;
    });
    simulator.requestCallControl(
        {RequestKind::BlindTransfer, QStringLiteral("c1"), QStringLiteral("0611223340"), {}});
    REQUIRE(waitUntil([&] { return results.size() == 2; }));
    CHECK(results[0].outcome == Outcome::Accepted);
    CHECK(results[1].outcome == Outcome::Busy);
    simulator.requestCallControl({RequestKind::Originate, {}, QStringLiteral("bad number"), {}});
    REQUIRE(waitUntil([&] { return results.size() == 3; }));
    CHECK(results[2].outcome == Outcome::Failed);
}

TEST_CASE("dial statuses and originate reasons map to outcomes, unknown ones are failures")
{
    CHECK(outcomeOfDialStatus("ANSWER") == Outcome::Answered);
    CHECK(outcomeOfDialStatus("CANCEL") == Outcome::NoAnswer);
    CHECK(outcomeOfDialStatus("") == Outcome::Failed);
    CHECK(outcomeOfDialStatus("\xff\xfe") == Outcome::Failed);
    CHECK(outcomeOfOriginateReason("1") == Outcome::NoAnswer);
    CHECK(outcomeOfOriginateReason("42") == Outcome::Failed);
    CHECK(isDialable(QStringLiteral("+33611223344")));
    CHECK(isDialable(QStringLiteral("*12#")));
    CHECK_FALSE(isDialable(QStringLiteral("++33")));
}

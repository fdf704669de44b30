// AmiClient against FakeAmiServer on loopback: login, life cycle of calls, hostile streams, reconnects.
#include "cti/amiclient.h"

#include "common/clock.h"
#include "cti/fakeamiserver.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QTcpServer>

using relais::AmiClient;
using relais::CallEvent;
using relais::CtiSource;
using relais::FixedClock;
using relais::test::amiEventsOf;
using relais::test::FakeAmiServer;
using relais::test::waitUntil;
using Kind = relais::CallEvent::Kind;

namespace {

const QString kSecret = QStringLiteral("s3cr3t-Never-Shown");

struct Harness
{
    explicit Harness(FakeAmiServer::Options serverOptions = {}, AmiClient::Options extra = {})
        : server(serverOptions)
    {
        REQUIRE(server.listen());
        AmiClient::Options options = extra;
        options.host = QStringLiteral("127.0.0.1");
        options.port = server.port();
        options.username = QStringLiteral("relais");
        options.secret = kSecret;
        options.tracker.device = QStringLiteral("PJSIP/201");
        options.minBackoffMs = 20; // fast retries keep the tests short
        options.maxBackoffMs = 200;
        client = std::make_unique<AmiClient>(options, clock);
        QObject::connect(client.get(), &CtiSource::callEvent,
                         [this](const CallEvent &e) { events.push_back(e); });
        QObject::connect(client.get(), &CtiSource::stateChanged,
                         [this](CtiSource::State s, const QString &detail) {
                             states.push_back({s, detail});
                         });
    }

    bool connected()
    {
        client->start();
        return waitUntil([&] { return client->state() == CtiSource::State::Connected; });
    }

    std::vector<Kind> kinds() const
    {
        std::vector<Kind> out;
        for (const CallEvent &e : events)
            out.push_back(e.kind);
        return out;
    }

    FixedClock clock{QDateTime::fromString(QStringLiteral("2026-11-23T10:30:00Z"), Qt::ISODate)};
    FakeAmiServer server;
    std::unique_ptr<AmiClient> client;
    std::vector<CallEvent> events;
    std::vector<std::pair<CtiSource::State, QString>> states;
};

const std::vector<Kind> kAnsweredCall{Kind::Offered, Kind::Answered, Kind::Ended};
const QString kRecording = QStringLiteral("asterisk22-pjsip-inbound-answered.ami");

} // namespace

TEST_CASE("login accepted: the client is connected and logged in with its user, secret and event filter")
{
    Harness h;
    REQUIRE(h.connected());
    const auto &login = h.server.lastLogin();
    CHECK(login.text("Username") == QStringLiteral("relais"));
    CHECK(login.text("Secret") == kSecret);
    CHECK(login.value("ActionID").startsWith("relais-login-"));
    CHECK(login.value("Events") == QByteArrayView("call,agent"));
    CHECK(h.client->description().contains(QStringLiteral("127.0.0.1")));
    for (const auto &[state, detail] : h.states)
        CHECK_FALSE(detail.contains(kSecret));
}

TEST_CASE("login refused: state Failed with the server's reason, no secret, and it retries")
{
    FakeAmiServer::Options refusing;
    refusing.acceptLogin = false;
    Harness h(refusing);
    h.client->start();
    REQUIRE(waitUntil([&] { return h.client->state() == CtiSource::State::Failed; }));
    const QString expected =
        QStringLiteral("login refused by 127.0.0.1:%1: Authentication failed").arg(h.server.port());
    REQUIRE_FALSE(h.states.empty());
    CHECK(h.states.back().second.startsWith(expected));
    CHECK(h.client->description().contains(QStringLiteral("Authentication failed")));
    REQUIRE(waitUntil([&] { return h.server.logins() >= 3; }));
    for (const auto &[state, detail] : h.states)
        CHECK_FALSE(detail.contains(kSecret));
    // The PBX fixed: the next attempt gets in.
    h.server.options().acceptLogin = true;
    CHECK(waitUntil([&] { return h.client->state() == CtiSource::State::Connected; }));
}

TEST_CASE("a full inbound call over the socket pops, is answered and ends")
{
    Harness h;
    REQUIRE(h.connected());
    h.server.send(amiEventsOf(kRecording));
    REQUIRE(waitUntil([&] { return h.events.size() >= 3; }));
    REQUIRE(h.kinds() == kAnsweredCall);
    CHECK(h.events[0].callId == QStringLiteral("1795429457.0"));
    CHECK(h.events[0].callerNumber == QStringLiteral("0612345678"));
    CHECK(h.events[0].dialedNumber == QStringLiteral("0142685300"));
    CHECK(h.events[0].time == h.clock.now());
    CHECK(h.events[0].receivedAt.time_since_epoch().count() > 0);
    CHECK(h.events[2].endCause == QStringLiteral("answered"));
}

TEST_CASE("the same call split into different TCP writes gives the same events")
{
    for (int chunk : {1, 7, 100, 1460, 4096}) {
        Harness h;
        REQUIRE(h.connected());
        h.server.send(amiEventsOf(kRecording), chunk);
        REQUIRE(waitUntil([&] { return h.events.size() >= 3; }));
        CHECK(h.kinds() == kAnsweredCall);
        CHECK(h.events[0].dialedNumber == QStringLiteral("0142685300"));
    }
}

TEST_CASE("a queue call over the socket pops with the queue name when so configured")
{
    AmiClient::Options options;
    options.tracker.dialedSource = relais::AmiCallTracker::DialedSource::Queue;
    Harness h({}, options);
    REQUIRE(h.connected());
    h.server.send(amiEventsOf(QStringLiteral("queue-call-answered.ami")));
    REQUIRE(waitUntil([&] { return h.events.size() >= 3; }));
    CHECK(h.kinds() == kAnsweredCall);
    CHECK(h.events[0].dialedNumber == QStringLiteral("accueil"));
}

TEST_CASE("a variable as dialed number asks the PBX for dialplan events too")
{
    AmiClient::Options options;
    options.tracker.dialedSource = relais::AmiCallTracker::DialedSource::Variable;
    options.tracker.dialedVariable = QStringLiteral("__FROM_DID");
    Harness h({}, options);
    REQUIRE(h.connected());
    CHECK(h.server.lastLogin().value("Events") == QByteArrayView("call,agent,dialplan"));
    h.server.send(amiEventsOf(QStringLiteral("queue-call-answered.ami")));
    REQUIRE(waitUntil([&] { return h.events.size() >= 3; }));
    CHECK(h.events[0].dialedNumber == QStringLiteral("0145678900"));
}

TEST_CASE("two overlapping calls over the socket: only ours pops, an unknown dialed number is carried")
{
    Harness h;
    REQUIRE(h.connected());
    h.server.send(amiEventsOf(QStringLiteral("overlapping-calls.ami")) +
                  amiEventsOf(QStringLiteral("unknown-dialed-number.ami")));
    REQUIRE(waitUntil([&] { return h.events.size() >= 6; }));
    REQUIRE(h.events.size() == 6);
    CHECK(h.events[0].callId == QStringLiteral("1795430400.65"));
    CHECK(h.events[3].callId == QStringLiteral("1795430500.80"));
    CHECK(h.events[3].kind == Kind::Offered);
    CHECK(h.events[3].dialedNumber == QStringLiteral("0199001234"));
}

TEST_CASE("garbage, binary and a 1 MB line do not break the client, the next call still pops")
{
    Harness h;
    REQUIRE(h.connected());
    QByteArray hostile = "this is not AMI\r\n\x01\x02\x00\xff\xfe garbage: with colon\r\n\r\n";
    hostile += "Event: Huge\r\nData: " + QByteArray(1024 * 1024, 'A') + "\r\n\r\n";
    hostile += QByteArray("\0\0\0\r\n\r\n", 7);
    h.server.send(hostile, 65536);
    h.server.send(amiEventsOf(kRecording));
    REQUIRE(waitUntil([&] { return h.events.size() >= 3; }));
    CHECK(h.kinds() == kAnsweredCall);
    CHECK(h.client->state() == CtiSource::State::Connected);
    CHECK(h.server.connections() == 1);
}

TEST_CASE("the server dropping mid-event: the client reconnects and does not pop the same call twice")
{
    Harness h;
    REQUIRE(h.connected());
    const QByteArray events = amiEventsOf(kRecording);
    const qsizetype cut =
        events.indexOf("Event: DialState") + 40; // in the middle of an event, after DialBegin
    h.server.send(events.left(cut));
    REQUIRE(waitUntil([&] { return h.events.size() == 1; }));
    h.server.dropClient();
    REQUIRE(waitUntil(
        [&] { return h.server.acceptedLogins() == 2 && h.client->state() == CtiSource::State::Connected; }));
    bool sawDisconnected = false;
    for (const auto &[state, detail] : h.states)
        sawDisconnected = sawDisconnected || state == CtiSource::State::Disconnected;
    CHECK(sawDisconnected);
    // The PBX sends the call again from the start (as a replaying proxy would).
    h.server.send(events);
    REQUIRE(waitUntil([&] { return h.events.size() >= 3; }));
    CHECK(h.kinds() == kAnsweredCall);
}

TEST_CASE("the server going away and coming back on the same port")
{
    Harness h;
    REQUIRE(h.connected());
    const quint16 port = h.server.port();
    h.server.close();
    REQUIRE(waitUntil([&] { return h.client->state() != CtiSource::State::Connected; }));
    // Connection refused while it is down: still retrying.
    REQUIRE(waitUntil([&] { return h.client->connectionAttempts() >= 3; }));
    REQUIRE(h.server.listen(port));
    REQUIRE(waitUntil([&] { return h.client->state() == CtiSource::State::Connected; }));
    h.server.send(amiEventsOf(kRecording));
    REQUIRE(waitUntil([&] { return h.events.size() >= 3; }));
    CHECK(h.kinds() == kAnsweredCall);
}

TEST_CASE("connection refused: disconnected with the reason, retrying")
{
    quint16 port = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    FixedClock clock(QDateTime::currentDateTimeUtc());
    AmiClient::Options options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    options.username = QStringLiteral("relais");
    options.secret = kSecret;
    options.minBackoffMs = 10;
    options.maxBackoffMs = 50;
    AmiClient client(options, clock);
    QString lastDetail;
    QObject::connect(&client, &CtiSource::stateChanged,
                     [&](CtiSource::State, const QString &detail) { lastDetail = detail; });
    client.start();
    REQUIRE(waitUntil([&] { return client.connectionAttempts() >= 3; }));
    REQUIRE(waitUntil([&] { return client.state() == CtiSource::State::Disconnected; }));
    CHECK(lastDetail.contains(QStringLiteral("connection refused by 127.0.0.1:%1").arg(port)));
    client.stop();
    const int attempts = client.connectionAttempts();
    waitUntil([] { return false; }, 200);
    CHECK(client.connectionAttempts() == attempts); // stopped means stopped
}

TEST_CASE("keep-alive: pings answered keep the link, unanswered pings reconnect")
{
    AmiClient::Options options;
    options.pingIntervalMs = 30;
    options.pongTimeoutMs = 100;
    SECTION("answered")
    {
        Harness h({}, options);
        REQUIRE(h.connected());
        REQUIRE(waitUntil([&] { return h.server.pings() >= 4; }));
        CHECK(h.server.connections() == 1);
    }
    SECTION("unanswered")
    {
        FakeAmiServer::Options silent;
        silent.answerPings = false;
        Harness h(silent, options);
        REQUIRE(h.connected());
        REQUIRE(waitUntil([&] { return h.server.connections() >= 2; }));
        bool sawKeepAlive = false;
        for (const auto &[state, detail] : h.states)
            sawKeepAlive = sawKeepAlive || detail.contains(QStringLiteral("keep-alive"));
        CHECK(sawKeepAlive);
    }
}

// AmiCallTracker: transcripts in, CallEvents out, for the configured device only.
#include "cti/amicalltracker.h"
#include "cti/amiparser.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using relais::AmiCallTracker;
using relais::AmiMessage;
using relais::AmiParser;
using relais::CallEvent;
using Kind = relais::CallEvent::Kind;
using namespace std::chrono_literals;

namespace {

std::vector<AmiMessage> messagesOf(const QString &file)
{
    AmiParser parser;
    std::vector<AmiMessage> out;
    parser.feed(relais::test::readData(QStringLiteral("ami/") + file), out);
    return out;
}

AmiCallTracker::Options optionsFor(const QString &device,
                                   AmiCallTracker::DialedSource source = AmiCallTracker::DialedSource::Exten,
                                   const QString &variable = {})
{
    AmiCallTracker::Options options;
    options.device = device;
    options.dialedSource = source;
    options.dialedVariable = variable;
    return options;
}

const auto kStart = std::chrono::steady_clock::time_point{} + 1000h;
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-23T10:30:00Z"), Qt::ISODate);

std::vector<CallEvent> track(AmiCallTracker &tracker, const std::vector<AmiMessage> &messages)
{
    std::vector<CallEvent> out;
    auto at = kStart;
    for (const AmiMessage &m : messages) {
        tracker.consume(m, at, kNow, out);
        at += 1ms;
    }
    return out;
}

std::vector<CallEvent> track(const QString &file, AmiCallTracker::Options options)
{
    AmiCallTracker tracker(std::move(options));
    return track(tracker, messagesOf(file));
}

std::vector<Kind> kinds(const std::vector<CallEvent> &events)
{
    std::vector<Kind> out;
    for (const CallEvent &e : events)
        out.push_back(e.kind);
    return out;
}

const std::vector<Kind> kAnsweredCall{Kind::Offered, Kind::Answered, Kind::Ended};

} // namespace

TEST_CASE("the recorded inbound call pops once, is answered, and ends answered")
{
    const auto events = track(QStringLiteral("asterisk22-pjsip-inbound-answered.ami"),
                              optionsFor(QStringLiteral("PJSIP/201")));
    REQUIRE(kinds(events) == kAnsweredCall);
    const CallEvent &offered = events[0];
    CHECK(offered.callId == QStringLiteral("1795429457.0"));
    CHECK(offered.callerNumber == QStringLiteral("0612345678"));
    CHECK(offered.dialedNumber == QStringLiteral("0142685300"));
    CHECK(offered.time == kNow);
    CHECK(offered.receivedAt > kStart);
    CHECK(events[1].receivedAt > offered.receivedAt);
    CHECK(events[2].endCause == QStringLiteral("answered"));
    CHECK(events[2].callId == offered.callId);
}

TEST_CASE("the recorded call does not pop at another operator's phone")
{
    CHECK(track(QStringLiteral("asterisk22-pjsip-inbound-answered.ami"),
                optionsFor(QStringLiteral("PJSIP/2010")))
              .empty());
    CHECK(
        track(QStringLiteral("asterisk22-pjsip-inbound-answered.ami"), optionsFor(QStringLiteral("PJSIP/20")))
            .empty());
}

TEST_CASE("headers in any order give the same call events")
{
    std::vector<AmiMessage> reversed;
    for (const AmiMessage &m : messagesOf(QStringLiteral("asterisk22-pjsip-inbound-answered.ami"))) {
        AmiMessage r;
        for (int i = m.size() - 1; i >= 0; --i)
            r.append(m.key(i), m.valueAt(i));
        reversed.push_back(std::move(r));
    }
    AmiCallTracker tracker(optionsFor(QStringLiteral("PJSIP/201")));
    const auto events = track(tracker, reversed);
    REQUIRE(kinds(events) == kAnsweredCall);
    CHECK(events[0].dialedNumber == QStringLiteral("0142685300"));
}

TEST_CASE("a queue call pops at our member and reads the dialed number where configured")
{
    const QString file = QStringLiteral("queue-call-answered.ami");
    SECTION("exten of the inbound channel")
    {
        const auto events = track(file, optionsFor(QStringLiteral("PJSIP/201")));
        REQUIRE(kinds(events) == kAnsweredCall);
        CHECK(events[0].dialedNumber == QStringLiteral("+33145678900"));
        CHECK(events[0].callerNumber == QStringLiteral("0698765432"));
        CHECK(events[0].callerName == QStringLiteral("DUPONT Marie"));
        CHECK(events[2].endCause == QStringLiteral("answered"));
    }
    SECTION("a channel variable, inherited or not")
    {
        for (const QString &name : {QStringLiteral("FROM_DID"), QStringLiteral("__FROM_DID")}) {
            const auto events = track(
                file, optionsFor(QStringLiteral("PJSIP/201"), AmiCallTracker::DialedSource::Variable, name));
            REQUIRE(kinds(events) == kAnsweredCall);
            CHECK(events[0].dialedNumber == QStringLiteral("0145678900"));
        }
    }
    SECTION("the queue name")
    {
        const auto events =
            track(file, optionsFor(QStringLiteral("PJSIP/201"), AmiCallTracker::DialedSource::Queue));
        REQUIRE(kinds(events) == kAnsweredCall);
        CHECK(events[0].dialedNumber == QStringLiteral("accueil"));
    }
    SECTION("the other member, who rang too, sees it answered elsewhere")
    {
        const auto events = track(file, optionsFor(QStringLiteral("PJSIP/202")));
        REQUIRE(kinds(events) == std::vector<Kind>{Kind::Offered, Kind::Ended});
        CHECK(events[1].endCause == QStringLiteral("answered-elsewhere"));
    }
    SECTION("a phone that is not a member sees nothing")
    {
        CHECK(track(file, optionsFor(QStringLiteral("PJSIP/203"))).empty());
    }
}

TEST_CASE("the caller hanging up while it rings ends the call as caller-hangup, never answered")
{
    const auto events =
        track(QStringLiteral("caller-hangup-while-ringing.ami"), optionsFor(QStringLiteral("PJSIP/201")));
    REQUIRE(kinds(events) == std::vector<Kind>{Kind::Offered, Kind::Ended});
    CHECK(events[0].callerNumber == QStringLiteral("+33612000001"));
    CHECK(events[0].callerName.isEmpty()); // "<unknown>" is no name
    CHECK(events[1].endCause == QStringLiteral("caller-hangup"));
}

TEST_CASE("a call nobody answers ends as no-answer when our leg hangs up")
{
    const auto events = track(QStringLiteral("no-answer.ami"), optionsFor(QStringLiteral("PJSIP/201")));
    REQUIRE(kinds(events) == std::vector<Kind>{Kind::Offered, Kind::Ended});
    CHECK(events[1].endCause == QStringLiteral("no-answer"));
}

TEST_CASE("overlapping calls to two phones: each phone sees only its own call")
{
    const QString file = QStringLiteral("overlapping-calls.ami");
    const auto ours = track(file, optionsFor(QStringLiteral("PJSIP/201")));
    REQUIRE(kinds(ours) == kAnsweredCall);
    for (const CallEvent &e : ours)
        CHECK(e.callId == QStringLiteral("1795430400.65"));
    CHECK(ours[0].dialedNumber == QStringLiteral("0388000000"));
    CHECK(ours[0].callerNumber == QStringLiteral("0622222222"));

    const auto theirs = track(file, optionsFor(QStringLiteral("PJSIP/202")));
    REQUIRE(kinds(theirs) == kAnsweredCall);
    CHECK(theirs[0].callId == QStringLiteral("1795430400.64"));
    CHECK(theirs[0].dialedNumber == QStringLiteral("0142685300"));
}

TEST_CASE("an unknown dialed number is carried as dialed, routing decides")
{
    const auto events =
        track(QStringLiteral("unknown-dialed-number.ami"), optionsFor(QStringLiteral("PJSIP/201")));
    REQUIRE(kinds(events) == kAnsweredCall);
    CHECK(events[0].dialedNumber == QStringLiteral("0199001234"));
}

TEST_CASE("SystemName-prefixed uniqueids and Local member channels pop once")
{
    const QString file = QStringLiteral("systemname-local-queue.ami");
    const auto events = track(file, optionsFor(QStringLiteral("PJSIP/201")));
    REQUIRE(kinds(events) == kAnsweredCall);
    CHECK(events[0].callId == QStringLiteral("pbx-paris-1795430600.96"));
    CHECK(events[0].dialedNumber == QStringLiteral("0142685300"));
    CHECK(events[2].endCause == QStringLiteral("answered"));
    const auto byQueue =
        track(file, optionsFor(QStringLiteral("PJSIP/201"), AmiCallTracker::DialedSource::Queue));
    REQUIRE_FALSE(byQueue.empty());
    CHECK(byQueue[0].dialedNumber == QStringLiteral("support"));
}

TEST_CASE("command output and list responses between calls are not calls")
{
    const auto events =
        track(QStringLiteral("follows-and-lists.ami"), optionsFor(QStringLiteral("PJSIP/201")));
    REQUIRE(kinds(events) == kAnsweredCall);
    CHECK(events[0].callId == QStringLiteral("1795430700.114"));
}

TEST_CASE("a call already popped does not pop again when its events come again")
{
    AmiCallTracker tracker(optionsFor(QStringLiteral("PJSIP/201")));
    const auto messages = messagesOf(QStringLiteral("asterisk22-pjsip-inbound-answered.ami"));
    SECTION("replayed after it ended")
    {
        REQUIRE(track(tracker, messages).size() == 3);
        CHECK(track(tracker, messages).empty());
        CHECK(tracker.trackedCalls() == 0);
    }
    SECTION("replayed from the start while it rings (a reconnect)")
    {
        std::vector<AmiMessage> ringing;
        for (const AmiMessage &m : messages) {
            ringing.push_back(m);
            if (m.event() == QByteArrayView("DialState"))
                break;
        }
        REQUIRE(kinds(track(tracker, ringing)) == std::vector<Kind>{Kind::Offered});
        REQUIRE(kinds(track(tracker, messages)) == std::vector<Kind>{Kind::Answered, Kind::Ended});
    }
}

TEST_CASE("the operator's own outgoing call is not a pop")
{
    AmiMessage newchannel;
    newchannel.append("Event", "Newchannel");
    newchannel.append("Channel", "PJSIP/201-00000009");
    newchannel.append("Exten", "0611223344");
    newchannel.append("Uniqueid", "1795429999.9");
    newchannel.append("Linkedid", "1795429999.9");
    AmiMessage dial;
    dial.append("Event", "DialBegin");
    dial.append("Channel", "PJSIP/201-00000009");
    dial.append("Uniqueid", "1795429999.9");
    dial.append("Linkedid", "1795429999.9");
    dial.append("DestChannel", "PJSIP/trunk-0000000a");
    AmiCallTracker tracker(optionsFor(QStringLiteral("PJSIP/201")));
    CHECK(track(tracker, {newchannel, dial}).empty());
    CHECK(tracker.trackedCalls() == 0);
}

TEST_CASE("device matching: the leg, SIP and Local forms, the member interface, never a longer extension")
{
    AmiCallTracker tracker(optionsFor(QStringLiteral("PJSIP/201")));
    CHECK(tracker.isOurChannel("PJSIP/201-0000001a"));
    CHECK(tracker.isOurChannel("SIP/201-0000001a"));
    CHECK(tracker.isOurChannel("Local/201@from-queue-00000001;2"));
    CHECK(tracker.isOurChannel("pjsip/201-0000001a"));
    CHECK_FALSE(tracker.isOurChannel("PJSIP/2010-0000001a"));
    CHECK_FALSE(tracker.isOurChannel("PJSIP/201"));
    CHECK_FALSE(tracker.isOurChannel("PJSIP/trunk-00000001"));
    CHECK_FALSE(tracker.isOurChannel("Local/2010@from-queue-00000001;1"));
    CHECK(tracker.isOurInterface("PJSIP/201"));
    CHECK(tracker.isOurInterface("SIP/201"));
    CHECK(tracker.isOurInterface("Local/201@from-queue/n"));
    CHECK_FALSE(tracker.isOurInterface("PJSIP/2010"));
    AmiCallTracker none(optionsFor(QString()));
    CHECK_FALSE(none.isOurChannel("PJSIP/201-0000001a"));
}

TEST_CASE("calls that go silent for hours are forgotten")
{
    auto messages = messagesOf(QStringLiteral("asterisk22-pjsip-inbound-answered.ami"));
    std::vector<AmiMessage> ringing;
    for (const AmiMessage &m : messages) {
        ringing.push_back(m);
        if (m.event() == QByteArrayView("DialBegin"))
            break;
    }
    AmiCallTracker tracker(optionsFor(QStringLiteral("PJSIP/201")));
    REQUIRE(track(tracker, ringing).size() == 1);
    CHECK(tracker.trackedCalls() == 1);
    std::vector<CallEvent> out;
    tracker.consume(messages[1], kStart + 5h, kNow, out);
    CHECK(tracker.trackedCalls() == 0);
    CHECK(out.empty());
}

TEST_CASE("the number of calls tracked at once is bounded")
{
    AmiCallTracker::Options options = optionsFor(QStringLiteral("PJSIP/201"));
    options.maxCalls = 50;
    AmiCallTracker tracker(options);
    std::vector<CallEvent> out;
    for (int i = 0; i < 500; ++i) {
        AmiMessage m;
        const QByteArray id = QByteArray("1795000000.").append(QByteArray::number(i));
        m.append("Event", "Newchannel");
        m.append("Channel", QByteArray("PJSIP/trunk-").append(QByteArray::number(i)));
        m.append("Uniqueid", id);
        m.append("Linkedid", id);
        tracker.consume(m, kStart + std::chrono::milliseconds(i), kNow, out);
    }
    CHECK(tracker.trackedCalls() == 50);
}

// SimulatorSource: realistic, deterministic with a seed, answered and ended on its timers.
#include "cti/simulatorsource.h"

#include "common/clock.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace relais;

namespace {

SimulatorSource::Options options(quint32 seed)
{
    SimulatorSource::Options o;
    o.dialedNumbers = {QStringLiteral("+33142685300"), QStringLiteral("+33388000000")};
    o.knownCallers = {QStringLiteral("+33612345678")};
    o.unknownNumberRate = 0.1;
    o.answerAfterMs = 20;
    o.endAfterMs = 60;
    o.seed = seed;
    return o;
}

} // namespace

TEST_CASE("the simulator rings realistic calls, now and then to a number no client owns")
{
    FixedClock clock(QDateTime::fromString(QStringLiteral("2026-11-23T10:00:00Z"), Qt::ISODate));
    SimulatorSource sim(options(7), clock);
    std::vector<CallEvent> offered;
    QObject::connect(&sim, &CtiSource::callEvent, [&](const CallEvent &e) {
        if (e.kind == CallEvent::Kind::Offered)
            offered.push_back(e);
    });
    for (int i = 0; i < 400; ++i)
        sim.ringNow();
    REQUIRE(offered.size() == 400);
    int unknown = 0;
    int known = 0;
    int mobiles = 0;
    QSet<QString> ids;
    for (const CallEvent &e : offered) {
        ids.insert(e.callId);
        CHECK(e.callerNumber.startsWith(QStringLiteral("+33")));
        CHECK(e.callerNumber.size() == 12);
        CHECK(e.time == clock.now());
        if (e.dialedNumber.startsWith(QStringLiteral("+3319900")))
            ++unknown;
        else
            CHECK(options(7).dialedNumbers.contains(e.dialedNumber));
        known += e.callerNumber == QStringLiteral("+33612345678") ? 1 : 0;
        mobiles += e.callerNumber.startsWith(QStringLiteral("+336")) ? 1 : 0;
    }
    CHECK(ids.size() == 400);
    CHECK(unknown > 10);
    CHECK(unknown < 80);
    CHECK(known > 40);
    CHECK(mobiles > known);
}

TEST_CASE("the same seed gives the same calls")
{
    FixedClock clock(QDateTime::currentDateTimeUtc());
    const auto run = [&](quint32 seed) {
        SimulatorSource sim(options(seed), clock);
        QStringList out;
        QObject::connect(&sim, &CtiSource::callEvent,
                         [&](const CallEvent &e) { out << e.callId + e.callerNumber + e.dialedNumber; });
        for (int i = 0; i < 20; ++i)
            sim.ringNow();
        return out;
    };
    CHECK(run(11) == run(11));
    CHECK(run(11) != run(12));
}

TEST_CASE("a simulated call is answered, then ends answered")
{
    FixedClock clock(QDateTime::currentDateTimeUtc());
    SimulatorSource sim(options(3), clock);
    std::vector<CallEvent> events;
    QObject::connect(&sim, &CtiSource::callEvent, [&](const CallEvent &e) { events.push_back(e); });
    const QString id = sim.ringNow();
    REQUIRE(test::waitUntil([&] { return events.size() == 3; }));
    CHECK(events[0].kind == CallEvent::Kind::Offered);
    CHECK(events[1].kind == CallEvent::Kind::Answered);
    CHECK(events[2].kind == CallEvent::Kind::Ended);
    CHECK(events[2].endCause == QStringLiteral("answered"));
    for (const CallEvent &e : events)
        CHECK(e.callId == id);
}

TEST_CASE("the simulator rings periodically once started, and stop() cancels pending calls")
{
    FixedClock clock(QDateTime::currentDateTimeUtc());
    SimulatorSource::Options o = options(5);
    o.intervalSeconds = 1;
    o.answerAfterMs = 5000;
    o.endAfterMs = 10000;
    SimulatorSource sim(o, clock);
    std::vector<CallEvent> events;
    QObject::connect(&sim, &CtiSource::callEvent, [&](const CallEvent &e) { events.push_back(e); });
    std::vector<CtiSource::State> states;
    QObject::connect(&sim, &CtiSource::stateChanged,
                     [&](CtiSource::State s, const QString &) { states.push_back(s); });
    sim.start();
    CHECK(sim.state() == CtiSource::State::Connected);
    REQUIRE(test::waitUntil([&] { return !events.empty(); }, 3000));
    CHECK(events[0].kind == CallEvent::Kind::Offered);
    sim.stop();
    CHECK(sim.state() == CtiSource::State::Disconnected);
    CHECK(states ==
          std::vector<CtiSource::State>{CtiSource::State::Connected, CtiSource::State::Disconnected});
}

// makeCtiSource / parseAmiUrl: good URLs give the right options; bad ones say what and where, secret masked.
#include "cti/ctisourcefactory.h"

#include "common/clock.h"

#include <catch2/catch.hpp>

using namespace relais;

TEST_CASE("a full ami URL gives every option")
{
    const auto options = parseAmiUrl(
        QStringLiteral(
            "ami://relais:p%40ss@pbx.example.fr:5039?device=PJSIP/201&dialed=variable:__FROM_DID&ping=15"
            "&context=relais-transfers"),
        {});
    REQUIRE(options.ok());
    CHECK(options->host == QStringLiteral("pbx.example.fr"));
    CHECK(options->port == 5039);
    CHECK(options->username == QStringLiteral("relais"));
    CHECK(options->secret == QStringLiteral("p@ss"));
    CHECK(options->tracker.device == QStringLiteral("PJSIP/201"));
    CHECK(options->tracker.dialedSource == AmiCallTracker::DialedSource::Variable);
    CHECK(options->tracker.dialedVariable == QStringLiteral("__FROM_DID"));
    CHECK(options->pingIntervalMs == 15000);
    CHECK(options->dialContext == QStringLiteral("relais-transfers"));
}

TEST_CASE("ami URL defaults: port 5038, dialed number from exten, secret from the environment")
{
    const auto options = parseAmiUrl(QStringLiteral("ami://relais@10.0.0.5?device=SIP/12&dialed=queue"),
                                     QStringLiteral("from-env"));
    REQUIRE(options.ok());
    CHECK(options->port == 5038);
    CHECK(options->secret == QStringLiteral("from-env"));
    CHECK(options->tracker.dialedSource == AmiCallTracker::DialedSource::Queue);
    const auto byExten = parseAmiUrl(QStringLiteral("ami://relais:x@10.0.0.5?device=PJSIP/201"), {});
    REQUIRE(byExten.ok());
    CHECK(byExten->tracker.dialedSource == AmiCallTracker::DialedSource::Exten);
    CHECK(byExten->dialContext == QStringLiteral("from-internal"));
}

TEST_CASE("bad ami URLs are refused with a reason, and the secret never appears in the error")
{
    const QString secret = QStringLiteral("TopSecret42");
    const char *bad[] = {
        "ami://relais:TopSecret42@pbx",                                   // no device
        "ami://relais:TopSecret42@pbx?device=201",                        // device without tech
        "ami://relais:TopSecret42@pbx?device=PJSIP/",                     // device without resource
        "ami://relais:TopSecret42@pbx?device=PJSIP/201&dialed=did",       // unknown dialed source
        "ami://relais:TopSecret42@pbx?device=PJSIP/201&dialed=variable:", // no variable name
        "ami://relais:TopSecret42@pbx?device=PJSIP/201&ping=0",
        "ami://relais:TopSecret42@pbx?device=PJSIP/201&ping=abc",
        "ami://relais:TopSecret42@pbx?device=PJSIP/201&colour=blue",                     // unknown option
        "ami://relais:TopSecret42@pbx?device=PJSIP/201&context=a%0D%0AAction:%20Logoff", // injection
        "ami://relais:TopSecret42@pbx?device=PJSIP/201&context=",                        // empty context
        "ami://relais:TopSecret42@pbx:99999?device=PJSIP/201",                           // port out of range
        "ami://:TopSecret42@pbx?device=PJSIP/201",                                       // no user
        "ami://relais:TopSecret42@/?device=PJSIP/201",                                   // no host
        "ami://relais:TopSecret42@pbx/manager?device=PJSIP/201",                         // a path
        "http://relais:TopSecret42@pbx?device=PJSIP/201",                                // wrong scheme
        "ami://relais:TopSecret42@pb x?device=PJSIP/201",                                // not a URL
    };
    for (const char *url : bad) {
        const auto options = parseAmiUrl(QString::fromLatin1(url), {});
        INFO(url);
        REQUIRE_FALSE(options.ok());
        CHECK_FALSE(options.error().what.isEmpty());
        CHECK_FALSE(options.error().toString().contains(secret));
    }
}

TEST_CASE("an ami URL with no secret anywhere is refused")
{
    const auto options = parseAmiUrl(QStringLiteral("ami://relais@pbx?device=PJSIP/201"), {});
    REQUIRE_FALSE(options.ok());
    CHECK(options.error().what.contains(QStringLiteral("RELAIS_AMI_SECRET")));
    CHECK(options.error().where == QStringLiteral("ami://relais@pbx?device=PJSIP/201"));
}

TEST_CASE("makeCtiSource builds the simulator and the AMI client, and refuses unknown schemes")
{
    FixedClock clock(QDateTime::currentDateTimeUtc());
    const CtiSourceDependencies deps{clock, {}};
    auto sim = makeCtiSource(QStringLiteral("sim://?interval=30"), deps);
    REQUIRE(sim.ok());
    CHECK(dynamic_cast<SimulatorSource *>(sim.value().get()) != nullptr);
    auto ami = makeCtiSource(QStringLiteral("ami://u:s@127.0.0.1?device=PJSIP/201"), deps);
    REQUIRE(ami.ok());
    CHECK(ami.value()->description().contains(QStringLiteral("127.0.0.1:5038")));
    CHECK_FALSE(makeCtiSource(QStringLiteral("sim://?interval=-3"), deps).ok());
    CHECK_FALSE(makeCtiSource(QStringLiteral("sim://?speed=2"), deps).ok());
    const auto unknown = makeCtiSource(QStringLiteral("tapi://u:pw@x"), deps);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().where == QStringLiteral("tapi://u:***@x"));
    CHECK_FALSE(makeCtiSource(QString(), deps).ok());
}

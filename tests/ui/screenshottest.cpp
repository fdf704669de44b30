// Not a check: renders the console with a pop into docs/screenshots/console.png for the README.
// Hidden from the suite ("[.]"); run it with: test_ui "[screenshot]"
#include "uifixture.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace relais;
using namespace relais::test;

TEST_CASE("console screenshot", "[.][screenshot]")
{
    ConsoleFixture console;
    console.window->resize(1280, 800);
    console.offer(QStringLiteral("call-1"), kMartinNumber, QStringLiteral("04 72 55 66 77"));
    console.report(CallEvent::Kind::Answered, QStringLiteral("call-1"));
    console.report(CallEvent::Kind::Ended, QStringLiteral("call-1"));
    console.offer(QStringLiteral("call-2"), kLeroyNumber, QStringLiteral("06 11 22 33 44"));
    waitUntil([] { return false; }, 200); // let layouts settle

    const QString directory = QStringLiteral(RELAIS_SOURCE_DIR "/docs/screenshots");
    REQUIRE(QDir().mkpath(directory));
    const QString path = directory + QStringLiteral("/console.png");
    REQUIRE(console.window->grab().save(path, "PNG"));
    WARN("wrote " << path.toStdString());
}

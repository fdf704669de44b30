// Not a check: renders the console with a pop into docs/screenshots/console.png for the README.
// Hidden from the suite ("[.]"); run it with: test_ui "[screenshot]"
#include "uifixture.h"

#include <catch2/catch.hpp>

#include "storage/messagerepository.h"

#include <QDir>

using namespace relais;
using namespace relais::test;

TEST_CASE("console screenshot", "[.][screenshot]")
{
    ConsoleFixture console;
    console.window->resize(1280, 800);
    const struct
    {
        const char *id, *client, *caller, *name, *urgency, *notes;
        int minutesAgo;
    } saved[] = {
        {"9b1c6a40-0000-4000-8000-000000000001", "CAB-LEROY", "+33611223344", "Mme Durand", "urgent",
         "Fièvre depuis trois jours, demande un rendez-vous aujourd'hui", 12},
        {"9b1c6a40-0000-4000-8000-000000000002", "PLOMB-MARTIN", "+33472556677", "M. Petit", "normal",
         "Fuite sous l'évier, rappeler pour un devis", 47},
        {"9b1c6a40-0000-4000-8000-000000000003", "CAB-LEROY", "+33145678901", "", "normal",
         "Demande de renouvellement d'ordonnance", 95},
    };
    for (const auto &m : saved) {
        Message message;
        message.id = QLatin1String(m.id);
        message.callId = message.id;
        message.clientCode = QLatin1String(m.client);
        message.callerNumber = QLatin1String(m.caller);
        message.callerName = QString::fromUtf8(m.name);
        message.urgency = QLatin1String(m.urgency);
        message.notes = QString::fromUtf8(m.notes);
        message.status = MessageStatus::Completed;
        message.createdAt = kTuesdayMorning.addSecs(-60 * m.minutesAgo);
        REQUIRE(console.services->messages().save(message).ok());
    }
    console.window->refreshRecentMessages();
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

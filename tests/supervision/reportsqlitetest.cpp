// The monthly report's content on SQLite: hand-computed figures, month boundaries in the client's
// zone (a call across midnight on the last day), an empty month, an unknown client.
#include "supervision/reportchecks.h"
#include "supervision/supervisionchecks.h"

#include "storage/database.h"
#include "supervision/monthlyreport.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace relais;

namespace {

std::unique_ptr<Database> seeded(const QTemporaryDir &dir)
{
    auto db =
        test::openMigratedOrFail(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("report.db")));
    test::seedReportFixture(*db);
    return db;
}

} // namespace

TEST_CASE("the monthly report's figures match the hand count (SQLite)")
{
    QTemporaryDir dir;
    auto db = seeded(dir);
    test::checkMarchReport(*db);
}

TEST_CASE("a call across midnight on the month's last day stays in its month (SQLite)")
{
    QTemporaryDir dir;
    auto db = seeded(dir);
    test::checkFebruaryReportKeepsTheCallAcrossMidnight(*db);
    test::checkReunionMonthBoundary(*db);
}

TEST_CASE("an empty month has no rates and an unknown client is an error (SQLite)")
{
    QTemporaryDir dir;
    auto db = seeded(dir);
    test::checkEmptyMonthAndUnknownClient(*db);
}

TEST_CASE("appointment answers are recognised by word, not by substring")
{
    for (const char *yes :
         {"Rendez-vous", "Prise de rendez-vous", "RDV demain", "rendez vous", "Appointment"})
        CHECK(answerAsksForAppointment(QString::fromUtf8(yes)));
    for (const char *no : {"", "Renouvellement d'ordonnance", "rdvx", "Autre"})
        CHECK_FALSE(answerAsksForAppointment(QString::fromUtf8(no)));
}

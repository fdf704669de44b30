// Monthly report checks shared by the SQLite, PostgreSQL, PDF and CLI tests: the supervision fixture
// plus calls and messages at the month boundaries, and the report figures computed by hand.
#pragma once

namespace relais {
class Database;
struct MonthlyReport;
} // namespace relais

namespace relais::test {

// seedFixture (supervisionchecks.cpp) plus, for ACME (Europe/Paris, UTC+1 then):
//   c20 offered 2024-02-29 22:58:00Z (Thu 29 Feb 23:58 local), answered +30 s, ended 23:05:00Z
//       (Fri 1 Mar 00:05 local), message m20 saved 23:06:00Z (1 Mar 00:06 local), "Rendez-vous":
//       a February call and message, though the message is filed on 1 March local.
//   m21 a message filed under ACME on 2024-03-15 10:00Z with no call record, urgency "prioritaire",
//       motif "Prise de rendez-vous"; m22 an ACME draft of 2024-03-16 (never in a report).
void seedReportFixture(Database &db);

MonthlyReport buildOrFail(Database &db, const char *client, int year, int month);

void checkMarchReport(Database &db);
void checkFebruaryReportKeepsTheCallAcrossMidnight(Database &db);
void checkReunionMonthBoundary(Database &db);
void checkEmptyMonthAndUnknownClient(Database &db);

} // namespace relais::test

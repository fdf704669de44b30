// The monthly report's figures, computed by hand from the fixture (supervisionchecks.cpp, reportchecks.h).
//
// ACME, March 2024 (Europe/Paris): calls c10 (29 Mar 23:30 local, unanswered), c1 (30 Mar 23:58,
// +10 s, message), c2 (31 Mar 01:30, +20 s, incomplete), c3 (31 Mar 03:15, unanswered), c4 (31 Mar
// 10:00, +5 s, message); not c9 (answered elsewhere), c11 (1 Apr 00:10 local), c20 (29 Feb).
//   offered 5, answered 3, missed 2, answer rate 60 %, time to answer (10 + 20 + 5) / 3 = 11.67 s,
//   handling (360 + 100 + 180) / 3 = 213.33 s, qualification 2 messages / 3 answered = 66.7 %.
//   messages m1, m2, m4 (from the calls) + m21 (filed, no call) = 4; not m20 (its call is February's),
//   not m22 (draft). Urgency: none 3, prioritaire 1. Transfers 1 (m1), appointments 1 (m21),
//   actions 3 (m1 transfer + callback, m4 page). By day: 29 -> 1, 30 -> 1, 31 -> 3.
//   By hour: 23 -> 2 (c10, c1), 01 -> 1, 03 -> 1, 10 -> 1.
#include "supervision/reportchecks.h"

#include "messages/message.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "supervision/callrecordrepository.h"
#include "supervision/monthlyreport.h"
#include "supervision/supervisionchecks.h"

#include <catch2/catch.hpp>

namespace relais::test {
namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

void saveOrFail(MessageRepository &messages, const Message &m)
{
    const Status saved = messages.save(m);
    if (!saved)
        FAIL(saved.error().toString().toStdString());
}

} // namespace

void seedReportFixture(Database &db)
{
    seedFixture(db);
    CallRecord call;
    call.callId = QStringLiteral("c20");
    call.clientCode = QStringLiteral("ACME");
    call.operatorLogin = QStringLiteral("alice");
    call.callerNumber = QStringLiteral("+33611112222");
    call.offeredAt = utc("2024-02-29T22:58:00Z");
    call.answeredAt = utc("2024-02-29T22:58:30Z");
    call.endedAt = utc("2024-02-29T23:05:00Z");
    call.outcome = CallOutcome::Message;
    call.outcomeAt = utc("2024-02-29T23:06:00Z");
    call.messageId = QStringLiteral("m20");
    const Status saved = CallRecordRepository(db).save(call);
    if (!saved)
        FAIL(saved.error().toString().toStdString());

    MessageRepository messages(db);
    Message m20;
    m20.id = QStringLiteral("m20");
    m20.callId = QStringLiteral("c20");
    m20.clientCode = QStringLiteral("ACME");
    m20.callerName = QStringLiteral("Paul Leroy");
    m20.callerNumber = QStringLiteral("+33611112222");
    m20.answers.insert(QStringLiteral("type_demande"), QStringLiteral("Rendez-vous"));
    m20.status = MessageStatus::Completed;
    m20.createdAt = utc("2024-02-29T23:06:00Z");
    saveOrFail(messages, m20);

    Message m21;
    m21.id = QStringLiteral("m21");
    m21.clientCode = QStringLiteral("ACME");
    m21.callerName = QStringLiteral("Jeanne Dupont");
    m21.callerNumber = QStringLiteral("+33622334455");
    m21.urgency = QStringLiteral("prioritaire");
    m21.answers.insert(QStringLiteral("motif"), QStringLiteral("Prise de rendez-vous"));
    m21.status = MessageStatus::Completed;
    m21.createdAt = utc("2024-03-15T10:00:00Z");
    saveOrFail(messages, m21);

    Message m22 = m21;
    m22.id = QStringLiteral("m22");
    m22.status = MessageStatus::Draft;
    m22.createdAt = utc("2024-03-16T10:00:00Z");
    saveOrFail(messages, m22);
}

MonthlyReport buildOrFail(Database &db, const char *client, int year, int month)
{
    const Result<MonthlyReport> report =
        MonthlyReportBuilder(db).build(QString::fromLatin1(client), QDate(year, month, 12));
    if (!report)
        FAIL(report.error().toString().toStdString());
    return report.value();
}

void checkMarchReport(Database &db)
{
    const MonthlyReport r = buildOrFail(db, "ACME", 2024, 3);
    CHECK(r.clientName == QStringLiteral("ACME SARL"));
    CHECK(r.timeZone == QStringLiteral("Europe/Paris"));
    CHECK(r.firstDay == QDate(2024, 3, 1));
    CHECK(r.lastDay == QDate(2024, 3, 31));
    CHECK(r.figures.offered == 5);
    CHECK(r.figures.answered == 3);
    CHECK(r.missed == 2);
    REQUIRE(r.figures.answerRate);
    CHECK(*r.figures.answerRate == Approx(0.6));
    REQUIRE(r.figures.averageAnswerSeconds);
    CHECK(*r.figures.averageAnswerSeconds == Approx(35.0 / 3.0));
    REQUIRE(r.figures.averageHandlingSeconds);
    CHECK(*r.figures.averageHandlingSeconds == Approx(640.0 / 3.0));
    REQUIRE(r.figures.qualificationRate);
    CHECK(*r.figures.qualificationRate == Approx(2.0 / 3.0));
    CHECK(r.transfers == 1);
    CHECK(r.appointments == 1);
    CHECK(r.figures.actions == 3);
    CHECK(r.messagesByUrgency == QMap<QString, qint64>{{QString(), 3}, {QStringLiteral("prioritaire"), 1}});

    REQUIRE(r.callsByDay.size() == 31);
    QList<qint64> days(31, 0);
    days[28] = 1;
    days[29] = 1;
    days[30] = 3;
    CHECK(r.callsByDay == days);
    std::array<qint64, 24> hours{};
    hours[23] = 2;
    hours[1] = 1;
    hours[3] = 1;
    hours[10] = 1;
    CHECK(r.callsByHour == hours);

    REQUIRE(r.messages.size() == 4);
    // Oldest first: m21 (15 Mar 11:00 local), then m1, m2, m4 (all saved 31 Mar 00:00Z = 01:00 local).
    CHECK(r.messages[0].callerName == QStringLiteral("Jeanne Dupont"));
    CHECK(r.messages[0].at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) ==
          QStringLiteral("2024-03-15 11:00"));
    CHECK(r.messages[0].object == QStringLiteral("Prise de rendez-vous"));
    CHECK(r.messages[0].urgency == QStringLiteral("prioritaire"));
    CHECK(r.messages[1].at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) ==
          QStringLiteral("2024-03-31 01:00"));
}

void checkFebruaryReportKeepsTheCallAcrossMidnight(Database &db)
{
    const MonthlyReport r = buildOrFail(db, "ACME", 2024, 2);
    CHECK(r.lastDay == QDate(2024, 2, 29));
    CHECK(r.figures.offered == 1);
    CHECK(r.figures.answered == 1);
    CHECK(r.missed == 0);
    REQUIRE(r.figures.averageAnswerSeconds);
    CHECK(*r.figures.averageAnswerSeconds == Approx(30.0));
    REQUIRE(r.figures.averageHandlingSeconds);
    CHECK(*r.figures.averageHandlingSeconds == Approx(450.0)); // 22:58:30 -> message saved 23:06:00
    REQUIRE(r.callsByDay.size() == 29);
    CHECK(r.callsByDay[28] == 1);
    CHECK(r.callsByHour[23] == 1);
    REQUIRE(r.messages.size() == 1);
    CHECK(r.messages[0].callerName == QStringLiteral("Paul Leroy"));
    // Saved on 1 March local, shown with its local time, in the month its call rang.
    CHECK(r.messages[0].at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) ==
          QStringLiteral("2024-03-01 00:06"));
    CHECK(r.messages[0].object == QStringLiteral("Rendez-vous"));
    CHECK(r.appointments == 1);

    // April: only c11 (31 Mar 22:10Z = 1 Apr 00:10 local), unanswered.
    const MonthlyReport april = buildOrFail(db, "ACME", 2024, 4);
    CHECK(april.figures.offered == 1);
    CHECK(april.missed == 1);
    CHECK(april.callsByDay.size() == 30);
    CHECK(april.callsByDay[0] == 1);
    CHECK(april.callsByHour[0] == 1);
    CHECK(april.messages.isEmpty());
}

void checkReunionMonthBoundary(Database &db)
{
    // REUN (UTC+4): c5 (31 Mar 00:30 local) and c6 (31 Mar 23:50) in March; c7 (1 Apr 00:10) in April.
    const MonthlyReport march = buildOrFail(db, "REUN", 2024, 3);
    CHECK(march.figures.offered == 2);
    CHECK(march.figures.answered == 1);
    CHECK(march.callsByDay[30] == 2);
    CHECK(march.messages.size() == 1); // m5, filtered
    const MonthlyReport april = buildOrFail(db, "REUN", 2024, 4);
    CHECK(april.figures.offered == 1);
    CHECK(april.messages.size() == 1); // m7
    CHECK(april.transfers == 1);
}

void checkEmptyMonthAndUnknownClient(Database &db)
{
    const MonthlyReport may = buildOrFail(db, "ACME", 2024, 5);
    CHECK(may.isEmpty());
    CHECK(may.figures.offered == 0);
    CHECK(may.missed == 0);
    CHECK_FALSE(may.figures.answerRate);
    CHECK_FALSE(may.figures.averageAnswerSeconds);
    CHECK_FALSE(may.figures.averageHandlingSeconds);
    CHECK_FALSE(may.figures.qualificationRate);
    CHECK(may.callsByDay == QList<qint64>(31, 0));
    CHECK(may.messagesByUrgency.isEmpty());

    const Result<MonthlyReport> unknown =
        MonthlyReportBuilder(db).build(QStringLiteral("NOPE"), QDate(2024, 3, 1));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().toString().contains(QStringLiteral("NOPE")));
    CHECK_FALSE(MonthlyReportBuilder(db).build(QStringLiteral("ACME"), QDate()));
}

} // namespace relais::test

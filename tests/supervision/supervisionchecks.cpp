// The supervision fixture and its hand-computed figures, checked on any engine.
//
// Clients: ACME in Europe/Paris (UTC+1, UTC+2 from 2024-03-31 01:00Z: 02:00 local does not exist),
//          REUN in Indian/Reunion (UTC+4, no DST). Operators: alice, bob. Period: 2024-03-30..31.
//
// call client op    offered (UTC)      local              ans.  end            outcome (at)          in
// period c1   ACME   alice 03-30 22:58:00Z    Sat 23:58 (+1)     +10s  23:03:10Z      message (23:04:10Z)
// yes, across midnight c2   ACME   bob   03-31 00:30:00Z    Sun 01:30 (+1)     +20s  00:32:00Z incomplete
// (00:31:50Z) yes c3   ACME   alice 03-31 01:15:00Z    Sun 03:15 (+2)     -     01:15:30Z      unanswered
// yes, after the DST jump c4   ACME   alice 03-31 08:00:00Z    Sun 10:00 (+2)     +5s   08:03:05Z message
// (08:02:00Z)   yes c5   REUN   bob   03-30 20:30:00Z    Sun 00:30 (+4)     +40s  20:31:40Z      filtered
// (20:31:45Z)  yes (Sat in Paris) c6   REUN   bob   03-31 19:50:00Z    Sun 23:50 (+4)     -     19:51:00Z
// unanswered            yes c7   REUN   alice 03-31 20:10:00Z    Mon 00:10 (+4)     +30s  20:11:40Z message
// no: Apr 1 in Réunion c8   ""     alice 03-31 10:00:00Z    Sun 12:00 (+2)     +15s  10:01:00Z      open (no
// message)     yes (unknown: Paris) c9   ACME   bob   03-31 09:00:00Z    Sun 11:00          -     09:00:20Z
// elsewhere             never counted c10  ACME   alice 03-29 22:30:00Z    Fri 23:30 (+1)     -     22:31:00Z
// unanswered            no: before c11  ACME   alice 03-31 22:10:00Z    Mon 00:10 (+2)     -     22:11:00Z
// unanswered            no: Apr 1 in Paris
//
// Messages: m1 (c1) actions transfer + callback, m2 (c2) incomplete, m4 (c4) action page,
//           m5 (c5) filtered, m7 (c7) action transfer.
#include "supervision/supervisionchecks.h"

#include "common/clock.h"
#include "cti/ctisource.h"
#include "messages/message.h"
#include "storage/database.h"
#include "storage/databaseurl.h"
#include "storage/messagerepository.h"
#include "supervision/callrecorder.h"
#include "supervision/callrecordrepository.h"
#include "supervision/kpicalculator.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

namespace relais::test {
namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

KpiFilter dstWeekend()
{
    KpiFilter filter;
    filter.from = QDate(2024, 3, 30);
    filter.to = QDate(2024, 3, 31);
    return filter;
}

KpiReport computeOrFail(Database &db, const KpiFilter &filter)
{
    const Result<KpiReport> report = KpiCalculator(db).compute(filter);
    if (!report)
        FAIL(report.error().toString().toStdString());
    return report.value();
}

void addClient(Database &db, const QString &code, const QString &zone)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO clients (code, name, time_zone, current_version, created_at, "
                             "updated_at) VALUES (?, ?, ?, 1, 0, 0)"));
    q.addBindValue(code);
    q.addBindValue(QString(code + QStringLiteral(" SARL")));
    q.addBindValue(zone);
    if (!q.exec())
        FAIL(q.lastError().text().toStdString());
}

struct Call
{
    const char *id;
    const char *client;
    const char *op;
    const char *offered;
    int answerAfter; // seconds, -1: never answered
    const char *ended;
    CallOutcome outcome;
    const char *outcomeAt; // nullptr: none
};

void addCall(CallRecordRepository &calls, const Call &c)
{
    CallRecord r;
    r.callId = QString::fromLatin1(c.id);
    r.clientCode = QString::fromLatin1(c.client);
    r.operatorLogin = QString::fromLatin1(c.op);
    r.callerNumber = QStringLiteral("+33612345678");
    r.offeredAt = utc(c.offered);
    if (c.answerAfter >= 0)
        r.answeredAt = r.offeredAt.addSecs(c.answerAfter);
    r.endedAt = utc(c.ended);
    r.outcome = c.outcome;
    if (c.outcomeAt)
        r.outcomeAt = utc(c.outcomeAt);
    if (c.outcome == CallOutcome::Message || c.outcome == CallOutcome::Incomplete ||
        c.outcome == CallOutcome::Filtered)
        r.messageId = QStringLiteral("m") + r.callId.mid(1);
    const Status saved = calls.save(r);
    if (!saved)
        FAIL(saved.error().toString().toStdString());
}

void addMessage(MessageRepository &messages, const char *id, const char *callId, QList<ActionKind> kinds)
{
    Message m;
    m.id = QString::fromLatin1(id);
    m.callId = QString::fromLatin1(callId);
    m.status = MessageStatus::Completed;
    m.createdAt = utc("2024-03-31T00:00:00Z");
    for (ActionKind kind : kinds)
        m.actions.append(ActionTaken{m.createdAt, kind, {}, QStringLiteral("Dr Martin"), {}, {}, {}});
    const Status saved = messages.save(m);
    if (!saved)
        FAIL(saved.error().toString().toStdString());
}

// A call source the test scripts event by event.
class ScriptedSource final : public CtiSource
{
public:
    void start() override {}
    void stop() override {}
    State state() const override { return State::Connected; }
    QString description() const override { return QStringLiteral("scripted"); }

    void send(CallEvent::Kind kind, const QString &callId, const char *at, const QString &dialed = {},
              const QString &endCause = {})
    {
        CallEvent event;
        event.kind = kind;
        event.callId = callId;
        event.callerNumber = QStringLiteral("+33611223344");
        event.dialedNumber = dialed;
        event.time = utc(at);
        event.endCause = endCause;
        Q_EMIT callEvent(event);
    }
};

} // namespace

std::unique_ptr<Database> openMigratedOrFail(const QString &url)
{
    const auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        FAIL(parsed.error().toString().toStdString());
    auto db = Database::open(parsed.value());
    if (!db)
        FAIL(db.error().toString().toStdString());
    const Status migrated = db.value()->migrate();
    if (!migrated)
        FAIL(migrated.error().toString().toStdString());
    return std::move(db).value();
}

void seedFixture(Database &db)
{
    addClient(db, QStringLiteral("ACME"), QStringLiteral("Europe/Paris"));
    addClient(db, QStringLiteral("REUN"), QStringLiteral("Indian/Reunion"));
    CallRecordRepository calls(db);
    using O = CallOutcome;
    for (const Call &c : {
             Call{"c1", "ACME", "alice", "2024-03-30T22:58:00Z", 10, "2024-03-30T23:03:10Z", O::Message,
                  "2024-03-30T23:04:10Z"},
             Call{"c2", "ACME", "bob", "2024-03-31T00:30:00Z", 20, "2024-03-31T00:32:00Z", O::Incomplete,
                  "2024-03-31T00:31:50Z"},
             Call{"c3", "ACME", "alice", "2024-03-31T01:15:00Z", -1, "2024-03-31T01:15:30Z", O::Unanswered,
                  nullptr},
             Call{"c4", "ACME", "alice", "2024-03-31T08:00:00Z", 5, "2024-03-31T08:03:05Z", O::Message,
                  "2024-03-31T08:02:00Z"},
             Call{"c5", "REUN", "bob", "2024-03-30T20:30:00Z", 40, "2024-03-30T20:31:40Z", O::Filtered,
                  "2024-03-30T20:31:45Z"},
             Call{"c6", "REUN", "bob", "2024-03-31T19:50:00Z", -1, "2024-03-31T19:51:00Z", O::Unanswered,
                  nullptr},
             Call{"c7", "REUN", "alice", "2024-03-31T20:10:00Z", 30, "2024-03-31T20:11:40Z", O::Message,
                  "2024-03-31T20:11:40Z"},
             Call{"c8", "", "alice", "2024-03-31T10:00:00Z", 15, "2024-03-31T10:01:00Z", O::Open, nullptr},
             Call{"c9", "ACME", "bob", "2024-03-31T09:00:00Z", -1, "2024-03-31T09:00:20Z", O::Elsewhere,
                  nullptr},
             Call{"c10", "ACME", "alice", "2024-03-29T22:30:00Z", -1, "2024-03-29T22:31:00Z", O::Unanswered,
                  nullptr},
             Call{"c11", "ACME", "alice", "2024-03-31T22:10:00Z", -1, "2024-03-31T22:11:00Z", O::Unanswered,
                  nullptr},
         })
        addCall(calls, c);
    MessageRepository messages(db);
    addMessage(messages, "m1", "c1", {ActionKind::Transfer, ActionKind::Callback});
    addMessage(messages, "m2", "c2", {});
    addMessage(messages, "m4", "c4", {ActionKind::Page});
    addMessage(messages, "m5", "c5", {});
    addMessage(messages, "m7", "c7", {ActionKind::Transfer});
}

void checkFiguresOfTheDstWeekend(Database &db)
{
    const KpiReport r = computeOrFail(db, dstWeekend());
    const KpiFigures &t = r.total;
    // In period: c1 c2 c3 c4 c5 c6 c8 (c7 and c11 are Apr 1 locally, c10 before, c9 elsewhere).
    CHECK(t.offered == 7);
    CHECK(t.answered == 5);   // c1 c2 c4 c5 c8
    CHECK(t.unanswered == 2); // c3 c6
    CHECK(t.messages == 2);   // c1 c4
    CHECK(t.filtered == 1);   // c5
    CHECK(t.incomplete == 1); // c2
    REQUIRE(t.answerRate);
    CHECK(*t.answerRate == Approx(5.0 / 7.0));
    // Answer times 10 + 20 + 5 + 40 + 15 = 90 s over 5 answered calls = 18 s.
    REQUIRE(t.averageAnswerSeconds);
    CHECK(*t.averageAnswerSeconds == Approx(18.0));
    // Sorted 5 10 15 20 40; ceil(0.9 × 5) = 5th = 40 s.
    REQUIRE(t.p90AnswerSeconds);
    CHECK(*t.p90AnswerSeconds == Approx(40.0));
    // Handling (answer to the later of end and save): c1 23:04:10 − 22:58:10 = 360, c2 end 100,
    // c4 end 180, c5 save 20:31:45 − 20:30:40 = 65, c8 end 45 → 750 / 5 = 150 s.
    REQUIRE(t.averageHandlingSeconds);
    CHECK(*t.averageHandlingSeconds == Approx(150.0));
    // Qualification: 2 completed messages / 5 answered = 0.4.
    REQUIRE(t.qualificationRate);
    CHECK(*t.qualificationRate == Approx(0.4));
    // Actions: m1 transfer + callback, m4 page (m7's transfer is out of the period).
    CHECK(t.actions == 3);
    CHECK(t.actionsByKind.value(QStringLiteral("transfer")) == 1);
    CHECK(t.actionsByKind.value(QStringLiteral("callback")) == 1);
    CHECK(t.actionsByKind.value(QStringLiteral("page")) == 1);
}

void checkFiguresPerClientAndOperator(Database &db)
{
    const KpiReport r = computeOrFail(db, dstWeekend());
    CHECK(r.byClient.keys() == QStringList{QString(), QStringLiteral("ACME"), QStringLiteral("REUN")});
    const KpiFigures acme = r.byClient.value(QStringLiteral("ACME"));
    // ACME: c1 c2 c3 c4; answered c1 c2 c4 (10, 20, 5 s); handling 360 + 100 + 180.
    CHECK(acme.offered == 4);
    CHECK(acme.answered == 3);
    CHECK(*acme.answerRate == Approx(0.75));
    CHECK(*acme.averageAnswerSeconds == Approx(35.0 / 3.0));
    CHECK(*acme.p90AnswerSeconds == Approx(20.0)); // ceil(0.9 × 3) = 3rd of 5 10 20
    CHECK(*acme.averageHandlingSeconds == Approx(640.0 / 3.0));
    CHECK(*acme.qualificationRate == Approx(2.0 / 3.0));
    CHECK(acme.actions == 3);
    const KpiFigures reun = r.byClient.value(QStringLiteral("REUN"));
    // REUN: c5 (answered 40 s, filtered, handling 65) and c6 (unanswered); c7 is Apr 1 in Réunion.
    CHECK(reun.offered == 2);
    CHECK(reun.unanswered == 1);
    CHECK(*reun.answerRate == Approx(0.5));
    CHECK(*reun.p90AnswerSeconds == Approx(40.0));
    CHECK(*reun.averageHandlingSeconds == Approx(65.0));
    CHECK(reun.filtered == 1);
    CHECK(*reun.qualificationRate == Approx(0.0));
    CHECK(reun.actions == 0);
    const KpiFigures unknown = r.byClient.value(QString());
    CHECK(unknown.offered == 1); // c8
    CHECK(*unknown.averageAnswerSeconds == Approx(15.0));

    CHECK(r.byOperator.keys() == QStringList{QStringLiteral("alice"), QStringLiteral("bob")});
    const KpiFigures alice = r.byOperator.value(QStringLiteral("alice"));
    // alice: c1 c3 c4 c8; answered c1 c4 c8 (10, 5, 15 s); handling 360 + 180 + 45 = 585.
    CHECK(alice.offered == 4);
    CHECK(alice.answered == 3);
    CHECK(*alice.averageAnswerSeconds == Approx(10.0));
    CHECK(*alice.p90AnswerSeconds == Approx(15.0));
    CHECK(*alice.averageHandlingSeconds == Approx(195.0));
    CHECK(*alice.qualificationRate == Approx(2.0 / 3.0));
    CHECK(alice.actions == 3);
    const KpiFigures bob = r.byOperator.value(QStringLiteral("bob"));
    // bob: c2 c5 c6 (c9 went elsewhere); answered c2 c5 (20, 40 s); handling 100 + 65 = 165.
    CHECK(bob.offered == 3);
    CHECK(bob.answered == 2);
    CHECK(bob.unanswered == 1);
    CHECK(*bob.averageAnswerSeconds == Approx(30.0));
    CHECK(*bob.p90AnswerSeconds == Approx(40.0)); // ceil(0.9 × 2) = 2nd of 20 40
    CHECK(*bob.averageHandlingSeconds == Approx(82.5));
    CHECK(bob.incomplete == 1);
    CHECK(bob.filtered == 1);
    CHECK(*bob.qualificationRate == Approx(0.0));
}

void checkVolumeByLocalHour(Database &db)
{
    const KpiReport r = computeOrFail(db, dstWeekend());
    // Local hours: c1 Sat 23, c2 Sun 01, c3 Sun 03 (02 does not exist that day), c4 Sun 10,
    // c5 Sun 00 (Réunion), c6 Sun 23 (Réunion), c8 Sun 12.
    std::array<qint64, 24> offered{};
    offered[0] = 1;
    offered[1] = 1;
    offered[3] = 1;
    offered[10] = 1;
    offered[12] = 1;
    offered[23] = 2;
    CHECK(r.offeredByHour == offered);
    std::array<qint64, 24> answered = offered;
    answered[3] = 0;  // c3 unanswered
    answered[23] = 1; // c1 answered, c6 not
    CHECK(r.answeredByHour == answered);
    CHECK(r.offeredByWeekdayHour[5][23] == 1); // Saturday 23h: c1
    std::array<qint64, 24> sunday = offered;
    sunday[23] = 1; // c6 only
    CHECK(r.offeredByWeekdayHour[6] == sunday);
    for (int day = 0; day < 5; ++day)
        CHECK(r.offeredByWeekdayHour[size_t(day)] == std::array<qint64, 24>{});
}

void checkClientAndOperatorFilter(Database &db)
{
    KpiFilter filter = dstWeekend();
    filter.clientCode = QStringLiteral("ACME");
    filter.operatorLogin = QStringLiteral("alice");
    const KpiReport r = computeOrFail(db, filter);
    // ACME × alice: c1 (10 s, 360), c3 unanswered, c4 (5 s, 180).
    CHECK(r.total.offered == 3);
    CHECK(r.total.answered == 2);
    CHECK(*r.total.averageAnswerSeconds == Approx(7.5));
    CHECK(*r.total.p90AnswerSeconds == Approx(10.0)); // ceil(0.9 × 2) = 2nd of 5 10
    CHECK(*r.total.averageHandlingSeconds == Approx(270.0));
    CHECK(*r.total.qualificationRate == Approx(1.0));
    CHECK(r.total.actions == 3);
    CHECK(r.byClient.keys() == QStringList{QStringLiteral("ACME")});
    CHECK(r.byOperator.keys() == QStringList{QStringLiteral("alice")});
}

void checkEmptyPeriodHasNoRates(Database &db)
{
    KpiFilter filter;
    filter.from = QDate(2024, 1, 15);
    filter.to = QDate(2024, 1, 15);
    const KpiReport r = computeOrFail(db, filter);
    CHECK(r.total.offered == 0);
    CHECK_FALSE(r.total.answerRate);
    CHECK_FALSE(r.total.averageAnswerSeconds);
    CHECK_FALSE(r.total.p90AnswerSeconds);
    CHECK_FALSE(r.total.averageHandlingSeconds);
    CHECK_FALSE(r.total.qualificationRate);
    CHECK(r.byClient.isEmpty());
    CHECK(r.byOperator.isEmpty());
    CHECK(r.offeredByHour == std::array<qint64, 24>{});
}

void checkWithoutPeriodEveryCallCounts(Database &db)
{
    const KpiReport r = computeOrFail(db, KpiFilter{});
    // All eleven but c9 (elsewhere); unanswered c3 c6 c10 c11; answered adds c7 to the five.
    CHECK(r.total.offered == 10);
    CHECK(r.total.unanswered == 4);
    CHECK(r.total.answered == 6);
    CHECK(r.total.messages == 3);
    CHECK(r.total.actions == 4);
}

void checkRecorderStepsAndEventLog(Database &db)
{
    addClient(db, QStringLiteral("ACME"), QStringLiteral("Europe/Paris"));
    addClient(db, QStringLiteral("REUN"), QStringLiteral("Indian/Reunion"));
    const QString acmeNumber = QStringLiteral("+33142000000");
    CallRecordRepository calls(db);
    FixedClock clock(utc("2024-06-03T08:00:01Z"));
    CallRecorder recorder(calls, clock, QStringLiteral("alice"), [acmeNumber](const CallEvent &e) {
        return e.dialedNumber == acmeNumber ? QStringLiteral("ACME") : QString();
    });
    ScriptedSource source;
    recorder.attach(source);
    using K = CallEvent::Kind;

    // k1: answered, the operator's steps, ended, then the message saved after the hang-up.
    source.send(K::Offered, QStringLiteral("k1"), "2024-06-03T08:00:00Z", acmeNumber);
    REQUIRE(recorder.noteEvent(QStringLiteral("k1"), CallLogKind::PopShown).ok());
    source.send(K::Answered, QStringLiteral("k1"), "2024-06-03T08:00:12Z");
    clock.set(utc("2024-06-03T08:00:30Z"));
    REQUIRE(recorder.noteEvent(QStringLiteral("k1"), CallLogKind::FieldFilled, QStringLiteral("name")).ok());
    clock.set(utc("2024-06-03T08:00:40Z"));
    REQUIRE(
        recorder.noteEvent(QStringLiteral("k1"), CallLogKind::UrgencyShown, QStringLiteral("urgent")).ok());
    clock.set(utc("2024-06-03T08:00:50Z"));
    REQUIRE(recorder.noteEvent(QStringLiteral("k1"), CallLogKind::ActionConfirmed, QStringLiteral("transfer"))
                .ok());
    source.send(K::Ended, QStringLiteral("k1"), "2024-06-03T08:01:30Z", {}, QStringLiteral("answered"));
    clock.set(utc("2024-06-03T08:02:00Z"));
    Message saved;
    saved.id = QStringLiteral("msg-k1");
    saved.callId = QStringLiteral("k1");
    saved.clientCode = QStringLiteral("ACME");
    saved.status = MessageStatus::Completed;
    REQUIRE(recorder.noteMessageSaved(saved).ok());

    const auto k1 = calls.find(QStringLiteral("k1"), QStringLiteral("alice"));
    REQUIRE(k1.ok());
    REQUIRE(k1.value().has_value());
    const CallRecord &r1 = *k1.value();
    CHECK(r1.clientCode == QStringLiteral("ACME"));
    CHECK(r1.dialedNumber == acmeNumber);
    CHECK(r1.callerNumber == QStringLiteral("+33611223344"));
    CHECK(r1.offeredAt == utc("2024-06-03T08:00:00Z"));
    CHECK(r1.answeredAt == utc("2024-06-03T08:00:12Z"));
    CHECK(r1.endedAt == utc("2024-06-03T08:01:30Z"));
    CHECK(r1.endCause == QStringLiteral("answered"));
    CHECK(r1.outcome == CallOutcome::Message);
    CHECK(r1.outcomeAt == utc("2024-06-03T08:02:00Z"));
    CHECK(r1.messageId == QStringLiteral("msg-k1"));
    const auto log = calls.eventsOfMessage(QStringLiteral("msg-k1"));
    REQUIRE(log.ok());
    QStringList kinds;
    for (const CallLogEntry &e : log.value())
        kinds << toString(e.kind) + QLatin1Char('@') + e.at.toString(Qt::ISODate) +
                     (e.detail.isEmpty() ? QString() : QLatin1Char(':') + e.detail);
    CHECK(kinds == QStringList{QStringLiteral("offered@2024-06-03T08:00:00Z"),
                               QStringLiteral("pop-shown@2024-06-03T08:00:01Z"),
                               QStringLiteral("answered@2024-06-03T08:00:12Z"),
                               QStringLiteral("field-filled@2024-06-03T08:00:30Z:name"),
                               QStringLiteral("urgency-shown@2024-06-03T08:00:40Z:urgent"),
                               QStringLiteral("action-confirmed@2024-06-03T08:00:50Z:transfer"),
                               QStringLiteral("ended@2024-06-03T08:01:30Z:answered"),
                               QStringLiteral("saved@2024-06-03T08:02:00Z:message")});

    // k2: a number no client owns rings and the caller gives up.
    source.send(K::Offered, QStringLiteral("k2"), "2024-06-03T08:10:00Z", QStringLiteral("+33199001234"));
    source.send(K::Ended, QStringLiteral("k2"), "2024-06-03T08:10:25Z", {}, QStringLiteral("caller-hangup"));
    const auto k2 = calls.find(QStringLiteral("k2"), QStringLiteral("alice"));
    REQUIRE(k2.ok());
    REQUIRE(k2.value().has_value());
    CHECK(k2.value()->clientCode.isEmpty());
    CHECK(k2.value()->outcome == CallOutcome::Unanswered);
    CHECK_FALSE(k2.value()->answeredAt.isValid());

    // k3: a colleague picks it up.
    source.send(K::Offered, QStringLiteral("k3"), "2024-06-03T08:20:00Z", acmeNumber);
    source.send(K::Ended, QStringLiteral("k3"), "2024-06-03T08:20:05Z", {},
                QStringLiteral("answered-elsewhere"));
    const auto k3 = calls.find(QStringLiteral("k3"), QStringLiteral("alice"));
    REQUIRE(k3.ok());
    REQUIRE(k3.value().has_value());
    CHECK(k3.value()->outcome == CallOutcome::Elsewhere);

    // k4: a queue rings it here twice; the second round is answered. The first ring is kept (the
    // caller waited from then) and the earlier "unanswered" is reopened. The operator then picks REUN
    // by hand and closes the call as filtered.
    source.send(K::Offered, QStringLiteral("k4"), "2024-06-03T09:00:00Z", acmeNumber);
    source.send(K::Ended, QStringLiteral("k4"), "2024-06-03T09:00:20Z", {}, QStringLiteral("no-answer"));
    source.send(K::Offered, QStringLiteral("k4"), "2024-06-03T09:01:00Z", acmeNumber);
    source.send(K::Answered, QStringLiteral("k4"), "2024-06-03T09:01:05Z");
    auto k4 = calls.find(QStringLiteral("k4"), QStringLiteral("alice"));
    REQUIRE(k4.ok());
    REQUIRE(k4.value().has_value());
    CHECK(k4.value()->offeredAt == utc("2024-06-03T09:00:00Z"));
    CHECK(k4.value()->answeredAt == utc("2024-06-03T09:01:05Z"));
    CHECK(k4.value()->outcome == CallOutcome::Open);
    Message filtered;
    filtered.id = QStringLiteral("msg-k4");
    filtered.callId = QStringLiteral("k4");
    filtered.clientCode = QStringLiteral("REUN");
    filtered.status = MessageStatus::Completed;
    filtered.answers = {{QStringLiteral("filtered"), QStringLiteral("cold-sales")}};
    REQUIRE(recorder.noteMessageSaved(filtered).ok());
    k4 = calls.find(QStringLiteral("k4"), QStringLiteral("alice"));
    REQUIRE(k4.ok());
    CHECK(k4.value()->outcome == CallOutcome::Filtered);
    CHECK(k4.value()->clientCode == QStringLiteral("REUN"));
    CHECK(k4.value()->messageId == QStringLiteral("msg-k4"));

    // A draft says nothing about the outcome yet.
    Message draft = saved;
    draft.id = QStringLiteral("draft");
    draft.status = MessageStatus::Draft;
    REQUIRE(recorder.noteMessageSaved(draft).ok());
    CHECK(calls.find(QStringLiteral("k1"), QStringLiteral("alice")).value()->messageId ==
          QStringLiteral("msg-k1"));

    // The recorded calls feed the figures: k1, k2, k4 offered on 2024-06-03 (k3 is the colleague's).
    KpiFilter day;
    day.from = QDate(2024, 6, 3);
    day.to = QDate(2024, 6, 3);
    const KpiReport r = computeOrFail(db, day);
    CHECK(r.total.offered == 3);
    CHECK(r.total.answered == 2);
    // k1 12 s, k4 65 s (from its first ring at 09:00:00 to 09:01:05) → 38.5 s.
    CHECK(*r.total.averageAnswerSeconds == Approx(38.5));
    CHECK(r.total.messages == 1);
    CHECK(r.total.filtered == 1);
}

} // namespace relais::test

// Supervision on SQLite: call records, the recorder fed by scripted and simulated calls, the KPIs of
// the hand-computed fixture (supervisionchecks.cpp) and their table, JSON and CSV renderings.
#include "supervision/supervisionchecks.h"

#include "common/clock.h"
#include "cti/simulatorsource.h"
#include "messages/message.h"
#include "storage/database.h"
#include "supervision/callrecorder.h"
#include "supervision/callrecordrepository.h"
#include "supervision/kpicalculator.h"
#include "supervision/kpiexport.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace relais;

namespace {

struct SqliteStore
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db =
        test::openMigratedOrFail(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("relais.db")));
};

struct SeededStore : SqliteStore
{
    SeededStore() { test::seedFixture(*db); }
};

KpiReport weekend(Database &db)
{
    KpiFilter filter;
    filter.from = QDate(2024, 3, 30);
    filter.to = QDate(2024, 3, 31);
    auto report = KpiCalculator(db).compute(filter);
    REQUIRE(report.ok());
    return report.value();
}

} // namespace

TEST_CASE("figures of the DST weekend match the hand count (SQLite)")
{
    SeededStore store;
    test::checkFiguresOfTheDstWeekend(*store.db);
}

TEST_CASE("figures per client and per operator match the hand count (SQLite)")
{
    SeededStore store;
    test::checkFiguresPerClientAndOperator(*store.db);
}

TEST_CASE("calls are counted by the local hour of their client's time zone, across DST (SQLite)")
{
    SeededStore store;
    test::checkVolumeByLocalHour(*store.db);
}

TEST_CASE("a client and operator filter keeps only their calls (SQLite)")
{
    SeededStore store;
    test::checkClientAndOperatorFilter(*store.db);
}

TEST_CASE("an empty period gives zero calls and no rate rather than a made-up zero (SQLite)")
{
    SeededStore store;
    test::checkEmptyPeriodHasNoRates(*store.db);
}

TEST_CASE("without a period every call counts except those a colleague answered (SQLite)")
{
    SeededStore store;
    test::checkWithoutPeriodEveryCallCounts(*store.db);
}

TEST_CASE("the recorder writes each call's steps, outcome and event log (SQLite)")
{
    SqliteStore store;
    test::checkRecorderStepsAndEventLog(*store.db);
}

TEST_CASE("calls rung by the simulator are recorded from offer to end")
{
    SqliteStore store;
    CallRecordRepository calls(*store.db);
    FixedClock clock(QDateTime(QDate(2024, 6, 3), QTime(9, 0), Qt::UTC));
    SimulatorSource::Options options;
    options.dialedNumbers = {QStringLiteral("+33142000000")};
    options.answerAfterMs = 1;
    options.endAfterMs = 5;
    options.unknownNumberRate = 0.0;
    options.seed = 42;
    SimulatorSource simulator(options, clock);
    CallRecorder recorder(calls, clock, QStringLiteral("camille"),
                          [](const CallEvent &) { return QStringLiteral("ACME"); });
    recorder.attach(simulator);
    simulator.start();
    const QString callId = simulator.ringNow();
    REQUIRE(test::waitUntil([&] {
        const auto found = calls.find(callId, QStringLiteral("camille"));
        return found.ok() && found.value() && found.value()->endedAt.isValid();
    }));
    const CallRecord r = *calls.find(callId, QStringLiteral("camille")).value();
    CHECK(r.clientCode == QStringLiteral("ACME"));
    CHECK(r.dialedNumber == QStringLiteral("+33142000000"));
    CHECK(r.answeredAt.isValid());
    CHECK(r.endCause == QStringLiteral("answered"));
    CHECK(r.outcome == CallOutcome::Open); // answered; no message saved yet
    const auto log = calls.events(callId);
    REQUIRE(log.ok());
    REQUIRE(log.value().size() == 3);
    CHECK(log.value()[0].kind == CallLogKind::Offered);
    CHECK(log.value()[1].kind == CallLogKind::Answered);
    CHECK(log.value()[2].kind == CallLogKind::Ended);
}

TEST_CASE("a call event without a call id is refused and reported, not stored")
{
    SqliteStore store;
    CallRecordRepository calls(*store.db);
    FixedClock clock(QDateTime(QDate(2024, 6, 3), QTime(9, 0), Qt::UTC));
    CallRecorder recorder(calls, clock, QStringLiteral("camille"), {});
    QStringList failures;
    QObject::connect(&recorder, &CallRecorder::recordingFailed,
                     [&](const QString &what) { failures << what; });
    CallEvent event;
    event.kind = CallEvent::Kind::Offered;
    CHECK_FALSE(recorder.record(event).ok());
    CHECK(failures.size() == 1);
    CHECK_FALSE(recorder.noteEvent(QString(), CallLogKind::PopShown).ok());
    CHECK(failures.size() == 2);
}

TEST_CASE("a saved message stands for its call's outcome")
{
    Message m;
    m.status = MessageStatus::Draft;
    CHECK(callOutcomeOf(m) == CallOutcome::Open);
    m.status = MessageStatus::Completed;
    CHECK(callOutcomeOf(m) == CallOutcome::Message);
    m.incomplete = true;
    CHECK(callOutcomeOf(m) == CallOutcome::Incomplete);
    m.incomplete = false;
    m.answers = {{QStringLiteral("filtered"), QStringLiteral("cold-sales")}};
    CHECK(callOutcomeOf(m) == CallOutcome::Filtered);
    for (CallOutcome o : {CallOutcome::Open, CallOutcome::Message, CallOutcome::Filtered,
                          CallOutcome::Incomplete, CallOutcome::Unanswered, CallOutcome::Elsewhere})
        CHECK(callOutcomeFromString(toString(o)) == o);
    CHECK(callOutcomeFromString(QStringLiteral("garbage")) == CallOutcome::Open);
    CHECK(callLogKindFromString(QStringLiteral("\xff junk")) == CallLogKind::Other);
}

TEST_CASE("the CSV opens in a French spreadsheet: BOM, semicolons, decimal comma, matrix by weekday")
{
    SeededStore store;
    const QByteArray csv = kpiCsv(weekend(*store.db));
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    CHECK(lines.first().startsWith(QStringLiteral("Scope;Key;Offered;Answered;")));
    // All: 7 offered, 5 answered, 2 unanswered, 71.4 % (5/7), 18.0 s, p90 40.0 s, 150.0 s, 2 messages,
    // 1 filtered, 1 incomplete, 40.0 % qualified, 3 actions.
    CHECK(lines.at(1) == QStringLiteral("All;;7;5;2;71,4;18,0;40,0;150,0;2;1;1;40,0;3"));
    CHECK(lines.contains(QStringLiteral("Client;(unknown);1;1;0;100,0;15,0;15,0;45,0;0;0;0;0,0;0")));
    CHECK(lines.contains(QStringLiteral("Operator;bob;3;2;1;66,7;30,0;40,0;82,5;0;1;1;0,0;0")));
    const qsizetype matrix =
        lines.indexOf(QStringLiteral("Weekday;00h;01h;02h;03h;04h;05h;06h;07h;08h;09h;10h;"
                                     "11h;12h;13h;14h;15h;16h;17h;18h;19h;20h;21h;22h;23h"));
    REQUIRE(matrix > 0);
    CHECK(lines.at(matrix + 7) == QStringLiteral("Sunday;1;1;0;1;0;0;0;0;0;0;1;0;1;0;0;0;0;0;0;0;0;0;0;1"));
}

TEST_CASE("the CSV quotes a client code holding a semicolon or a quote")
{
    KpiReport report;
    report.byClient[QStringLiteral("A;B \"C\"")].offered = 1;
    const QString csv = QString::fromUtf8(kpiCsv(report));
    CHECK(csv.contains(QStringLiteral("Client;\"A;B \"\"C\"\"\";1;")));
}

TEST_CASE("the JSON gives rates as fractions, null where nothing was counted, and the 7×24 matrix")
{
    SeededStore store;
    const QJsonObject root = QJsonDocument::fromJson(kpiJson(weekend(*store.db))).object();
    const QJsonObject total = root.value(QStringLiteral("total")).toObject();
    CHECK(total.value(QStringLiteral("offered")).toInt() == 7);
    CHECK(total.value(QStringLiteral("answerRate")).toDouble() == Approx(0.714));
    CHECK(total.value(QStringLiteral("p90AnswerSeconds")).toDouble() == Approx(40.0));
    CHECK(total.value(QStringLiteral("actionsByKind")).toObject().value(QStringLiteral("page")).toInt() == 1);
    CHECK(root.value(QStringLiteral("filter")).toObject().value(QStringLiteral("from")).toString() ==
          QStringLiteral("2024-03-30"));
    const QJsonArray matrix = root.value(QStringLiteral("offeredByWeekdayHour")).toArray();
    REQUIRE(matrix.size() == 7);
    CHECK(matrix.at(5).toArray().at(23).toInt() == 1);
    KpiReport empty;
    const QJsonObject none = QJsonDocument::fromJson(kpiJson(empty)).object();
    CHECK(none.value(QStringLiteral("total")).toObject().value(QStringLiteral("answerRate")).isNull());
}

TEST_CASE("the table shows one line per scope and the hours that had calls")
{
    SeededStore store;
    const QString table = kpiTable(weekend(*store.db));
    const QStringList lines = table.split(QLatin1Char('\n'));
    CHECK(lines.at(1).startsWith(QStringLiteral("All")));
    CHECK(lines.at(1).contains(QStringLiteral("71.4")));
    CHECK(table.contains(QStringLiteral("  23h      2 / 1")));
    CHECK_FALSE(table.contains(QStringLiteral("  02h")));
}

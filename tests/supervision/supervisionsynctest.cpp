// Call records and reviews through the shared PostgreSQL between two consoles (local SQLite stores):
// the supervisor's console sees the operator's calls and their event logs, the operator's console
// gets the supervisor's comment, and syncing again or pushing the same rows twice doubles nothing.
#include "sync/synctestsupport.h"

#include "common/clock.h"
#include "phone/phonenumbers.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "supervision/callrecordrepository.h"
#include "supervision/kpicalculator.h"
#include "supervision/reviewqueue.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace relais;
using namespace relais::test;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

void syncOrFail(Console &console)
{
    const Result<SyncReport> report = console.engine->syncUntilIdle();
    if (!report)
        FAIL(report.error().toString().toStdString());
}

CallRecord call(const char *id, const char *op, const char *offered, int answerAfter,
                const QString &messageId = {})
{
    CallRecord r;
    r.callId = QString::fromLatin1(id);
    r.operatorLogin = QString::fromLatin1(op);
    r.clientCode = QStringLiteral("C001");
    r.callerNumber = QStringLiteral("+33612345678");
    r.offeredAt = utc(offered);
    if (answerAfter >= 0)
        r.answeredAt = r.offeredAt.addSecs(answerAfter);
    r.endedAt = r.offeredAt.addSecs(120);
    r.outcome = messageId.isEmpty() ? (answerAfter >= 0 ? CallOutcome::Open : CallOutcome::Unanswered)
                                    : CallOutcome::Message;
    r.messageId = messageId;
    return r;
}

void event(CallRecordRepository &calls, const char *id, const char *op, const char *at, CallLogKind kind,
           const char *detail = "")
{
    REQUIRE(calls
                .appendEvent(CallLogEntry{QString::fromLatin1(id), QString::fromLatin1(op), utc(at), kind,
                                          QString::fromLatin1(detail)})
                .ok());
}

KpiFigures totals(Database &db)
{
    const Result<KpiReport> report = KpiCalculator(db).compute({});
    REQUIRE(report);
    return report->total;
}

} // namespace

TEST_CASE("an operator's calls and a supervisor's comment cross consoles through PostgreSQL", "[postgres]")
{
    const QString shared = freshPostgresDatabase(QStringLiteral("relais_supervision_sync"));
    Console alice(shared);
    Console supervisor(shared);
    PhoneNumbers phones;
    FixedClock clock{utc("2024-06-10T08:00:00Z")};

    // Alice's console: a message and three calls, recorded before this console ever synced.
    Message taken = alice.save(QStringLiteral("Rappeler M. Martin"));
    taken.operatorLogin = QStringLiteral("alice");
    REQUIRE(MessageRepository(*alice.db).save(taken).ok());
    CallRecordRepository aliceCalls(*alice.db);
    REQUIRE(aliceCalls.save(call("k1", "alice", "2024-06-03T07:00:00Z", 10, taken.id)).ok());
    REQUIRE(aliceCalls.save(call("k2", "alice", "2024-06-03T07:30:00Z", -1)).ok());
    event(aliceCalls, "k1", "alice", "2024-06-03T07:00:00Z", CallLogKind::Offered);
    event(aliceCalls, "k1", "alice", "2024-06-03T07:00:02Z", CallLogKind::PopShown);
    event(aliceCalls, "k1", "alice", "2024-06-03T07:00:10Z", CallLogKind::Answered);
    syncOrFail(alice);
    // And one after: the triggers mark it.
    REQUIRE(aliceCalls.save(call("k3", "alice", "2024-06-03T08:00:00Z", 20)).ok());
    event(aliceCalls, "k1", "alice", "2024-06-03T07:01:30Z", CallLogKind::Saved, "message");
    syncOrFail(alice);

    auto server = openUrl(shared);
    CHECK(scalar(*server, QStringLiteral("SELECT COUNT(*) FROM calls")) == 3);
    CHECK(scalar(*server, QStringLiteral("SELECT COUNT(*) FROM call_events")) == 4);

    // The supervisor's console sees Alice's figures and the call's event log.
    syncOrFail(supervisor);
    const KpiFigures seen = totals(*supervisor.db);
    CHECK(seen.offered == 3);
    CHECK(seen.answered == 2);
    CHECK(seen.messages == 1);
    const Result<QList<CallLogEntry>> log = CallRecordRepository(*supervisor.db).events(QStringLiteral("k1"));
    REQUIRE(log);
    REQUIRE(log->size() == 4);
    CHECK(log->at(1).kind == CallLogKind::PopShown);
    CHECK(log->last().detail == QStringLiteral("message"));
    REQUIRE(supervisor.find(taken.id).has_value());

    // The supervisor flags and reviews the message, with a comment for Alice.
    ReviewQueue supervisorQueue(*supervisor.db, phones, clock);
    REQUIRE(supervisorQueue.flag(taken.id, QStringLiteral("sup"), QStringLiteral("Vérifier le numéro")).ok());
    QMap<QString, int> scores;
    for (const RubricCriterion &criterion : defaultRubric())
        scores.insert(criterion.id, criterion.maxPoints);
    REQUIRE(
        supervisorQueue.submit(taken.id, QStringLiteral("sup"), scores, QStringLiteral("Très bien, merci"))
            .ok());
    syncOrFail(supervisor);
    CHECK(scalar(*server, QStringLiteral("SELECT COUNT(*) FROM reviews")) == 1);

    // Alice's next session shows it once; her "seen" goes back to the supervisor.
    syncOrFail(alice);
    ReviewQueue aliceQueue(*alice.db, phones, clock);
    const Result<QList<Review>> unseen = aliceQueue.unseenComments(QStringLiteral("alice"));
    REQUIRE(unseen);
    REQUIRE(unseen->size() == 1);
    CHECK(unseen->first().comment == QStringLiteral("Très bien, merci"));
    CHECK(unseen->first().flagReason == QStringLiteral("Vérifier le numéro"));
    REQUIRE(aliceQueue.markCommentSeen(taken.id).ok());
    syncOrFail(alice);
    syncOrFail(supervisor);
    const auto reviewed = supervisorQueue.find(taken.id);
    REQUIRE(reviewed);
    REQUIRE(reviewed->has_value());
    CHECK((*reviewed)->commentSeenAt.isValid());
    CHECK((*reviewed)->status == ReviewStatus::Done);

    // Nothing waits, and syncing again moves nothing.
    for (Console *console : {&alice, &supervisor})
        CHECK(scalar(*console->db, QStringLiteral("SELECT COUNT(*) FROM sync_supervision_outbox")) == 0);
    const qint64 logRows = scalar(*server, QStringLiteral("SELECT MAX(seq) FROM sync_supervision_log"));
    syncOrFail(alice);
    syncOrFail(supervisor);
    CHECK(scalar(*server, QStringLiteral("SELECT MAX(seq) FROM sync_supervision_log")) == logRows);
}

TEST_CASE("pushing the same call records and reviews again doubles nothing", "[postgres]")
{
    const QString shared = freshPostgresDatabase(QStringLiteral("relais_supervision_sync"));
    Console alice(shared);
    Console other(shared);
    CallRecordRepository calls(*alice.db);
    REQUIRE(calls.save(call("k1", "alice", "2024-06-03T07:00:00Z", 10)).ok());
    event(calls, "k1", "alice", "2024-06-03T07:00:00Z", CallLogKind::Offered);
    event(calls, "k1", "alice", "2024-06-03T07:00:10Z", CallLogKind::Answered);
    syncOrFail(alice);
    syncOrFail(other);

    // As after a crash between the server's commit and the local record of it: marked again, pushed again.
    QSqlQuery again(alice.db->connection());
    REQUIRE(again.exec(QStringLiteral("INSERT INTO sync_supervision_outbox (kind, key1, key2) "
                                      "VALUES ('call', 'k1', 'alice')")));
    syncOrFail(alice);
    syncOrFail(other);
    auto server = openUrl(shared);
    CHECK(scalar(*server, QStringLiteral("SELECT COUNT(*) FROM calls")) == 1);
    CHECK(scalar(*server, QStringLiteral("SELECT COUNT(*) FROM call_events")) == 2);
    CHECK(scalar(*server, QStringLiteral("SELECT COUNT(*) FROM sync_supervision_log")) == 1);
    CHECK(scalar(*other.db, QStringLiteral("SELECT COUNT(*) FROM calls")) == 1);
    CHECK(scalar(*other.db, QStringLiteral("SELECT COUNT(*) FROM call_events")) == 2);
    // What the other console pulled is not pushed back.
    CHECK(scalar(*other.db, QStringLiteral("SELECT COUNT(*) FROM sync_supervision_outbox")) == 0);

    // The message saved later on Alice's console changes the row everywhere.
    REQUIRE(calls
                .recordOutcome(QStringLiteral("k1"), QStringLiteral("alice"), CallOutcome::Message,
                               QStringLiteral("m-k1"), utc("2024-06-03T07:03:00Z"))
                .ok());
    syncOrFail(alice);
    syncOrFail(other);
    const auto record = CallRecordRepository(*other.db).find(QStringLiteral("k1"), QStringLiteral("alice"));
    REQUIRE(record);
    REQUIRE(record->has_value());
    CHECK((*record)->outcome == CallOutcome::Message);
    CHECK((*record)->messageId == QStringLiteral("m-k1"));
    CHECK(scalar(*other.db, QStringLiteral("SELECT COUNT(*) FROM calls")) == 1);
}

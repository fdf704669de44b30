// The review fixture and its hand-computed completeness scores, checked on any engine.
//
// Weights: required fields 40 (in proportion), callback number 20, urgency procedure 20, time 20
// (≤ 180 s from answer to save: 20, ≤ 300 s: 10, more: 0); a criterion that does not apply is left
// out of both sides; score = round(100 × points / max).
//
// msg  op     answers (of name, callback_number, object)  urgency  actions   call (answer→save)
// r1   alice  all three, callback 01 42 68 53 00           urgent   transfer  120 s
//      40 + 20 + 20 + 20 = 100 / 100 -> 100
// r2   alice  name, callback "12" (object missing)         urgent   none      250 s
//      round(40×2/3)=27 + 0 + 0 + 10 = 37 / 100 -> 37
// r3   bob    name only; caller +33612345678               normal   none      no call record
//      round(40/3)=13 + 20 (caller's number) + 20 (message only) = 53 / 80 -> 66
// r4   bob    filtered (cold sales)                        -        none      30 s
//      required and callback n/a; 20 (no urgency) + 20 = 40 / 40 -> 100
// r5   alice  consignes v9 (missing), caller "anonymous"   -        none      400 s
//      required and urgency n/a; 0 + 0 = 0 / 40 -> 0
#include "supervision/reviewchecks.h"

#include "common/clock.h"
#include "consignes/consignes.h"
#include "messages/message.h"
#include "phone/phonenumbers.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "supervision/callrecordrepository.h"
#include "supervision/reviewqueue.h"

#include <catch2/catch.hpp>

namespace relais::test {
namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

Consignes cab()
{
    Consignes c;
    c.code = QStringLiteral("CAB");
    c.name = QStringLiteral("Cabinet Leroy");
    c.dialedNumbers = {QStringLiteral("+33142685300")};
    for (int day = 0; day < 5; ++day)
        c.hours.weekly.days[static_cast<size_t>(day)] = {TimeSpan{QTime(9, 0), QTime(18, 0)}};
    c.greetings.open = QStringLiteral("{salutation}, {client}, {operator} à votre écoute.");
    c.checklist = {
        ChecklistField{QStringLiteral("name"), QStringLiteral("Nom"), FieldType::Text, true, {}, {}},
        ChecklistField{
            QStringLiteral("callback_number"), QStringLiteral("Rappel"), FieldType::Phone, true, {}, {}},
        ChecklistField{QStringLiteral("object"), QStringLiteral("Objet"), FieldType::Text, true, {}, {}},
        ChecklistField{QStringLiteral("company"), QStringLiteral("Société"), FieldType::Text, false, {}, {}},
    };
    c.urgencyLevels = {UrgencyLevel{QStringLiteral("normal"), QStringLiteral("Normal"), 0},
                       UrgencyLevel{QStringLiteral("urgent"), QStringLiteral("Urgent"), 10}};
    c.defaultUrgency = QStringLiteral("normal");
    c.directory = {Person{QStringLiteral("dr"),
                          QStringLiteral("Dr Leroy"),
                          QStringLiteral("Médecin"),
                          {ContactNumber{QStringLiteral("Portable"), QStringLiteral("+33612345670")}},
                          {},
                          {}}};
    UrgencyRule rule;
    rule.id = QStringLiteral("pain");
    rule.description = QStringLiteral("Douleur thoracique");
    rule.level = QStringLiteral("urgent");
    rule.when.keywords = {QStringLiteral("douleur")};
    rule.procedure.action = ProcedureAction::Transfer;
    rule.procedure.target = QStringLiteral("dr");
    c.urgencyRules = {rule};
    return c;
}

Message message(const char *id, const char *op, const char *created, QMap<QString, QString> answers,
                const char *urgency, int consignesVersion = 1)
{
    Message m;
    m.id = QString::fromLatin1(id);
    m.callId = QStringLiteral("call-") + m.id;
    m.clientCode = QStringLiteral("CAB");
    m.callerNumber = QStringLiteral("+33612345678");
    m.operatorLogin = QString::fromLatin1(op);
    m.answers = std::move(answers);
    m.urgency = QString::fromLatin1(urgency);
    m.status = MessageStatus::Completed;
    m.consignesVersion = consignesVersion;
    m.createdAt = utc(created);
    m.updatedAt = m.createdAt;
    return m;
}

void saveOrFail(Database &db, const Message &m, int answerToSaveSeconds)
{
    const Status saved = MessageRepository(db).save(m);
    if (!saved)
        FAIL(saved.error().toString().toStdString());
    if (answerToSaveSeconds < 0)
        return;
    CallRecord r;
    r.callId = m.callId;
    r.operatorLogin = m.operatorLogin;
    r.clientCode = m.clientCode;
    r.offeredAt = m.createdAt.addSecs(-10);
    r.answeredAt = m.createdAt;
    r.outcomeAt = m.createdAt.addSecs(answerToSaveSeconds);
    r.endedAt = r.outcomeAt;
    r.outcome = callOutcomeOf(m);
    r.messageId = m.id;
    const Status call = CallRecordRepository(db).save(r);
    if (!call)
        FAIL(call.error().toString().toStdString());
}

const QString kName = QStringLiteral("name");
const QString kCallback = QStringLiteral("callback_number");
const QString kObject = QStringLiteral("object");

const FixedClock &clock()
{
    static const FixedClock fixed(utc("2024-06-10T08:00:00Z"));
    return fixed;
}

} // namespace

void seedReviewFixture(Database &db)
{
    const PhoneNumbers phones;
    const Result<int> version = ClientRepository(db, phones).save(cab(), QStringLiteral("test"));
    if (!version)
        FAIL(version.error().toString().toStdString());
    Message r1 = message("r1", "alice", "2024-06-03T07:00:00Z",
                         {{kName, QStringLiteral("Mme Roux")},
                          {kCallback, QStringLiteral("01 42 68 53 00")},
                          {kObject, QStringLiteral("douleur")}},
                         "urgent");
    r1.actions = {ActionTaken{r1.createdAt, ActionKind::Transfer, QStringLiteral("dr"),
                              QStringLiteral("Dr Leroy"), QStringLiteral("+33612345670"),
                              QStringLiteral("Transféré"), QStringLiteral("alice")}};
    saveOrFail(db, r1, 120);
    saveOrFail(db,
               message("r2", "alice", "2024-06-03T08:00:00Z",
                       {{kName, QStringLiteral("M. Petit")}, {kCallback, QStringLiteral("12")}}, "urgent"),
               250);
    saveOrFail(db,
               message("r3", "bob", "2024-06-03T09:00:00Z", {{kName, QStringLiteral("Mme Blanc")}}, "normal"),
               -1);
    saveOrFail(db,
               message("r4", "bob", "2024-06-03T10:00:00Z",
                       {{QStringLiteral("filtered"), QStringLiteral("cold")}}, ""),
               30);
    Message r5 = message("r5", "alice", "2024-06-03T11:00:00Z", {}, "", 9);
    r5.callerNumber = QStringLiteral("anonymous");
    saveOrFail(db, r5, 400);
}

void checkCompletenessScoresByHand(Database &db)
{
    const PhoneNumbers phones;
    ReviewQueue queue(db, phones, clock());
    const QMap<QString, int> expected{{QStringLiteral("r1"), 100},
                                      {QStringLiteral("r2"), 37},
                                      {QStringLiteral("r3"), 66},
                                      {QStringLiteral("r4"), 100},
                                      {QStringLiteral("r5"), 0}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        REQUIRE(queue.flag(it.key(), QStringLiteral("sup"), QStringLiteral("check")).ok());
        const auto review = queue.find(it.key());
        REQUIRE(review.ok());
        REQUIRE(review.value());
        INFO(it.key().toStdString());
        CHECK(review.value()->completeness.score == it.value());
    }
    const Review r2 = *queue.find(QStringLiteral("r2")).value();
    REQUIRE(r2.completeness.checks.size() == 4);
    CHECK(r2.completeness.checks[0].points == 27);
    CHECK(r2.completeness.checks[0].reason ==
          QStringLiteral("2 of 3 required fields answered; missing: Objet"));
    CHECK(r2.completeness.checks[1].reason.startsWith(
        QStringLiteral("The callback number \"12\" is not valid")));
    CHECK(r2.completeness.checks[2].reason ==
          QStringLiteral("Urgency \"Urgent\" asks for a transfer; none was recorded"));
    CHECK(r2.completeness.checks[3].points == 10);
    CHECK(r2.completeness.checks[3].reason ==
          QStringLiteral("Completed in 4 min 10 s after the answer (over 3 min)"));
    const Review r1 = *queue.find(QStringLiteral("r1")).value();
    CHECK(r1.completeness.checks[1].reason == QStringLiteral("The callback number 01 42 68 53 00 is valid"));
    const Review r5 = *queue.find(QStringLiteral("r5")).value();
    CHECK(r5.completeness.checks[0].maxPoints == 0);
    CHECK(r5.completeness.checks[0].reason.contains(QStringLiteral("version 9")));
    CHECK(r5.day == QDate(2024, 6, 3));
}

void checkSampleIsPerOperatorAndClientPerDay(Database &db)
{
    // Besides the fixture (all on Monday 3 June, Paris time): alice 4 more on the 3rd, bob 2 more on
    // the 4th, one at 22:30Z on the 4th (00:30 on the 5th in Paris, outside the period) and a draft.
    for (int i = 0; i < 4; ++i)
        saveOrFail(db,
                   message(QStringLiteral("a%1").arg(i).toLatin1().constData(), "alice",
                           "2024-06-03T12:00:00Z", {}, ""),
                   60);
    for (int i = 0; i < 2; ++i)
        saveOrFail(db,
                   message(QStringLiteral("b%1").arg(i).toLatin1().constData(), "bob", "2024-06-04T12:00:00Z",
                           {}, ""),
                   60);
    saveOrFail(db, message("late", "bob", "2024-06-04T22:30:00Z", {}, ""), 60);
    Message draft = message("draft", "carol", "2024-06-04T09:00:00Z", {}, "");
    draft.status = MessageStatus::Draft;
    saveOrFail(db, draft, -1);

    const PhoneNumbers phones;
    ReviewQueue queue(db, phones, clock());
    // Per operator only: alice 3rd (7 messages) 2, bob 3rd (2) 2, bob 4th (2) 2.
    const Result<int> added = queue.sample(QDate(2024, 6, 3), QDate(2024, 6, 4), SamplingPlan{2, 0});
    REQUIRE(added.ok());
    CHECK(added.value() == 6);
    const auto queued = queue.list();
    REQUIRE(queued.ok());
    QMap<QString, int> perOperatorDay;
    for (const Review &r : queued.value()) {
        CHECK(r.source == ReviewSource::Sample);
        CHECK(r.messageId != QStringLiteral("late"));
        CHECK(r.messageId != QStringLiteral("draft"));
        ++perOperatorDay[r.operatorLogin + r.day.toString(Qt::ISODate)];
    }
    CHECK(perOperatorDay == QMap<QString, int>{{QStringLiteral("alice2024-06-03"), 2},
                                               {QStringLiteral("bob2024-06-03"), 2},
                                               {QStringLiteral("bob2024-06-04"), 2}});
    // Sampling the same days again picks the same messages: nothing new.
    CHECK(queue.sample(QDate(2024, 6, 3), QDate(2024, 6, 4), SamplingPlan{2, 0}).value() == 0);
    // A per-client sample of 9 a day takes every remaining message of those days (CAB: 9 on the 3rd,
    // 2 on the 4th), so 11 in all; the one of the 5th only when the 5th is sampled.
    CHECK(queue.sample(QDate(2024, 6, 3), QDate(2024, 6, 4), SamplingPlan{0, 9}).value() == 5);
    CHECK(queue.list().value().size() == 11);
    CHECK(queue.sample(QDate(2024, 6, 5), QDate(2024, 6, 5), SamplingPlan{0, 1}).value() == 1);
    CHECK(queue.find(QStringLiteral("late")).value()->day == QDate(2024, 6, 5));
    CHECK_FALSE(queue.sample(QDate(2024, 6, 5), QDate(2024, 6, 4)).ok());
}

void checkFlaggedMessagesComeFirst(Database &db)
{
    const PhoneNumbers phones;
    ReviewQueue queue(db, phones, clock());
    REQUIRE(queue.sample(QDate(2024, 6, 3), QDate(2024, 6, 3), SamplingPlan{0, 9}).value() == 5);
    // Lowest score first: r5 0, r2 37, r3 66, then r1 and r4 at 100 by queue time then id.
    QStringList order;
    const auto queued = queue.list();
    REQUIRE(queued.ok());
    for (const Review &r : queued.value())
        order << r.messageId;
    CHECK(order == QStringList{QStringLiteral("r5"), QStringLiteral("r2"), QStringLiteral("r3"),
                               QStringLiteral("r1"), QStringLiteral("r4")});
    REQUIRE(
        queue.flag(QStringLiteral("r4"), QStringLiteral("bob"), QStringLiteral("Caller complained")).ok());
    const Review first = queue.list().value().first();
    CHECK(first.messageId == QStringLiteral("r4"));
    CHECK(first.source == ReviewSource::Flagged);
    CHECK(first.flaggedBy == QStringLiteral("bob"));
    CHECK(first.flagReason == QStringLiteral("Caller complained"));
    const Status unknown = queue.flag(QStringLiteral("nope"), QStringLiteral("bob"), {});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().what.contains(QStringLiteral("nope")));
    CHECK(queue.list(ReviewListFilter{false, QStringLiteral("bob"), {}, {}, {}}).value().size() == 2);
}

void checkRubricAndCommentReachTheOperator(Database &db)
{
    const PhoneNumbers phones;
    FixedClock now(utc("2024-06-10T08:00:00Z"));
    ReviewQueue queue(db, phones, now);
    REQUIRE(queue.flag(QStringLiteral("r2"), QStringLiteral("sup"), {}).ok());
    QMap<QString, int> scores{{QStringLiteral("greeting"), 2},
                              {QStringLiteral("courtesy"), 1},
                              {QStringLiteral("accuracy"), 3},
                              {QStringLiteral("spelling"), 2}};
    // One criterion not scored, one over its maximum, one the rubric does not have: all refused.
    CHECK_FALSE(queue.submit(QStringLiteral("r2"), QStringLiteral("sup"), scores, {}).ok());
    scores[QStringLiteral("consignes")] = 4;
    CHECK_FALSE(queue.submit(QStringLiteral("r2"), QStringLiteral("sup"), scores, {}).ok());
    scores[QStringLiteral("consignes")] = 2;
    scores[QStringLiteral("speed")] = 1;
    CHECK_FALSE(queue.submit(QStringLiteral("r2"), QStringLiteral("sup"), scores, {}).ok());
    scores.remove(QStringLiteral("speed"));
    CHECK_FALSE(queue.submit(QStringLiteral("r1"), QStringLiteral("sup"), scores, {}).ok()); // not queued

    const QString comment = QStringLiteral("Demandez toujours l'objet de l'appel.");
    REQUIRE(queue.submit(QStringLiteral("r2"), QStringLiteral("sup"), scores, comment).ok());
    const Review done = *queue.find(QStringLiteral("r2")).value();
    CHECK(done.status == ReviewStatus::Done);
    CHECK(done.score == 83); // 10 of 12 points
    CHECK(done.rubricScores == scores);
    CHECK(done.reviewer == QStringLiteral("sup"));
    CHECK(done.reviewedAt == now.now());
    CHECK(queue.list().value().isEmpty()); // done reviews leave the queue
    CHECK(queue.list(ReviewListFilter{true, {}, {}, {}, {}}).value().size() == 1);

    // Alice sees it at her next session, once; bob has nothing.
    CHECK(queue.unseenComments(QStringLiteral("bob")).value().isEmpty());
    const auto unseen = queue.unseenComments(QStringLiteral("alice"));
    REQUIRE(unseen.ok());
    REQUIRE(unseen->size() == 1);
    CHECK(unseen->first().comment == comment);
    CHECK(unseen->first().messageId == QStringLiteral("r2"));
    now.advanceSeconds(3600);
    REQUIRE(queue.markCommentSeen(QStringLiteral("r2")).ok());
    CHECK(queue.unseenComments(QStringLiteral("alice")).value().isEmpty());
    CHECK(queue.find(QStringLiteral("r2")).value()->commentSeenAt == now.now());
    // A flag after the review keeps it done; a new comment is shown again.
    REQUIRE(queue.flag(QStringLiteral("r2"), QStringLiteral("bob"), QStringLiteral("again")).ok());
    CHECK(queue.find(QStringLiteral("r2")).value()->status == ReviewStatus::Done);
    REQUIRE(queue.submit(QStringLiteral("r2"), QStringLiteral("sup"), scores, QStringLiteral("Merci.")).ok());
    CHECK(queue.unseenComments(QStringLiteral("alice")).value().size() == 1);
    CHECK_FALSE(queue.markCommentSeen(QStringLiteral("nope")).ok());
}

} // namespace relais::test

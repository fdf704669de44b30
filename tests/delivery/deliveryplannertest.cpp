// DeliveryPlanner: transmission rules applied to a message (levels, call types, on call at night,
// digest times in the client's zone, missing addresses), and the ids and codes it gives.
#include "deliveryfixtures.h"

#include "delivery/deliveryids.h"
#include "delivery/deliveryplanner.h"
#include "phone/phonenumbers.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace relais;
using namespace relais::delivery;
using relais::test::paris;

namespace {

const QString kId = QStringLiteral("6a1f8f6e-8d6c-4a51-9a8e-3a0f1c2b7d10");

DeliveryPlan planOf(const Message &message, const QDateTime &now,
                    const Consignes &consignes = test::deliveryConsignes())
{
    static const PhoneNumbers phones;
    return DeliveryPlanner(phones).plan(message, consignes, now);
}

QString issues(const DeliveryPlan &plan)
{
    return plan.issues.join(QStringLiteral(" | "));
}

} // namespace

TEST_CASE("an urgent message at night goes by SMS and email to the person on call, to acknowledge in 15 min")
{
    const QDateTime now = paris(2026, 11, 24, 3, 0); // Tuesday 03:00: Monday night's shift
    const DeliveryPlan plan = planOf(test::deliveryMessage(kId, QStringLiteral("urgent"), now), now);
    INFO(issues(plan).toStdString());
    CHECK(plan.issues.isEmpty());
    REQUIRE(plan.deliveries.size() == 2);
    const PlannedDelivery &sms = plan.deliveries.at(0);
    const PlannedDelivery &email = plan.deliveries.at(1);
    CHECK(sms.channel == Channel::Sms);
    CHECK(sms.recipient.personId == QStringLiteral("alice"));
    CHECK(sms.recipient.address == QStringLiteral("+33612345678")); // the "Portable", not the landline
    CHECK(email.channel == Channel::Email);
    CHECK(email.recipient.address == QStringLiteral("alice@cabinet.example"));
    for (const PlannedDelivery &d : plan.deliveries) {
        CHECK(d.dueAt == now);
        CHECK(d.step == 0);
        CHECK(d.acknowledgeBy == now.addSecs(15 * 60));
        REQUIRE(d.escalation.size() == 1);
        CHECK(d.escalation.first().personId == QStringLiteral("bob")); // next in the rota
        CHECK(d.acknowledgeCode == acknowledgeCode(d.deliveryId));
    }
    CHECK(plan.payload.urgent);
    CHECK(plan.payload.urgencyLabel == QStringLiteral("Urgent"));
    CHECK(plan.payload.clientName == QStringLiteral("Cabinet Test"));
    CHECK(plan.payload.fieldLabels.value(QStringLiteral("callback_number")) ==
          QStringLiteral("Numéro de rappel"));
}

TEST_CASE("the same urgent message by day goes to the day's on-call person, escalating to the night's")
{
    const QDateTime now = paris(2026, 11, 24, 10, 0);
    const DeliveryPlan plan = planOf(test::deliveryMessage(kId, QStringLiteral("urgent"), now), now);
    REQUIRE(plan.deliveries.size() == 2);
    CHECK(plan.deliveries.at(0).recipient.personId == QStringLiteral("bob"));
    CHECK(plan.deliveries.at(0).escalation.first().personId == QStringLiteral("alice"));
}

TEST_CASE("a normal message waits for the next digest time read in the client's time zone")
{
    const Message m = test::deliveryMessage(kId, QStringLiteral("normal"), paris(2026, 11, 24, 13, 0));
    SECTION("after 12:30: the 18:30 digest the same day")
    {
        const DeliveryPlan plan = planOf(m, paris(2026, 11, 24, 13, 0));
        REQUIRE(plan.deliveries.size() == 1);
        CHECK(plan.deliveries.first().dueAt == paris(2026, 11, 24, 18, 30));
        CHECK(plan.deliveries.first().dueAt == QDateTime(QDate(2026, 11, 24), QTime(17, 30), Qt::UTC));
        CHECK_FALSE(plan.deliveries.first().acknowledgeBy.isValid());
        CHECK(plan.deliveries.first().escalation.isEmpty());
        CHECK_FALSE(plan.payload.urgent);
    }
    SECTION("after the last digest: 12:30 the next day")
    {
        const DeliveryPlan plan = planOf(m, paris(2026, 11, 24, 19, 0));
        REQUIRE(plan.deliveries.size() == 1);
        CHECK(plan.deliveries.first().dueAt == paris(2026, 11, 25, 12, 30));
    }
    SECTION("at a digest time exactly: that digest")
    {
        const DeliveryPlan plan = planOf(m, paris(2026, 11, 24, 12, 30));
        CHECK(plan.deliveries.first().dueAt == paris(2026, 11, 24, 12, 30));
    }
    SECTION("across the spring-forward night the digest is at 12:30 summer time (10:30 UTC)")
    {
        const DeliveryPlan plan = planOf(m, paris(2026, 3, 28, 19, 0));
        CHECK(plan.deliveries.first().dueAt == QDateTime(QDate(2026, 3, 29), QTime(10, 30), Qt::UTC));
    }
    SECTION("in a client's own zone (Réunion, UTC+4)")
    {
        Consignes c = test::deliveryConsignes();
        c.timeZone = QStringLiteral("Indian/Reunion");
        const DeliveryPlan plan =
            planOf(m, QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC), c); // 13:00 there
        CHECK(plan.deliveries.first().dueAt == QDateTime(QDate(2026, 11, 24), QTime(14, 30), Qt::UTC));
    }
}

TEST_CASE("a filtered call follows the filtered rule only, an incomplete one the incomplete rule")
{
    const QDateTime now = paris(2026, 11, 24, 13, 0);
    Message filtered = test::deliveryMessage(kId, QStringLiteral("normal"), now);
    filtered.answers.insert(QStringLiteral("filtered"), QStringLiteral("demarchage"));
    const DeliveryPlan f = planOf(filtered, now);
    REQUIRE(f.deliveries.size() == 1);
    CHECK(f.deliveries.first().recipient.personId == QStringLiteral("carol"));
    CHECK(f.deliveries.first().dueAt == now); // at once, not at the digest

    Message incomplete = test::deliveryMessage(kId, QStringLiteral("normal"), now);
    incomplete.incomplete = true;
    const DeliveryPlan i = planOf(incomplete, now);
    CHECK(i.deliveries.isEmpty()); // dave has only a landline
    REQUIRE(i.issues.size() == 1);
    CHECK(i.issues.first().contains(QStringLiteral("Dave Compta")));
    CHECK(i.issues.first().contains(QStringLiteral("mobile")));
}

TEST_CASE("what cannot be planned is said, not dropped silently")
{
    const QDateTime now = paris(2026, 11, 24, 3, 0);
    Consignes c = test::deliveryConsignes();
    TransmissionRule rule;
    rule.urgency = QStringLiteral("urgent");
    rule.channels = {Channel::Email};
    rule.recipients = {QStringLiteral("dave"), QStringLiteral("nobody-here")};
    c.transmission << rule;
    DeliveryPlan plan = planOf(test::deliveryMessage(kId, QStringLiteral("urgent"), now), now, c);
    CHECK(plan.deliveries.size() == 2); // alice's SMS and email still go
    CHECK(issues(plan).contains(QStringLiteral("Dave Compta has no email address")));
    CHECK(issues(plan).contains(QStringLiteral("'nobody-here' is not in the client's directory")));

    c.onCall.clear();
    plan = planOf(test::deliveryMessage(kId, QStringLiteral("urgent"), now), now, c);
    CHECK(issues(plan).contains(QStringLiteral("nobody is on call")));

    Message draft = test::deliveryMessage(kId, QStringLiteral("urgent"), now);
    draft.status = MessageStatus::Draft;
    plan = planOf(draft, now);
    CHECK(plan.deliveries.isEmpty());
    CHECK(issues(plan).contains(QStringLiteral("draft")));

    plan = planOf(test::deliveryMessage(kId, QStringLiteral("unheard-of"), now), now);
    CHECK(plan.deliveries.isEmpty());
    CHECK(issues(plan).contains(QStringLiteral("no transmission rule")));
}

TEST_CASE("two rules for one address give one delivery: the sooner, with the shorter acknowledgement delay")
{
    const QDateTime now = paris(2026, 11, 24, 13, 0);
    Consignes c = test::deliveryConsignes();
    TransmissionRule everyLevel;
    everyLevel.urgency = QStringLiteral("*");
    everyLevel.channels = {Channel::Email};
    everyLevel.recipients = {QStringLiteral("carol")};
    everyLevel.acknowledgeWithinMinutes = 30;
    c.transmission << everyLevel;
    const DeliveryPlan plan = planOf(test::deliveryMessage(kId, QStringLiteral("normal"), now), now, c);
    REQUIRE(plan.deliveries.size() == 1);
    CHECK(plan.deliveries.first().dueAt == now);
    CHECK(plan.deliveries.first().acknowledgeBy == now.addSecs(30 * 60));
}

TEST_CASE("planning the same message again gives the same delivery ids, another step or address another id")
{
    const QDateTime now = paris(2026, 11, 24, 3, 0);
    const Message m = test::deliveryMessage(kId, QStringLiteral("urgent"), now);
    const DeliveryPlan a = planOf(m, now);
    const DeliveryPlan b = planOf(m, now.addSecs(60));
    REQUIRE(a.deliveries.size() == b.deliveries.size());
    for (qsizetype i = 0; i < a.deliveries.size(); ++i)
        CHECK(a.deliveries.at(i).deliveryId == b.deliveries.at(i).deliveryId);
    const QString id = deliveryId(kId, Channel::Sms, QStringLiteral("+33612345678"), 0);
    CHECK(id == a.deliveries.first().deliveryId);
    CHECK(id != deliveryId(kId, Channel::Sms, QStringLiteral("+33612345678"), 1));
    CHECK(id != deliveryId(kId, Channel::Email, QStringLiteral("+33612345678"), 0));
    CHECK(deliveryId(kId, Channel::Email, QStringLiteral("A@X.example"), 0) ==
          deliveryId(kId, Channel::Email, QStringLiteral("a@x.example"), 0));
}

TEST_CASE("acknowledgement codes: typed loosely, refused when malformed, with what is wrong")
{
    const QString code = acknowledgeCode(QStringLiteral("some-delivery"));
    REQUIRE(code.size() == 8);
    CHECK(code == acknowledgeCode(QStringLiteral("some-delivery")));
    CHECK(code != acknowledgeCode(QStringLiteral("another-delivery")));
    CHECK(*normalizeAcknowledgeCode(displayCode(code).toLower()) == code);
    CHECK(*normalizeAcknowledgeCode(QStringLiteral(" k7q2 m9xd ")) == QStringLiteral("K7Q2M9XD"));
    CHECK(*normalizeAcknowledgeCode(QStringLiteral("OIL0-0000")) == QStringLiteral("01100000"));
    for (const char *bad : {"", "   ", "K7Q2", "K7Q2-M9XD-1", "K7Q2-M9X!", "K7Q2-M9XU", "K7Q2\xC3\xA9M9X",
                            "'; DROP TABLE x;--"}) {
        const Result<QString> r = normalizeAcknowledgeCode(QString::fromUtf8(bad));
        INFO(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().toString().contains(QStringLiteral("acknowledgement code")));
    }
}

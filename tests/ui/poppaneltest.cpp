// The pop panel alone, fed Pop values by hand: what it shows, and what it must never do.
#include "uifixture.h"

#include "phone/phonenumbers.h"
#include "poppanel.h"
#include "routing/clientindex.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using namespace relais;
using namespace relais::test;

namespace {

struct PanelFixture
{
    PanelFixture()
    {
        ClientEntry entry;
        entry.consignes = std::make_shared<const Consignes>(leroyConsignes());
        entry.version = 3;
        entry.changedAt = kTuesdayMorning;
        index.reset({entry});
    }

    Pop knownPop() const
    {
        Pop pop;
        pop.callId = QStringLiteral("c1");
        pop.client = index.findByCode(QStringLiteral("CAB-LEROY"))->consignes;
        pop.consignesVersion = 3;
        pop.consignesChangedAt = kTuesdayMorning;
        pop.callerNumber = QStringLiteral("+33612345678");
        pop.callerDisplay = QStringLiteral("06 12 34 56 78");
        pop.dialedNumber = kLeroyNumber;
        pop.dialedDisplay = QStringLiteral("01 42 68 53 00");
        pop.openLabel = QStringLiteral("Open");
        pop.greeting = kLeroyGreeting;
        pop.offeredAt = kTuesdayMorning;
        return pop;
    }

    ClientIndex index;
    PhoneNumbers phones;
    PopPanel panel{index, phones, 16};
};

} // namespace

TEST_CASE("the FAQ filter keeps the entries holding every typed word")
{
    PanelFixture f;
    f.panel.setPop(f.knownPop());
    auto *faq = f.panel.findChild<QListWidget *>(QStringLiteral("popFaq"));
    auto *filter = f.panel.findChild<QLineEdit *>(QStringLiteral("popFaqFilter"));
    REQUIRE(faq->count() == 2);

    QTest::keyClicks(filter, QStringLiteral("PARKING rue"));
    CHECK(faq->item(0)->isHidden());
    CHECK_FALSE(faq->item(1)->isHidden());

    filter->clear();
    CHECK_FALSE(faq->item(0)->isHidden());
    CHECK_FALSE(faq->item(1)->isHidden());

    QTest::keyClicks(filter, QStringLiteral("vitale parking"));
    CHECK(faq->item(0)->isHidden());
    CHECK(faq->item(1)->isHidden());
}

TEST_CASE("a caller name from the PBX is shown as text, never as markup")
{
    PanelFixture f;
    Pop pop = f.knownPop();
    pop.callerName = QStringLiteral("<b>Evil</b><img src=x>");
    f.panel.setPop(pop);
    QLabel *caller = label(&f.panel, "popCaller");
    CHECK(caller->textFormat() == Qt::PlainText);
    CHECK(caller->text().contains(QStringLiteral("<b>Evil</b>")));
}

TEST_CASE("rules in words are shown as plain text and an empty list says so")
{
    PanelFixture f;
    Pop pop = f.knownPop();
    pop.urgencyRulesInWords = {QStringLiteral("Douleur thoracique <15 min> : appeler le 15")};
    f.panel.setPop(pop);
    QLabel *rules = label(&f.panel, "popUrgencyRules");
    CHECK(rules->textFormat() == Qt::PlainText);
    CHECK(rules->text() == QStringLiteral("• Douleur thoracique <15 min> : appeler le 15"));
    CHECK(label(&f.panel, "popFilteringRules")->text().contains(QStringLiteral("No filtering rule")));
    CHECK(label(&f.panel, "popOnCall")->text() == QStringLiteral("Nobody is on call now"));
}

TEST_CASE("a closed client shows when it reopens, and the overflow greeting only when there is one")
{
    PanelFixture f;
    Pop pop = f.knownPop();
    pop.open = false;
    pop.openLabel = QStringLiteral("Closed");
    pop.reopensLabel = QStringLiteral("reopens Wednesday at 08:00");
    f.panel.setPop(pop);
    CHECK(label(&f.panel, "popOpenLabel")->text() == QStringLiteral("Closed — reopens Wednesday at 08:00"));
    CHECK_FALSE(label(&f.panel, "popOverflowGreeting")->isVisibleTo(&f.panel));

    pop.overflowGreeting = QStringLiteral("Bonjour, standard du cabinet Leroy.");
    f.panel.setPop(pop);
    CHECK(label(&f.panel, "popOverflowGreeting")->isVisibleTo(&f.panel));
    CHECK(
        label(&f.panel, "popOverflowGreeting")->text().contains(QStringLiteral("standard du cabinet Leroy")));
}

TEST_CASE("the caller's history lists earlier messages with their urgency label")
{
    PanelFixture f;
    Pop pop = f.knownPop();
    MessageSummary earlier;
    earlier.id = QStringLiteral("m1");
    earlier.createdAt = kTuesdayMorning.addDays(-7);
    earlier.urgency = QStringLiteral("urgent");
    earlier.excerpt = QStringLiteral("Rappeler pour résultats");
    pop.callerHistory = {earlier};
    f.panel.setPop(pop);
    auto *history = f.panel.findChild<QListWidget *>(QStringLiteral("popHistory"));
    REQUIRE(history->count() == 1);
    CHECK(history->item(0)->text().contains(QStringLiteral("Urgent")));
    CHECK(history->item(0)->text().contains(QStringLiteral("Rappeler pour résultats")));

    pop.callerHistory.clear();
    f.panel.setPop(pop);
    REQUIRE(history->count() == 1);
    CHECK(history->item(0)->text() == QStringLiteral("No earlier message from this caller"));
}

TEST_CASE("a known pop after an unknown one in the same panel hides the unknown banner")
{
    PanelFixture f;
    Pop unknown = f.knownPop();
    unknown.client.reset();
    f.panel.setPop(unknown);
    CHECK(label(&f.panel, "popUnknownBanner")->isVisibleTo(&f.panel));
    f.panel.setPop(f.knownPop());
    CHECK_FALSE(label(&f.panel, "popUnknownBanner")->isVisibleTo(&f.panel));
    CHECK(label(&f.panel, "popClientName")->text() == kLeroyName);
}

TEST_CASE("every widget a test or a screen reader needs has a name")
{
    PanelFixture f;
    for (const char *name : {"popCallState", "popCaller", "popDialed", "popOpenLabel", "popClientName",
                             "popClientSector", "popUnknownBanner", "popKnownContact", "popGreeting",
                             "popUrgencyRules", "popFilteringRules", "popOnCall", "popSay", "popNeverSay"}) {
        INFO(name);
        CHECK_FALSE(label(&f.panel, name)->accessibleName().isEmpty());
    }
    for (const char *name : {"popChecklist", "popHistory", "popFaq"}) {
        auto *list = f.panel.findChild<QListWidget *>(QLatin1String(name));
        INFO(name);
        REQUIRE(list != nullptr);
        CHECK_FALSE(list->accessibleName().isEmpty());
    }
}

// consignesdiff: each section reports added, removed, changed and moved items in words, with paths.
#include <catch2/catch.hpp>

#include "consignes/consignesdiff.h"
#include "consignes/consignesjson.h"
#include "phone/phonenumbers.h"

#include <algorithm>

using namespace relais;
using Kind = ConsignesChange::Kind;

namespace {

// PLB-MARTIN of the demo: every section is filled in.
Consignes plumber()
{
    const PhoneNumbers phones;
    const Result<QList<Consignes>> demo = loadDemoConsignes(phones);
    REQUIRE(demo.ok());
    for (const Consignes &c : *demo)
        if (c.code == QStringLiteral("PLB-MARTIN"))
            return c;
    FAIL("PLB-MARTIN is not in the demo clients");
    return {};
}

ConsignesChange only(const QList<ConsignesChange> &changes)
{
    INFO("changes: " << changes.size());
    for (const ConsignesChange &c : changes)
        INFO(c.text.toStdString());
    REQUIRE(changes.size() == 1);
    return changes.first();
}

} // namespace

TEST_CASE("identical consignes have no change")
{
    const PhoneNumbers phones;
    const Result<QList<Consignes>> demo = loadDemoConsignes(phones);
    REQUIRE(demo.ok());
    for (const Consignes &c : *demo)
        CHECK(diffConsignes(c, c).isEmpty());
    CHECK(diffConsignes(Consignes{}, Consignes{}).isEmpty());
}

TEST_CASE("a changed greeting reads old → new with its path")
{
    const Consignes before = plumber();
    Consignes after = before;
    after.greetings.open = QStringLiteral("{salutation}, Martin Plomberie.");
    const ConsignesChange change = only(diffConsignes(before, after));
    CHECK(change.path == QStringLiteral("greetings.open"));
    CHECK(change.kind == Kind::Changed);
    CHECK(change.before == before.greetings.open);
    CHECK(change.after == after.greetings.open);
    CHECK(change.text == QStringLiteral("greetings.open: « ") + before.greetings.open +
                             QStringLiteral(" » → « {salutation}, Martin Plomberie. »"));
}

TEST_CASE("checklist fields are added, removed, changed and moved by id")
{
    const Consignes before = plumber();
    Consignes after = before;

    SECTION("added")
    {
        after.checklist.append(ChecklistField{QStringLiteral("secu"),
                                              QStringLiteral("Numéro de sécurité sociale"),
                                              FieldType::Text,
                                              false,
                                              {},
                                              {}});
        const ConsignesChange change = only(diffConsignes(before, after));
        CHECK(change.kind == Kind::Added);
        CHECK(change.path == QStringLiteral("checklist[secu]"));
        CHECK(change.after == QStringLiteral("Numéro de sécurité sociale"));
        CHECK(change.text == QStringLiteral("checklist: added field « Numéro de sécurité sociale »"));
    }
    SECTION("removed")
    {
        after.checklist.removeAt(1);
        const ConsignesChange change = only(diffConsignes(before, after));
        CHECK(change.kind == Kind::Removed);
        CHECK(change.path == QStringLiteral("checklist[telephone_rappel]"));
        CHECK(change.text == QStringLiteral("checklist: removed field « Numéro de rappel »"));
    }
    SECTION("moved to the end is one move, not a removal and an addition")
    {
        after.checklist.move(0, after.checklist.size() - 1);
        const ConsignesChange change = only(diffConsignes(before, after));
        CHECK(change.kind == Kind::Moved);
        CHECK(change.path == QStringLiteral("checklist[nom]"));
        CHECK(change.before == QStringLiteral("1"));
        CHECK(change.after == QString::number(before.checklist.size()));
        CHECK(change.text == QStringLiteral("checklist: moved field « Nom » from position 1 to %1")
                                 .arg(before.checklist.size()));
    }
    SECTION("changed inside a field")
    {
        after.checklist[0].label = QStringLiteral("Nom et prénom");
        after.checklist[0].required = false;
        after.checklist[3].choices.append(QStringLiteral("Ramonage"));
        const QList<ConsignesChange> changes = diffConsignes(before, after);
        REQUIRE(changes.size() == 3);
        CHECK(changes[0].text == QStringLiteral("checklist[nom].label: « Nom » → « Nom et prénom »"));
        CHECK(changes[1].text == QStringLiteral("checklist[nom].required: yes → no"));
        CHECK(changes[2].path == QStringLiteral("checklist[nature].choices"));
        CHECK(changes[2].kind == Kind::Added);
        CHECK(changes[2].text == QStringLiteral("checklist[nature].choices: added « Ramonage »"));
    }
}

TEST_CASE("urgency rules are compared by id, their keywords by value")
{
    const Consignes before = plumber();
    Consignes after = before;

    SECTION("a keyword added and one removed")
    {
        after.urgencyRules[0].when.keywords.removeAll(QStringLiteral("dégât des eaux"));
        after.urgencyRules[0].when.keywords.append(QStringLiteral("robinet cassé"));
        const QList<ConsignesChange> changes = diffConsignes(before, after);
        REQUIRE(changes.size() == 2);
        CHECK(changes[0].text ==
              QStringLiteral("urgencyRules[fuite].when.keywords: removed « dégât des eaux »"));
        CHECK(changes[0].kind == Kind::Removed);
        CHECK(changes[1].text ==
              QStringLiteral("urgencyRules[fuite].when.keywords: added « robinet cassé »"));
        CHECK(changes[1].kind == Kind::Added);
    }
    SECTION("two rules swapped is one move")
    {
        after.urgencyRules.swapItemsAt(0, 1);
        const ConsignesChange change = only(diffConsignes(before, after));
        CHECK(change.kind == Kind::Moved);
        CHECK(change.path.startsWith(QStringLiteral("urgencyRules[fuite")));
    }
    SECTION("procedure, level and hours condition")
    {
        after.urgencyRules[2].procedure.action = ProcedureAction::MessageOnly;
        after.urgencyRules[2].when.hours = HoursCondition::Any;
        after.urgencyLevels[1].rank = 5;
        const QList<ConsignesChange> changes = diffConsignes(before, after);
        REQUIRE(changes.size() == 3);
        CHECK(changes[0].text == QStringLiteral("urgencyLevels[urgent].rank: 2 → 5"));
        CHECK(changes[1].text ==
              QStringLiteral("urgencyRules[chauffage-hiver-ferme].when.hours: closed → any"));
        CHECK(
            changes[2].text ==
            QStringLiteral("urgencyRules[chauffage-hiver-ferme].procedure.action: pageOnCall → messageOnly"));
    }
    SECTION("a rule removed and a level added")
    {
        after.urgencyRules.removeLast();
        after.urgencyLevels.append(UrgencyLevel{QStringLiteral("vital"), QStringLiteral("Vital"), 9});
        const QList<ConsignesChange> changes = diffConsignes(before, after);
        REQUIRE(changes.size() == 2);
        CHECK(changes[0].text == QStringLiteral("urgencyLevels: added level « Vital »"));
        CHECK(changes[1].kind == Kind::Removed);
        CHECK(changes[1].path == QStringLiteral("urgencyRules[chauffage-hiver-ferme]"));
    }
}

TEST_CASE("dialed numbers, directory and filtering rules")
{
    const Consignes before = plumber();
    Consignes after = before;
    after.dialedNumbers = {QStringLiteral("+33261912099")};
    after.directory[1].numbers.append(
        ContactNumber{QStringLiteral("Atelier"), QStringLiteral("+33261912011")});
    after.directory.removeAt(2);
    after.filteringRules[0].putThrough = true;
    const QList<ConsignesChange> changes = diffConsignes(before, after);
    REQUIRE(changes.size() == 5);
    CHECK(changes[0].text == QStringLiteral("dialedNumbers: removed « +33261912001 »"));
    CHECK(changes[1].text == QStringLiteral("dialedNumbers: added « +33261912099 »"));
    CHECK(changes[2].text == QStringLiteral("filteringRules[demarchage].putThrough: no → yes"));
    CHECK(changes[3].text == QStringLiteral("directory: removed person « Nathalie Martin »"));
    CHECK(changes[4].text == QStringLiteral("directory[kdupuis].numbers: added « Atelier: +33261912011 »"));
}

TEST_CASE("hours, rota, lists of words and retention")
{
    const Consignes before = plumber();
    Consignes after = before;

    SECTION("a day's hours and a new exception")
    {
        after.hours.weekly.days[5].clear();
        after.hours.exceptions.append(DateException{QDate(2025, 8, 15), QStringLiteral("Fermeture"), {}});
        const QList<ConsignesChange> changes = diffConsignes(before, after);
        REQUIRE(changes.size() == 2);
        CHECK(changes[0].text == QStringLiteral("hours.weekly.sat: 08:00–12:00 → closed"));
        CHECK(changes[1].text ==
              QStringLiteral("hours.exceptions: added exception « 2025-08-15 Fermeture »"));
    }
    SECTION("a shift changed has no id: removed then added")
    {
        after.onCall[1].person = QStringLiteral("jmartin");
        const QList<ConsignesChange> changes = diffConsignes(before, after);
        REQUIRE(changes.size() == 2);
        CHECK(changes[0].kind == Kind::Removed);
        CHECK(changes[0].before == QStringLiteral("kdupuis thu, fri 18:00–08:00"));
        CHECK(changes[1].kind == Kind::Added);
        CHECK(changes[1].after == QStringLiteral("jmartin thu, fri 18:00–08:00"));
    }
    SECTION("never-say entries reordered, an answer reworded, retention")
    {
        std::reverse(after.neverSay.begin(), after.neverSay.end());
        after.faq[1].answer = QStringLiteral("Rennes et 40 km autour.");
        after.retentionDays = 365;
        const QList<ConsignesChange> changes = diffConsignes(before, after);
        REQUIRE(changes.size() == 3);
        CHECK(changes[0].path == QStringLiteral("faq[Quelle est votre zone d'intervention ?].answer"));
        CHECK(changes[1].kind == Kind::Moved);
        CHECK(changes[1].path == QStringLiteral("neverSay"));
        CHECK(changes[2].text == QStringLiteral("retentionDays: 730 → 365"));
    }
}

TEST_CASE("a list rebuilt in reverse keeps every item and only moves")
{
    Consignes before;
    for (int i = 0; i < 6; ++i)
        before.say.append(QStringLiteral("phrase %1").arg(i));
    Consignes after = before;
    std::reverse(after.say.begin(), after.say.end());
    const QList<ConsignesChange> changes = diffConsignes(before, after);
    CHECK(changes.size() == 5); // one item stays put; the five others moved around it
    CHECK(std::all_of(changes.cbegin(), changes.cend(),
                      [](const ConsignesChange &c) { return c.kind == Kind::Moved; }));
}

TEST_CASE("change kinds have names")
{
    CHECK(changeKindName(Kind::Added) == QStringLiteral("added"));
    CHECK(changeKindName(Kind::Removed) == QStringLiteral("removed"));
    CHECK(changeKindName(Kind::Changed) == QStringLiteral("changed"));
    CHECK(changeKindName(Kind::Moved) == QStringLiteral("moved"));
}

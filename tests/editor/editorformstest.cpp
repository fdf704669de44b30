// Every part of a client's consignes through the forms: a checklist field, a person, an urgency rule on
// an answer and the hours, a transmission rule — stored exactly as typed, shown in the pop preview,
// and each wrong value named next to its field.
#include "editortestsupport.h"
#include "uifixture.h"

#include "consignes/consignesdiff.h"
#include "consignes/consignesvalidator.h"
#include "editorclientlist.h"
#include "poppanel.h"
#include "storage/clientrepository.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>

using namespace relais;
using namespace relais::test;

namespace {

QTableWidget *addRow(const QWidget *editor, const char *table, const char *addButton)
{
    click(editor, addButton);
    return child<QTableWidget>(editor, table);
}

void setCells(QTableWidget *table, int row, const QStringList &texts)
{
    for (int column = 0; column < texts.size(); ++column)
        if (!texts.at(column).isNull())
            table->item(row, column) ? table->item(row, column)->setText(texts.at(column))
                                     : table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
}

void choose(QComboBox *combo, const QString &id)
{
    const int index = combo->findData(id);
    INFO("choice " << id.toStdString());
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void tick(QListWidget *list, const QString &id, bool checked)
{
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->data(Qt::UserRole).toString() == id) {
            list->setCurrentRow(row);
            if ((list->item(row)->checkState() == Qt::Checked) != checked)
                QTest::keyClick(list, Qt::Key_Space); // the way a keyboard user ticks it
            CHECK((list->item(row)->checkState() == Qt::Checked) == checked);
            return;
        }
    FAIL("no recipient " << id.toStdString());
}

const ClientEntry *stored(ConsoleServices &services, const QString &code, QList<ClientEntry> &storage)
{
    auto latest = services.clients().loadLatest();
    REQUIRE(latest.ok());
    storage = latest.value();
    for (const ClientEntry &entry : storage)
        if (entry.consignes->code == code)
            return &entry;
    return nullptr;
}

// What the test types, as the value it must become.
Consignes expectedPlombier()
{
    Consignes c = EditorClientList::newClientDefaults();
    c.code = QStringLiteral("PLB-ROUX");
    c.name = QStringLiteral("Plomberie Roux");
    c.dialedNumbers = {QStringLiteral("+33145678911")};
    c.checklist = {ChecklistField{QStringLiteral("type"),
                                  QStringLiteral("Type d'appel"),
                                  FieldType::Choice,
                                  false,
                                  QString(),
                                  {QStringLiteral("Fuite"), QStringLiteral("Devis")}}};
    c.directory = {Person{QStringLiteral("marc"),
                          QStringLiteral("Marc Roux"),
                          QString(),
                          {ContactNumber{QStringLiteral("Portable"), QStringLiteral("+33612345678")}},
                          QString(),
                          QString()}};
    UrgencyRule rule;
    rule.id = QStringLiteral("fuite");
    rule.description = QStringLiteral("Fuite pendant les heures d'ouverture");
    rule.level = QStringLiteral("urgent");
    rule.when.answers = {AnswerCondition{QStringLiteral("type"), QStringLiteral("Fuite")}};
    rule.when.hours = HoursCondition::Open;
    rule.procedure.action = ProcedureAction::Transfer;
    rule.procedure.target = QStringLiteral("marc");
    c.urgencyRules = {rule};
    TransmissionRule transmission;
    transmission.urgency = QStringLiteral("urgent");
    transmission.channels = {Channel::Email, Channel::Sms};
    transmission.recipients = {QStringLiteral("marc")};
    transmission.digest = true;
    transmission.digestTimes = {QTime(8, 0), QTime(17, 30)};
    transmission.acknowledgeWithinMinutes = 30;
    c.transmission = {transmission};
    return c;
}

} // namespace

TEST_CASE("a client with an answer-and-hours urgency rule and a transmission rule is made in the forms")
{
    ConsoleFixture console;
    auto editor = makeEditor(*console.services, QStringLiteral("sup"));
    const QWidget *e = editor.get();
    click(e, "editorNewClient");
    QTest::keyClicks(child<QLineEdit>(e, "editorCode"), QStringLiteral("PLB-ROUX"));
    QTest::keyClicks(child<QLineEdit>(e, "editorName"), QStringLiteral("Plomberie Roux"));
    QTest::keyClicks(child<QPlainTextEdit>(e, "editorDialedNumbers"), QStringLiteral("01 45 67 89 11"));

    QTableWidget *checklist = addRow(e, "editorChecklist", "editorChecklistAdd");
    setCells(checklist, 0, {QStringLiteral("type"), QStringLiteral("Type d'appel")});
    qobject_cast<QComboBox *>(checklist->cellWidget(0, 2))
        ->setCurrentIndex(static_cast<int>(FieldType::Choice));
    setCells(checklist, 0,
             {QString(), QString(), QString(), QString(), QString(), QStringLiteral("Fuite, Devis")});
    QTableWidget *people = addRow(e, "editorDirectory", "editorDirectoryAdd");
    setCells(people, 0,
             {QStringLiteral("marc"), QStringLiteral("Marc Roux"), QString(),
              QStringLiteral("Portable: 06 12 34 56 78")});

    // The urgency rule: "type" is "Fuite", during opening hours -> urgent, transfer to Marc.
    QTableWidget *rules = addRow(e, "editorUrgencyRules", "editorUrgencyRulesAdd");
    setCells(rules, 0, {QStringLiteral("fuite"), QStringLiteral("Fuite pendant les heures d'ouverture")});
    click(e, "editorUrgencyWhenAnswersAdd");
    auto *field = child<QComboBox>(e, "editorUrgencyWhenAnswerField0");
    CHECK(field->currentData().toString() == QStringLiteral("type")); // the checklist's field is offered
    auto *value = child<QComboBox>(e, "editorUrgencyWhenAnswerValue0");
    CHECK(value->count() == 2); // its choices
    QTest::keyClicks(value->lineEdit(), QStringLiteral("Fuite"));
    child<QComboBox>(e, "editorUrgencyWhenHours")->setCurrentIndex(static_cast<int>(HoursCondition::Open));
    choose(child<QComboBox>(e, "editorRuleLevel"), QStringLiteral("urgent"));
    child<QComboBox>(e, "editorRuleAction")->setCurrentIndex(static_cast<int>(ProcedureAction::Transfer));
    choose(child<QComboBox>(e, "editorRuleTarget"), QStringLiteral("marc"));

    // The transmission rule, with an inline issue on the way: "on call" needs a rota this client lacks.
    QTableWidget *transmission = addRow(e, "editorTransmissionRules", "editorTransmissionRulesAdd");
    CHECK(transmission->rowCount() == 1);
    choose(child<QComboBox>(e, "editorTransmissionUrgency"), QStringLiteral("urgent"));
    child<QCheckBox>(e, "editorTransmissionSms")->setChecked(true);
    auto *recipients = child<QListWidget>(e, "editorTransmissionRecipients");
    const QLabel *recipientIssues = child<QLabel>(e, "editorTransmissionRecipientIssues");
    CHECK(recipientIssues->text().contains(QStringLiteral("at least one recipient")));
    tick(recipients, QStringLiteral("oncall"), true);
    CHECK(recipientIssues->text().contains(QStringLiteral("on-call rota")));
    CHECK_FALSE(child<QPushButton>(e, "editorSave")->isEnabled());
    tick(recipients, QStringLiteral("oncall"), false);
    tick(recipients, QStringLiteral("marc"), true);
    CHECK(recipientIssues->isHidden());
    child<QCheckBox>(e, "editorTransmissionDigest")->setChecked(true);
    CHECK(child<QLabel>(e, "editorTransmissionDigestIssues")->text().contains(QStringLiteral("digestTimes")));
    QTest::keyClicks(child<QLineEdit>(e, "editorTransmissionDigestTimes"), QStringLiteral("08:00, 17h30"));
    child<QSpinBox>(e, "editorTransmissionAcknowledge")->setValue(30);

    INFO([&] {
        QStringList texts;
        for (const ConsignesIssue &issue : editor->issues())
            texts << issue.path + QStringLiteral(" ") + issue.what;
        return texts.join(QStringLiteral(" | ")).toStdString();
    }());
    CHECK(editor->issues().isEmpty());
    // The preview pops it as an operator will see it, conditions in words.
    const QString rulesText = label(child<PopPanel>(e, "popPanel"), "popUrgencyRules")->text();
    CHECK(rulesText.contains(QStringLiteral("“Type d'appel” is “Fuite”")));
    CHECK(rulesText.contains(QStringLiteral("during opening hours")));
    CHECK(rulesText.contains(QStringLiteral("Marc Roux")));
    CHECK(transmission->item(0, 2)->text() == QStringLiteral("Marc Roux"));

    REQUIRE(editor->save());
    QList<ClientEntry> storage;
    const ClientEntry *entry = stored(*console.services, QStringLiteral("PLB-ROUX"), storage);
    REQUIRE(entry != nullptr);
    const Consignes expected = expectedPlombier();
    INFO([&] {
        QStringList texts;
        for (const ConsignesChange &change : diffConsignes(expected, *entry->consignes))
            texts << change.text;
        return texts.join(QStringLiteral(" | ")).toStdString();
    }());
    CHECK(*entry->consignes == expected);
    CHECK_FALSE(editor->hasUnsavedEdits());
}

TEST_CASE("a stored client's rules and transmission load into the forms and come back unchanged")
{
    ConsoleFixture console;
    Consignes rich = expectedPlombier();
    rich.onCall = {OnCallShift{QStringLiteral("marc"), {5, 6}, TimeSpan{QTime(18, 0), QTime(8, 0)}}};
    rich.urgencyRules[0].when.keywords = {QStringLiteral("inondation")};
    rich.urgencyRules[0].when.callers = {QStringLiteral("+33612345678")};
    rich.transmission << TransmissionRule{QStringLiteral("*"),
                                          {Channel::Email},
                                          {QStringLiteral("oncall"), QStringLiteral("marc")},
                                          false,
                                          {},
                                          0};
    FilteringRule filter;
    filter.id = QStringLiteral("demarchage");
    filter.description = QStringLiteral("Démarchage");
    filter.when.keywords = {QStringLiteral("offre")};
    filter.when.answers = {AnswerCondition{QStringLiteral("type"), QStringLiteral("Devis")}};
    filter.when.hours = HoursCondition::Closed;
    filter.say = QStringLiteral("Envoyez un courriel.");
    filter.takeMessage = true;
    rich.filteringRules = {filter};
    REQUIRE(validateConsignes(rich).isEmpty());
    REQUIRE(console.services->clients().save(rich, QStringLiteral("test"), 0).ok());

    auto editor = makeEditor(*console.services, QStringLiteral("sup"));
    REQUIRE(editor->openClient(rich.code));
    INFO([&] {
        QStringList texts;
        for (const ConsignesChange &change : diffConsignes(rich, editor->editedValue()))
            texts << change.text;
        return texts.join(QStringLiteral(" | ")).toStdString();
    }());
    CHECK(editor->editedValue() == rich); // nothing the forms cannot hold, nothing reordered
    CHECK(editor->issues().isEmpty());
    CHECK_FALSE(editor->hasUnsavedEdits());
    // The second transmission rule shows its recipients ticked, in the stored order.
    child<QTableWidget>(editor.get(), "editorTransmissionRules")->setCurrentCell(1, 0);
    const auto *recipients = child<QListWidget>(editor.get(), "editorTransmissionRecipients");
    QStringList ticked;
    for (int row = 0; row < recipients->count(); ++row)
        if (recipients->item(row)->checkState() == Qt::Checked)
            ticked << recipients->item(row)->data(Qt::UserRole).toString();
    CHECK(ticked == QStringList{QStringLiteral("oncall"), QStringLiteral("marc")});
    CHECK_FALSE(editor->hasUnsavedEdits());
}

TEST_CASE("filtering rules edit callers and hours, and a caller that is not a number is named")
{
    ConsoleFixture console;
    auto editor = makeEditor(*console.services, QStringLiteral("sup"));
    const QWidget *e = editor.get();
    REQUIRE(editor->openClient(QStringLiteral("CAB-LEROY")));
    QTableWidget *rules = addRow(e, "editorFilteringRules", "editorFilteringRulesAdd");
    const int row = rules->rowCount() - 1;
    setCells(rules, row, {QStringLiteral("relou"), QStringLiteral("Appelant insistant")});
    auto *callers = child<QPlainTextEdit>(e, "editorFilteringWhenCallers");
    retype(callers, QStringLiteral("06 99 88 77 66"));
    QTest::keyClick(callers, Qt::Key_Return);
    QTest::keyClicks(callers, QStringLiteral("12ab"));
    const QLabel *issues = child<QLabel>(e, "editorFilteringWhenCallersIssues");
    CHECK_FALSE(issues->isHidden()); // shown next to the field (its tab is not the current one)
    CHECK(issues->text().contains(QStringLiteral("12ab")));
    CHECK_FALSE(child<QPushButton>(e, "editorSave")->isEnabled());
    retype(callers, QStringLiteral("06 99 88 77 66"));
    CHECK(issues->isHidden());
    child<QComboBox>(e, "editorFilteringWhenHours")
        ->setCurrentIndex(static_cast<int>(HoursCondition::Closed));
    QTest::keyClicks(child<QPlainTextEdit>(e, "editorFilteringSay"),
                     QStringLiteral("Le docteur rappellera."));
    const FilteringRule rule = editor->editedValue().filteringRules.at(row);
    CHECK(rule.id == QStringLiteral("relou"));
    CHECK(rule.when.callers == QStringList{QStringLiteral("+33699887766")});
    CHECK(rule.when.hours == HoursCondition::Closed);
    CHECK(rule.say == QStringLiteral("Le docteur rappellera."));
    REQUIRE(editor->save());
    const ClientEntry *indexed = console.services->index().findByCode(QStringLiteral("CAB-LEROY"));
    CHECK(indexed->consignes->filteringRules.at(row) == rule);
}

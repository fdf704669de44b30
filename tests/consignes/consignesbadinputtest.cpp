// Malformed consignes: each fixture in tests/data/consignes/bad is refused with an error that says what
// (the JSON path, what was expected and found) and where (file:line:column of the offending value).
#include "consignes/consignesjson.h"
#include "phone/phonenumbers.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace relais;

namespace {

struct BadFixture
{
    const char *file;
    const char *what;   // expected substring of Error::what
    const char *anchor; // text at which `where` must point (nullptr: not checked here)
    int occurrence = 1; // which occurrence of the anchor in the file
};

// clang-format off
const BadFixture kFixtures[] = {
    {"empty.json", "empty file", nullptr},
    {"whitespace-only.json", "empty file", nullptr},
    {"truncated.json", "invalid JSON: expected a value; found end of input (the file looks truncated)", nullptr},
    {"top-level-array.json", "$: expected an object {\"format\": \"relais-consignes\"", "[", 1},
    {"wrong-format.json", "$.format: expected \"relais-consignes\"; found \"relais\"", "\"relais\"", 1},
    {"wrong-version.json", "$.version: unsupported version 2; this build reads version 1", "2", 1},
    {"missing-clients.json", "$.clients: expected an array of clients; found no \"clients\" key", "{", 1},
    {"clients-not-array.json", "$.clients: expected an array of clients; found an object", "{\n    \"code\"", 1},
    {"unknown-top-key.json", "$.comment: unknown key \"comment\"; expected one of format, version, clients", "\"comment\"", 1},
    {"unknown-client-key.json", "$.clients[1].greeting: unknown key \"greeting\"; expected one of code, name", "\"greeting\"", 1},
    {"bad-field-type.json", "$.clients[1].checklist[0].type: expected one of text, multiline, phone, email, choice, yesno, datetime; found \"txt\"", "\"txt\"", 1},
    {"name-is-number.json", "$.clients[1].name: expected a non-empty string; found 42", "42", 1},
    {"null-value.json", "$.clients[1].sector: expected a string; found null", "null", 1},
    {"required-is-string.json", "$.clients[1].checklist[0].required: expected true or false; found \"yes\"", "\"yes\"", 1},
    {"time-25h.json", "$.clients[1].hours.weekly.mon[0][1]: expected a time HH:MM from 00:00 to 23:59; found \"25:00\"", "\"25:00\"", 1},
    {"time-wrong-spelling.json", "$.clients[1].hours.weekly.mon[0][0]: expected a time HH:MM from 00:00 to 23:59; found \"8h30\"", "\"8h30\"", 1},
    {"span-not-pair.json", "$.clients[1].hours.weekly.mon[0]: expected a span [\"HH:MM\", \"HH:MM\"]; found an array", nullptr},
    {"overlapping-spans.json", "$.clients[1].hours.weekly.mon[2]: span 12:00–13:00 overlaps span 08:30–12:30 of the same day", nullptr},
    {"unknown-day.json", "$.clients[1].hours.weekly.monday: unknown key \"monday\"; expected one of mon, tue, wed, thu, fri, sat, sun", "\"monday\"", 1},
    {"bad-date.json", "$.clients[1].hours.exceptions[0].date: expected a date YYYY-MM-DD; found \"2026-02-30\"", "\"2026-02-30\"", 1},
    {"invalid-dialed-number.json", "$.clients[1].dialedNumbers[0]: expected a phone number; found \"01 42\" (too short for FR)", "\"01 42\"", 1},
    {"letters-in-number.json", "$.clients[1].directory[0].numbers[0].number: expected a phone number; found \"07 00 AB CD 11\" (not a phone number: contains letters)", "\"07 00 AB CD 11\"", 1},
    {"duplicate-dialed-number-across-clients.json", "$.clients[1].dialedNumbers[0]: dialed number +33199001001 of client CAB-B is already a dialed number of client CAB-A ($.clients[0].dialedNumbers[0])", "\"+33 1 99 00 10 01\"", 1},
    {"duplicate-dialed-number-within-client.json", "$.clients[1].dialedNumbers[1]: duplicate dialed number +33199001002 (first at $.clients[1].dialedNumbers[0])", "\"0199001002\"", 1},
    {"duplicate-client-code.json", "$.clients[1].code: duplicate client code \"CAB-A\" (first at $.clients[0])", "\"CAB-A\"", 2},
    {"duplicate-checklist-id.json", "$.clients[1].checklist[2].id: duplicate checklist field id \"nom\" (first at $.clients[1].checklist[0])", "\"nom\"", 3},
    {"duplicate-urgency-level.json", "$.clients[1].urgencyLevels[1].id: duplicate urgency level id \"normal\"", "\"normal\"", 4},
    {"duplicate-key.json", "invalid JSON: duplicate key \"sector\"", "\"sector\"", 2},
    {"unknown-rule-level.json", "$.clients[1].urgencyRules[0].level: unknown urgency level \"critique\"", "\"critique\"", 1},
    {"unknown-transfer-target.json", "$.clients[1].urgencyRules[0].procedure.target: unknown directory person \"patron\"", "\"patron\"", 1},
    {"transfer-without-target.json", "$.clients[1].urgencyRules[0].procedure: a transfer needs a \"target\"", nullptr},
    {"unknown-oncall-person.json", "$.clients[1].onCall[0].person: unknown directory person \"nobody\"", "\"nobody\"", 1},
    {"empty-oncall-days.json", "$.clients[1].onCall[0].days: expected at least one day", nullptr},
    {"unknown-answer-field.json", "$.clients[1].urgencyRules[0].when.answers[0].field: unknown checklist field \"urgence\"", "\"urgence\"", 1},
    {"yesno-answer-not-oui-non.json", "equals: field \"urgent\" is yes/no: expected \"oui\" or \"non\"; found \"yes\"", "\"yes\"", 1},
    {"unknown-default-urgency.json", "$.clients[1].defaultUrgency: unknown urgency level \"moyen\"", "\"moyen\"", 1},
    {"choice-without-choices.json", "$.clients[1].checklist[1].type: a choice field needs a non-empty \"choices\" list", nullptr},
    {"unknown-greeting-variable.json", "$.clients[1].greetings.open: unknown variable {societe}; known: {salutation}, {client}, {operator}", "\"{salutation}, {societe}\"", 1},
    {"unbalanced-greeting-brace.json", "$.clients[1].greetings.closed: unmatched '{' at character 1", "\"{salutation, ferm", 1},
    {"rank-not-integer.json", "$.clients[1].urgencyLevels[1].rank: expected an integer from -1000 to 1000; found 1.5", "1.5", 1},
    {"retention-zero.json", "$.clients[1].retentionDays: expected an integer from 1 to 3650; found 0", nullptr},
    {"bad-email.json", "$.clients[1].directory[0].email: expected an e-mail address; found \"chef-at-example\"", "\"chef-at-example\"", 1},
    {"bad-timezone.json", "$.clients[1].timeZone: expected an IANA time zone such as \"Europe/Paris\"; found \"Europe/Pariss\"", "\"Europe/Pariss\"", 1},
    {"bad-action.json", "$.clients[1].urgencyRules[0].procedure.action: expected one of messageOnly, transfer, pageOnCall; found \"call\"", "\"call\"", 1},
    {"bad-hours-condition.json", "$.clients[1].urgencyRules[0].when.hours: expected one of any, open, closed; found \"night\"", "\"night\"", 1},
    {"bad-channel.json", "$.clients[1].transmission[0].channels[0]: expected one of email, sms; found \"fax\"", "\"fax\"", 1},
    {"bad-call-type.json", "$.clients[1].transmission[0].callType: expected one of *, message, filtered, incomplete; found \"appointment\"", "\"appointment\"", 1},
    {"unknown-recipient.json", "$.clients[1].transmission[0].recipients[1]: unknown directory person \"comptable\" (or \"oncall\")", "\"comptable\"", 1},
    {"page-without-rota.json", "$.clients[1].urgencyRules[0].procedure.action: pageOnCall needs an on-call rota", "\"pageOnCall\"", 1},
    {"digest-without-times.json", "$.clients[1].transmission[0].digest: a digest needs \"digestTimes\"", nullptr},
    {"missing-greetings.json", "$.clients[1]: missing key \"greetings\"", nullptr},
    {"missing-code.json", "$.clients[1]: missing key \"code\"", nullptr},
    {"trailing-garbage.json", "invalid JSON: unexpected '}' after the end of the JSON value", nullptr},
    {"control-char-in-string.json", "invalid JSON: control character in a string", "\tCAB-B", 1},
    {"bad-escape.json", "invalid JSON: unknown escape in a string", "\\q", 1},
    {"deeply-nested.json", "invalid JSON: nested deeper than 64 levels", nullptr},
    {"latin1.json", "not UTF-8 at byte 662", nullptr},
    {"utf16.json", "not UTF-8 at byte 0: the file is UTF-16", nullptr},
    {"binary-garbage.bin", "not UTF-8 at byte 0", nullptr},
};
// clang-format on

// line:column of the n-th occurrence of `anchor`, counted here independently of the reader (the
// fixtures are ASCII before each anchor on its line, so a byte column is a character column).
QString positionOf(const QByteArray &text, const QByteArray &anchor, int occurrence)
{
    qsizetype at = -1;
    for (int i = 0; i < occurrence; ++i) {
        at = text.indexOf(anchor, at + 1);
        REQUIRE(at >= 0);
    }
    const qsizetype lineStart = at > 0 ? text.lastIndexOf('\n', at - 1) + 1 : 0;
    return QString::number(text.left(at).count('\n') + 1) + QLatin1Char(':') +
           QString::number(at - lineStart + 1);
}

} // namespace

TEST_CASE("every malformed consignes fixture is refused with what and where")
{
    const PhoneNumbers phones;
    for (const BadFixture &fixture : kFixtures) {
        const QString name = QStringLiteral("consignes/bad/") + QLatin1String(fixture.file);
        INFO(fixture.file);
        const QByteArray bytes = test::readData(name);
        const auto result = parseConsignesDocument(bytes, QLatin1String(fixture.file), phones);
        REQUIRE_FALSE(result.ok());
        CHECK_THAT(result.error().what.toStdString(), Catch::Contains(fixture.what));
        CHECK_THAT(result.error().where.toStdString(), Catch::StartsWith(fixture.file));
        if (fixture.anchor) {
            const QString expected = QLatin1String(fixture.file) + QLatin1Char(':') +
                                     positionOf(bytes, QByteArray(fixture.anchor), fixture.occurrence);
            CHECK(result.error().where.toStdString() == expected.toStdString());
        }
    }
}

TEST_CASE("the fixture table covers every file in the bad folder")
{
    const QDir dir(test::dataPath(QStringLiteral("consignes/bad")));
    QStringList listed;
    for (const BadFixture &fixture : kFixtures)
        listed << QLatin1String(fixture.file);
    listed.sort();
    CHECK(dir.entryList(QDir::Files, QDir::Name) == listed);
    CHECK(listed.size() >= 30);
}

TEST_CASE("a 50 MB file is refused before it is read")
{
    const PhoneNumbers phones;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const QByteArray chunk(1 << 20, ' ');
        file.write("{\"format\": \"relais-consignes\", \"version\": 1, \"clients\": []");
        for (int i = 0; i < 50; ++i)
            file.write(chunk);
        file.write("}");
    }
    const auto result = readConsignesFile(path, phones);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().what == QStringLiteral("file too large: 50 MB, the limit is 8 MB"));
    CHECK(result.error().where == path);

    const QByteArray inMemory(50 << 20, ' ');
    const auto parsed = parseConsignesDocument(inMemory, QStringLiteral("memory.json"), phones);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().what == QStringLiteral("file too large: 50 MB, the limit is 8 MB"));
}

TEST_CASE("ten thousand nested arrays are refused without exhausting the stack")
{
    const PhoneNumbers phones;
    const QByteArray nested = QByteArray(10000, '[') + QByteArray(10000, ']');
    const auto result = parseConsignesDocument(nested, QStringLiteral("nested.json"), phones);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().what == QStringLiteral("invalid JSON: nested deeper than 64 levels"));
    CHECK(result.error().where == QStringLiteral("nested.json:1:65"));
}

TEST_CASE("a lone client object reports paths from its own root")
{
    const PhoneNumbers phones;
    const QByteArray json =
        "{\n  \"code\": \"X\",\n  \"name\": \"X\",\n  \"greetings\": {\"open\": \"Bonjour\"},\n"
        "  \"checklist\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"txt\"}]\n}\n";
    const auto result = parseClientConsignes(json, QStringLiteral("version-12"), phones);
    REQUIRE_FALSE(result.ok());
    CHECK(
        result.error().toString() ==
        QStringLiteral("version-12:5:51: $.checklist[0].type: expected one of text, multiline, phone, email, "
                       "choice, yesno, datetime; found \"txt\""));
}

TEST_CASE("a column counts characters, not bytes, after accented text")
{
    const PhoneNumbers phones;
    const QByteArray json =
        "{\"code\": \"X\", \"name\": \"Crèche\", \"greetings\": {\"open\": \"Été\"}, \"sector\": 7}";
    const auto result = parseClientConsignes(json, QStringLiteral("c.json"), phones);
    REQUIRE_FALSE(result.ok());
    // 'è', 'É' and 'é' are two bytes each in UTF-8: the value 7 is byte 76 but character 73.
    CHECK(result.error().where == QStringLiteral("c.json:1:73"));
}

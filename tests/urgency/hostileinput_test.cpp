// Hostile input for the engines: huge texts, binary and control characters, lone surrogates, empty
// or strange answers, broken consignes built in code. Each gives a result, never a crash.
#include "rules/filteringengine.h"
#include "rules/keywordmatcher.h"
#include "rules/urgencyengine.h"
#include "urgency/urgencytestsupport.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace relais;
using namespace relais::test;

namespace {

// Bytes 0–255 decoded as Latin-1, so every control character and NUL is in the text.
QString binaryText(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, '\0');
    for (char &byte : bytes)
        byte = static_cast<char>(random.bounded(256));
    return QString::fromLatin1(bytes);
}

} // namespace

TEST_CASE("a 1 MB free text gives a result, and a keyword at its end is found")
{
    QString text;
    text.reserve(1 << 20);
    while (text.size() < (1 << 20))
        text += QString::fromUtf8("le bureau, l'eau tiède, rien d'urgent à signaler ; ");
    text += QStringLiteral("INONDATION");
    const UrgencyResult result = UrgencyEngine(plumber()).evaluate(said(text.toUtf8().constData()));
    CHECK(result.ruleId == QStringLiteral("fuite"));
    REQUIRE(result.matches.size() == 1);
    REQUIRE(result.matches[0].why.keywords.size() == 1);
    CHECK(result.matches[0].why.keywords[0].start == text.size() - 10);
}

TEST_CASE("a 1 MB word without separators gives a result")
{
    UrgencyInput input = said("");
    input.freeText = QString(1 << 20, QLatin1Char('f'));
    const UrgencyResult result = UrgencyEngine(plumber()).evaluate(input);
    CHECK_FALSE(result.ruleMatched);
    CHECK(result.levelId == QStringLiteral("normal"));
}

TEST_CASE("binary and control characters in text and answers give a result")
{
    const UrgencyEngine urgency(plumber());
    const FilteringEngine filtering(plumber());
    for (quint32 seed = 1; seed <= 20; ++seed) {
        UrgencyInput input = said("");
        input.freeText = binaryText(4096, seed);
        input.answers.insert(QStringLiteral("nature"), binaryText(64, seed + 100));
        input.answers.insert(QStringLiteral("eau_coupee"), binaryText(8, seed + 200));
        input.answers.insert(binaryText(16, seed + 300), binaryText(256, seed + 400));
        input.callerNumber = binaryText(20, seed + 500);
        const UrgencyResult result = urgency.evaluate(input);
        CHECK(urgency.consignes().urgencyLevel(result.levelId) != nullptr);
        (void)filtering.evaluate(input);
    }
    // Control characters separate words; a NUL does not glue "fu" and "ite" into a keyword.
    UrgencyInput control = said("");
    control.freeText = QStringLiteral("une\x01"
                                      "fuite\x7f\t");
    CHECK(urgency.evaluate(control).ruleId == QStringLiteral("fuite"));
    control.freeText = QStringLiteral("fu") + QChar(u'\0') + QStringLiteral("ite");
    CHECK_FALSE(urgency.evaluate(control).ruleMatched);
}

TEST_CASE("lone surrogates and emoji do not break matching")
{
    const KeywordMatcher matcher({QStringLiteral("fuite")});
    QString text = QStringLiteral("x");
    text += QChar(0xD800); // lone high surrogate
    text += QStringLiteral("fuite");
    text += QChar(0xDC00); // lone low surrogate
    text += QString::fromUtf8(" 🚰fuite");
    const QList<KeywordHit> hits = matcher.find(text);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].start == 2);
    CHECK(foldForMatching(text).size() == text.size());
}

TEST_CASE("empty input and empty answers give the default level")
{
    UrgencyInput input;
    input.answers.insert(QStringLiteral("nature"), QString());
    input.answers.insert(QString(), QString());
    const UrgencyResult result = UrgencyEngine(plumber()).evaluate(input);
    CHECK_FALSE(result.ruleMatched);
    CHECK(result.levelId == QStringLiteral("normal"));
    CHECK_FALSE(FilteringEngine(plumber()).evaluate(input).matched);
}

TEST_CASE("consignes broken in code still give a result")
{
    Consignes broken = plumber();
    broken.timeZone = QStringLiteral("Mars/Olympus_Mons");               // falls back to Europe/Paris
    broken.urgencyRules[0].level = QStringLiteral("inconnu");            // unknown level: rank 0, id as label
    broken.urgencyRules[0].procedure.action = ProcedureAction::Transfer; // without a target
    broken.onCall = {{QStringLiteral("fantome"), {0, 1, 2, 3, 4, 5, 6}, span(0, 0, 0, 0)}};
    const UrgencyResult result = UrgencyEngine(broken).evaluate(said("une fuite", paris(2026, 3, 7, 3)));
    CHECK(result.ruleId == QStringLiteral("fuite"));
    CHECK(result.levelLabel == QStringLiteral("inconnu"));
    CHECK(result.procedure.unavailable);

    Consignes empty;
    const UrgencyResult nothing = UrgencyEngine(empty).evaluate(said("une fuite"));
    CHECK_FALSE(nothing.ruleMatched);
    CHECK(nothing.levelId.isEmpty());
    CHECK(nothing.procedure.action == ProcedureAction::MessageOnly);
    CHECK_FALSE(UrgencyEngine().evaluate(said("fuite")).ruleMatched);
}

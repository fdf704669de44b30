// Keywords in French typed fast: case, accents, plurals, apostrophes, several words, word starts only.
#include "rules/keywordmatcher.h"

#include <catch2/catch.hpp>

using namespace relais;

namespace {

bool finds(const char *keyword, const QString &text)
{
    return !KeywordMatcher({QString::fromUtf8(keyword)}).find(text).isEmpty();
}

} // namespace

TEST_CASE("keywords match whatever the case, accents, plural and punctuation")
{
    const auto [keyword, text, expected] = GENERATE(table<const char *, const char *, bool>({
        {"fuite", "J'ai une fuite sous l'évier", true},
        {"fuite", "des FUITES partout", true},
        {"fuite", "Fuite.", true},
        {"fuite", "contrefuite", false},       // inside a word: no
        {"eau", "le bureau est fermé", false}, // "eau" is not the start of "bureau"
        {"eau", "de l'eau partout", true},
        {"eau", "de l’eau partout", true}, // typographic apostrophe
        {"eau", "les EAUX montent", true},
        {"inondation", "l'inondation du sous-sol", true},
        {"l'inondation", "une inondation", false}, // "l" must begin a word before "inondation"
        {"l'inondation", "L’INONDATION", true},
        {"dégât des eaux", "un degat des eaux chez moi", true},
        {"dégât des eaux", "DÉGÂTS  DES   EAUX", true},
        {"dégât des eaux", "dégât, des eaux", true},
        {"dégât des eaux", "dégât important des eaux", false},
        {"dégât des eaux", "un dégât des", false}, // the text ends before the last word
        {"Dégât des eaux", "dégât des eaux", true},
        {"ça coule", "ca coule de partout", true},
        {"ca coule", "ÇA COULE", true},
        {"cœur", "au coeur de la nuit", true},
        {"coeur", "Cœur", true},
        {"chauffe-eau percé", "le chauffe eau perce", true},
        {"chauffe-eau percé", "chauffe-eau percé", true},
        {"économies d'énergie", "des economies d energie", true},
        {"garçon", "GARCON", true},
        {"noël", "NOEL", true},
        {"fuite", "", false},
        {"", "une fuite", false},
        {" , ", "une fuite , ici", false},
    }));
    CAPTURE(keyword, text);
    CHECK(finds(keyword, QString::fromUtf8(text)) == expected);
}

TEST_CASE("accents typed as combining characters still match")
{
    // "dégât" with U+0301 and U+0302 after the base letters (NFD), as some keyboards send it.
    const QString decomposed = QStringLiteral("de") + QChar(0x0301) + QStringLiteral("ga") + QChar(0x0302) +
                               QStringLiteral("t des eaux");
    CHECK(finds("dégât des eaux", decomposed));
    CHECK(foldForMatching(decomposed) == QStringLiteral("degat des eaux"));
}

TEST_CASE("folding lowers case, removes accents and expands ligatures")
{
    CHECK(foldForMatching(QString::fromUtf8("Œuvre DÉJÀ Ça Æ ß")) == QStringLiteral("oeuvre deja ca ae ss"));
    CHECK(foldForMatching(QStringLiteral("l'eau, 12h")) == QStringLiteral("l'eau, 12h"));
}

TEST_CASE("a hit gives where the keyword is in the original text")
{
    const KeywordMatcher matcher({QStringLiteral("fuite"), QString::fromUtf8("dégât des eaux")});
    const QString text = QString::fromUtf8("Bonjour, une FUITES d'eau et un Dégât  des eaux.");
    const QList<KeywordHit> hits = matcher.find(text);
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].keyword == 0);
    CHECK(text.mid(hits[0].start, hits[0].length) == QStringLiteral("FUITES"));
    CHECK(hits[1].keyword == 1);
    CHECK(text.mid(hits[1].start, hits[1].length) == QString::fromUtf8("Dégât  des eaux"));
}

TEST_CASE("each keyword is reported once, at its first place, in the keywords' order")
{
    const KeywordMatcher matcher({QStringLiteral("gaz"), QStringLiteral("fuite"),
                                  QStringLiteral("fuite de gaz"), QStringLiteral("eau")});
    const QList<KeywordHit> hits = matcher.find(QStringLiteral("fuite de gaz, encore une fuite de gaz"));
    REQUIRE(hits.size() == 3);
    CHECK(hits[0] == KeywordHit{0, 9, 3});
    CHECK(hits[1] == KeywordHit{1, 0, 5});
    CHECK(hits[2] == KeywordHit{2, 0, 12});
}

TEST_CASE("keywords sharing a first word are all found")
{
    const KeywordMatcher matcher(
        {QStringLiteral("canalisation"), QString::fromUtf8("canalisation éclatée"), QStringLiteral("canal")});
    CHECK(matcher.find(QString::fromUtf8("Une canalisation éclatée")).size() == 3);
    CHECK(matcher.find(QString::fromUtf8("Une canalisation bouchée")).size() == 2);
    CHECK(matcher.find(QString::fromUtf8("le canal")).size() == 1);
}

TEST_CASE("a matcher without usable keywords finds nothing")
{
    CHECK(KeywordMatcher().isEmpty());
    CHECK(KeywordMatcher().find(QStringLiteral("fuite")).isEmpty());
    const KeywordMatcher blank({QString(), QStringLiteral("  "), QStringLiteral("'-'")});
    CHECK(blank.isEmpty());
    CHECK(blank.find(QStringLiteral("' - '")).isEmpty());
}

TEST_CASE("a 2,000-character text finds keywords at its end")
{
    QString text;
    while (text.size() < 2000)
        text += QString::fromUtf8("le bureau a été fermé toute la journée, ");
    text += QString::fromUtf8("et puis une inondation");
    const KeywordMatcher matcher(
        {QStringLiteral("eau"), QStringLiteral("inondation"), QStringLiteral("fuite")});
    const QList<KeywordHit> hits = matcher.find(text);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].keyword == 1);
    CHECK(hits[0].start == text.size() - 10);
}

// SearchQuery: how operator input is read, as a table of inputs and readings.
#include "messages/searchquery.h"

#include "messages/qstringmaker.h"

#include <catch2/catch.hpp>

using namespace relais;
using Kind = SearchQuery::Kind;

TEST_CASE("typed numbers read as the start or the end of an E.164 number")
{
    struct Row
    {
        const char *text;
        Kind kind;
        const char *number;
    };
    const Row rows[] = {
        {"06 12 34 56 78", Kind::NumberPrefix, "+33612345678"},
        {"06.12.34.56.78", Kind::NumberPrefix, "+33612345678"},
        {"06-12-34-56-78", Kind::NumberPrefix, "+33612345678"},
        {"(0)6 12", Kind::NumberPrefix, "+33612"},
        {"0612", Kind::NumberPrefix, "+33612"},
        {"+33 6 12 34", Kind::NumberPrefix, "+3361234"},
        {"  +32 475  ", Kind::NumberPrefix, "+32475"},
        {"0033 6 12", Kind::NumberPrefix, "+33612"},
        {"5678", Kind::NumberSuffix, "5678"},
        {"56 78", Kind::NumberSuffix, "5678"},
        {"612345678", Kind::NumberSuffix, "612345678"},
        {"123", Kind::NumberSuffix, "123"},
        {"+32", Kind::NumberPrefix, "+32"},
    };
    for (const Row &row : rows) {
        const SearchQuery q = SearchQuery::parse(QString::fromUtf8(row.text));
        INFO(row.text);
        CHECK(q.kind == row.kind);
        CHECK(q.number == QString::fromLatin1(row.number));
        CHECK(q.words.isEmpty());
    }
}

TEST_CASE("short digit runs and text with letters read as words")
{
    CHECK(SearchQuery::parse(QStringLiteral("06")).kind == Kind::Words);
    CHECK(SearchQuery::parse(QStringLiteral("06")).words == QStringList{QStringLiteral("06")});
    const SearchQuery mixed = SearchQuery::parse(QStringLiteral("Dupont 0612"));
    CHECK(mixed.kind == Kind::Words);
    CHECK(mixed.words == (QStringList{QStringLiteral("dupont"), QStringLiteral("0612")}));
    CHECK(SearchQuery::parse(QStringLiteral("+3")).kind == Kind::Words);
    CHECK(SearchQuery::parse(QStringLiteral("+3")).words == QStringList{QStringLiteral("3")});
}

TEST_CASE("words are folded to lowercase without accents and stripped of every operator")
{
    CHECK(SearchQuery::parse(QStringLiteral("Hélène  GARÇON")).words ==
          (QStringList{QStringLiteral("helene"), QStringLiteral("garcon")}));
    CHECK(SearchQuery::parse(QStringLiteral("\"dupont\"* NEAR(x) OR -y")).words ==
          (QStringList{QStringLiteral("dupont"), QStringLiteral("near"), QStringLiteral("x"),
                       QStringLiteral("or"), QStringLiteral("y")}));
    CHECK(SearchQuery::parse(QStringLiteral("l'été d'Anaïs")).words ==
          (QStringList{QStringLiteral("l"), QStringLiteral("ete"), QStringLiteral("d"),
                       QStringLiteral("anais")}));
    CHECK(SearchQuery::parse(QStringLiteral("dupont dupont")).words == QStringList{QStringLiteral("dupont")});
    CHECK(SearchQuery::fold(QStringLiteral("ÉÈÊËÀÂÎÏÔÙÛÜŸÇ")) == QStringLiteral("eeeeaaiiouuuyc"));
}

TEST_CASE("nothing searchable reads as nothing")
{
    for (const QString &text :
         {QString(), QStringLiteral("   "), QStringLiteral("\"*'()"), QStringLiteral("+"),
          QStringLiteral("😀😀"), QString::fromLatin1(QByteArray("\x00\x01\x02", 3))}) {
        INFO(text.toStdString());
        CHECK(SearchQuery::parse(text).kind == Kind::Nothing);
    }
}

TEST_CASE("a huge query keeps a bounded number of bounded words")
{
    const SearchQuery many = SearchQuery::parse(QStringLiteral("a b c d e f g h i j k l m n"));
    CHECK(many.words.size() == SearchQuery::maxWords);
    const SearchQuery long_ = SearchQuery::parse(QString(10000, QLatin1Char('x')));
    REQUIRE(long_.words.size() == 1);
    CHECK(long_.words.first().size() == SearchQuery::maxWordLength);
    CHECK(SearchQuery::parse(QStringLiteral("6").repeated(10000)).kind == Kind::Words);
}

// Client index: lookups by dialed number and code, changed and moved numbers, folded search.
#include "routing/clientindex.h"

#include <catch2/catch.hpp>

using namespace relais;

namespace {

ClientEntry entry(const char *code, const char *name, const char *sector, QStringList numbers,
                  int version = 1)
{
    auto c = std::make_shared<Consignes>();
    c->code = QString::fromUtf8(code);
    c->name = QString::fromUtf8(name);
    c->sector = QString::fromUtf8(sector);
    c->dialedNumbers = std::move(numbers);
    ClientEntry e;
    e.consignes = c;
    e.version = version;
    return e;
}

QStringList codes(const QList<const ClientEntry *> &entries)
{
    QStringList out;
    for (const ClientEntry *e : entries)
        out << e->consignes->code;
    return out;
}

ClientIndex sampleIndex()
{
    ClientIndex index;
    index.reset({
        entry("CAB-LEROY", "Cabinet médical du Dr Leroy", "Médical",
              {QStringLiteral("+33142685300"), QStringLiteral("+33142685301")}),
        entry("PLB-MARTIN", "Plomberie Martin", "Artisan", {QStringLiteral("+33478000000")}),
        entry("AVO-ETIENNE", "Maître Étienne, avocat", "Juridique", {QStringLiteral("+33556000000")}),
        entry("LEROY-IMMO", "Agence Leroy Immobilier", "Immobilier", {QStringLiteral("+33320000000")}),
        entry("OEUVRE", "Œuvres sociales du Léman", "Associatif", {QStringLiteral("+33450000000")}),
    });
    return index;
}

} // namespace

TEST_CASE("every dialed number of a client finds it")
{
    const ClientIndex index = sampleIndex();
    CHECK(index.size() == 5);
    const ClientEntry *first = index.findByDialedNumber(QStringLiteral("+33142685300"));
    const ClientEntry *second = index.findByDialedNumber(QStringLiteral("+33142685301"));
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->consignes->code == QStringLiteral("CAB-LEROY"));
    CHECK(second == first);
    CHECK(index.findByCode(QStringLiteral("PLB-MARTIN"))->consignes->name ==
          QStringLiteral("Plomberie Martin"));
}

TEST_CASE("an unknown dialed number finds no client")
{
    const ClientIndex index = sampleIndex();
    CHECK(index.findByDialedNumber(QStringLiteral("+33142685399")) == nullptr);
    CHECK(index.findByDialedNumber(QString()) == nullptr);
    CHECK(index.findByDialedNumber(QStringLiteral("0142685300")) == nullptr); // lookups are by E.164 only
    CHECK(index.findByCode(QStringLiteral("cab-leroy")) == nullptr);
    CHECK(ClientIndex().findByDialedNumber(QStringLiteral("+33142685300")) == nullptr);
}

TEST_CASE("a client whose numbers changed no longer routes its old number")
{
    ClientIndex index = sampleIndex();
    index.upsert(
        entry("CAB-LEROY", "Cabinet médical du Dr Leroy", "Médical", {QStringLiteral("+33142685399")}, 2));
    CHECK(index.findByDialedNumber(QStringLiteral("+33142685300")) == nullptr);
    CHECK(index.findByDialedNumber(QStringLiteral("+33142685301")) == nullptr);
    const ClientEntry *found = index.findByDialedNumber(QStringLiteral("+33142685399"));
    REQUIRE(found);
    CHECK(found->version == 2);
    CHECK(index.size() == 5);
    CHECK(index.findByDialedNumber(QStringLiteral("+33478000000"))->consignes->code ==
          QStringLiteral("PLB-MARTIN"));
}

TEST_CASE("a number moved to another client routes there, and stays there when the first leaves")
{
    ClientIndex index = sampleIndex();
    index.upsert(entry("PLB-MARTIN", "Plomberie Martin", "Artisan",
                       {QStringLiteral("+33478000000"), QStringLiteral("+33142685301")}, 2));
    CHECK(index.findByDialedNumber(QStringLiteral("+33142685301"))->consignes->code ==
          QStringLiteral("PLB-MARTIN"));
    index.remove(QStringLiteral("CAB-LEROY"));
    CHECK(index.findByDialedNumber(QStringLiteral("+33142685301"))->consignes->code ==
          QStringLiteral("PLB-MARTIN"));
    CHECK(index.findByDialedNumber(QStringLiteral("+33142685300")) == nullptr);
}

TEST_CASE("removing a client drops its numbers and code")
{
    ClientIndex index = sampleIndex();
    index.remove(QStringLiteral("CAB-LEROY"));
    index.remove(QStringLiteral("NOT-THERE"));
    CHECK(index.size() == 4);
    CHECK(index.findByCode(QStringLiteral("CAB-LEROY")) == nullptr);
    CHECK(index.findByDialedNumber(QStringLiteral("+33142685300")) == nullptr);
    CHECK(index.search(QStringLiteral("cabinet")).isEmpty());
}

TEST_CASE("reset replaces every client")
{
    ClientIndex index = sampleIndex();
    index.reset({entry("NEW", "Nouveau client", "Divers", {QStringLiteral("+33100000000")})});
    CHECK(index.size() == 1);
    CHECK(index.findByDialedNumber(QStringLiteral("+33142685300")) == nullptr);
    CHECK(index.findByDialedNumber(QStringLiteral("+33100000000")) != nullptr);
    index.reset({});
    CHECK(index.size() == 0);
    CHECK(index.all().isEmpty());
}

TEST_CASE("an entry without consignes or code is refused")
{
    ClientIndex index;
    index.upsert(ClientEntry{});
    index.upsert(entry("", "Sans code", "", {QStringLiteral("+33100000000")}));
    CHECK(index.size() == 0);
    CHECK(index.findByDialedNumber(QStringLiteral("+33100000000")) == nullptr);
}

TEST_CASE("search ignores case and accents and needs every word")
{
    const ClientIndex index = sampleIndex();
    CHECK(codes(index.search(QStringLiteral("plomberie"))) == QStringList{QStringLiteral("PLB-MARTIN")});
    CHECK(codes(index.search(QStringLiteral("MEDICAL"))) == QStringList{QStringLiteral("CAB-LEROY")});
    CHECK(codes(index.search(QString::fromUtf8("etienne AVOCAT"))) ==
          QStringList{QStringLiteral("AVO-ETIENNE")});
    CHECK(codes(index.search(QString::fromUtf8("Étienne"))) == QStringList{QStringLiteral("AVO-ETIENNE")});
    CHECK(codes(index.search(QStringLiteral("oeuvres leman"))) == QStringList{QStringLiteral("OEUVRE")});
    CHECK(index.search(QStringLiteral("plomberie paris")).isEmpty());
    CHECK(index.search(QStringLiteral("   ")).isEmpty());
    CHECK(index.search(QStringLiteral("zzz")).isEmpty());
}

TEST_CASE("search ranks the exact code, then names starting with the text")
{
    const ClientIndex index = sampleIndex();
    // "leroy": no name starts with it; the code LEROY-IMMO does, so it comes before the cabinet,
    // whose text only has a word starting with it.
    CHECK(codes(index.search(QStringLiteral("leroy"))) ==
          (QStringList{QStringLiteral("LEROY-IMMO"), QStringLiteral("CAB-LEROY")}));
    CHECK(codes(index.search(QStringLiteral("agence"))) == QStringList{QStringLiteral("LEROY-IMMO")});
    CHECK(codes(index.search(QStringLiteral("cab-leroy"))).first() == QStringLiteral("CAB-LEROY"));
    CHECK(codes(index.search(QStringLiteral("cabinet leroy"))) == QStringList{QStringLiteral("CAB-LEROY")});
    CHECK(index.search(QStringLiteral("e"), 2).size() == 2);
    CHECK(index.search(QStringLiteral("e"), 0).isEmpty());
}

TEST_CASE("a name starting with the text comes before one merely containing it")
{
    ClientIndex index;
    index.reset({entry("B", "Garage du Port", "Auto", {}), entry("A", "Port de plaisance", "Nautisme", {}),
                 entry("C", "Transports Import", "Transport", {})});
    CHECK(codes(index.search(QStringLiteral("port"))) ==
          (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
}

TEST_CASE("all clients come sorted by name")
{
    const ClientIndex index = sampleIndex();
    CHECK(codes(index.all()) == (QStringList{QStringLiteral("LEROY-IMMO"), QStringLiteral("CAB-LEROY"),
                                             QStringLiteral("AVO-ETIENNE"), QStringLiteral("OEUVRE"),
                                             QStringLiteral("PLB-MARTIN")}));
}

TEST_CASE("folding drops accents, case and ligatures")
{
    CHECK(ClientIndex::fold(QString::fromUtf8("Œuvre d’Été À ÇA")) == QStringLiteral("oeuvre d'ete a ca"));
    CHECK(ClientIndex::fold(QString()).isEmpty());
}

// Import, export and history of consignes in a real SQLite store: all or nothing, no new version for
// identical consignes, numbers owned by other clients refused, concurrent edits refused without loss.
#include <catch2/catch.hpp>

#include "consignes/consignesdiff.h"
#include "consignes/consignesjson.h"
#include "phone/phonenumbers.h"
#include "storage/clientrepository.h"
#include "storage/consigneshistory.h"
#include "storage/database.h"
#include "support/testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace relais;

namespace {

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    PhoneNumbers phones;

    Store()
    {
        REQUIRE(dir.isValid());
        const Result<DatabaseUrl> url =
            DatabaseUrl::parse(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("t.db")));
        REQUIRE(url.ok());
        Result<std::unique_ptr<Database>> opened = Database::open(*url);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(db->migrate().ok());
    }

    qint64 count(const char *table)
    {
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }

    QList<Consignes> read(const QString &fixture)
    {
        const Result<QList<Consignes>> clients = readConsignesFile(test::dataPath(fixture), phones);
        REQUIRE(clients.ok());
        return *clients;
    }

    ConsignesImportSummary import(const QList<Consignes> &clients,
                                  const QString &author = QStringLiteral("alice"))
    {
        const Result<ConsignesImportSummary> summary = importConsignes(*db, phones, clients, author);
        INFO((summary ? QString() : summary.error().toString()).toStdString());
        REQUIRE(summary.ok());
        return *summary;
    }
};

} // namespace

TEST_CASE("import saves every client as a new version, and identical consignes again as none")
{
    Store store;
    const QList<Consignes> clients = store.read(QStringLiteral("versions/two-clients.json"));
    ConsignesImportSummary first = store.import(clients);
    CHECK(first.clients == 2);
    CHECK(first.newVersions == 2);
    CHECK(first.unchanged == 0);
    CHECK(store.count("consigne_versions") == 2);

    const ConsignesImportSummary again = store.import(clients, QStringLiteral("bob"));
    CHECK(again.newVersions == 0);
    CHECK(again.unchanged == 2);
    CHECK(store.count("consigne_versions") == 2);

    QList<Consignes> edited = clients;
    edited[1].sector = QStringLiteral("Boulangerie");
    const ConsignesImportSummary third = store.import(edited, QStringLiteral("bob"));
    CHECK(third.newVersions == 1);
    CHECK(third.unchanged == 1);
    CHECK(third.savedCodes == QStringList{QStringLiteral("TEST-B")});
    CHECK(store.count("consigne_versions") == 3);
}

TEST_CASE("an import that fails half-way leaves the store as it was")
{
    Store store;
    store.import(store.read(QStringLiteral("versions/two-clients.json")));
    const qint64 versions = store.count("consigne_versions");
    const qint64 numbers = store.count("client_numbers");

    QList<Consignes> clients = store.read(QStringLiteral("versions/two-clients.json"));
    clients[0].name = QStringLiteral("Atelier Alpha renommé"); // saved first, inside the transaction
    Consignes nameless = clients[1];
    nameless.code = QStringLiteral("TEST-E");
    nameless.name.clear(); // the repository refuses it after TEST-A was written
    nameless.dialedNumbers = {QStringLiteral("+33199002005")};
    clients.append(nameless);
    const Result<ConsignesImportSummary> summary =
        importConsignes(*store.db, store.phones, clients, QStringLiteral("x"));
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().what.contains(QStringLiteral("TEST-E")));
    CHECK(summary.error().what.contains(QStringLiteral("nothing was saved")));
    CHECK(store.count("consigne_versions") == versions);
    CHECK(store.count("client_numbers") == numbers);
    CHECK(store.count("clients") == 2);
    const Result<Consignes> alpha =
        ConsignesHistory(*store.db, store.phones).load(QStringLiteral("TEST-A"), 1);
    REQUIRE(alpha.ok());
    CHECK(alpha->name == QStringLiteral("Atelier Alpha"));
}

TEST_CASE("a bad second file is reported by file, line and path, and the good one alone is not imported")
{
    const PhoneNumbers phones;
    const QList<ConsignesFileCheck> checks =
        checkConsignesFiles({test::dataPath(QStringLiteral("versions/two-clients.json")),
                             test::dataPath(QStringLiteral("versions/bad-type.json"))},
                            phones);
    REQUIRE(checks.size() == 2);
    CHECK(checks[0].errors.isEmpty());
    CHECK(checks[0].clients.size() == 2);
    REQUIRE(checks[1].errors.size() == 1);
    const QString error = checks[1].errors.first().toString();
    CHECK(error.startsWith(test::dataPath(QStringLiteral("versions/bad-type.json:9:"))));
    CHECK(error.contains(QStringLiteral("$.clients[0].checklist[0].type: expected one of")));
    CHECK(error.contains(QStringLiteral("found \"txt\"")));
}

TEST_CASE("files that give one dialed number or one code to two clients are refused, naming both")
{
    const PhoneNumbers phones;
    const QString alpha = test::dataPath(QStringLiteral("versions/two-clients.json"));
    const QString charlie = test::dataPath(QStringLiteral("versions/takes-alpha-number.json"));
    const QList<ConsignesFileCheck> checks = checkConsignesFiles({alpha, charlie}, phones);
    REQUIRE(checks.size() == 2);
    CHECK(checks[0].errors.isEmpty());
    REQUIRE(checks[1].errors.size() == 1);
    CHECK(
        checks[1].errors[0].toString() ==
        charlie +
            QStringLiteral(": $.clients[0].dialedNumbers[0]: dialed number +33199002001 of client TEST-C is "
                           "already a dialed number of client TEST-A in ") +
            alpha + QStringLiteral(" ($.clients[0].dialedNumbers[0])"));

    const QList<ConsignesFileCheck> twice = checkConsignesFiles({alpha, alpha}, phones);
    CHECK(twice[1].errors.size() == 4); // the same file twice: both codes and both numbers
}

TEST_CASE("a dialed number owned in the store by a client outside the import is refused, naming both")
{
    Store store;
    store.import(store.read(QStringLiteral("versions/two-clients.json")));
    const qint64 versions = store.count("consigne_versions");
    const Result<ConsignesImportSummary> summary =
        importConsignes(*store.db, store.phones,
                        store.read(QStringLiteral("versions/takes-alpha-number.json")), QStringLiteral("x"));
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().what.contains(QStringLiteral("+33199002001")));
    CHECK(summary.error().what.contains(QStringLiteral("TEST-C (Cordonnerie Charlie)")));
    CHECK(summary.error().what.contains(QStringLiteral("TEST-A (Atelier Alpha)")));
    CHECK(store.count("consigne_versions") == versions);
    CHECK(store.count("clients") == 2);
}

TEST_CASE("a dialed number moved between two imported clients is imported in one run")
{
    Store store;
    QList<Consignes> clients = store.read(QStringLiteral("versions/two-clients.json"));
    store.import(clients);
    // TEST-B (listed first) takes TEST-A's number: TEST-A must be saved first to release it.
    const QString number = clients[0].dialedNumbers.first();
    clients[0].dialedNumbers.clear();
    clients[1].dialedNumbers.append(number);
    const ConsignesImportSummary summary = store.import({clients[1], clients[0]});
    CHECK(summary.newVersions == 2);
    CHECK(summary.savedCodes == QStringList{QStringLiteral("TEST-A"), QStringLiteral("TEST-B")});
    QSqlQuery query(store.db->connection());
    REQUIRE(
        query.exec(QStringLiteral("SELECT client_code FROM client_numbers WHERE number = '+33199002001'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("TEST-B"));
}

TEST_CASE("export, import and export again give the same bytes")
{
    Store store;
    const Result<QList<Consignes>> demo = loadDemoConsignes(store.phones);
    REQUIRE(demo.ok());
    store.import(*demo);
    const Result<QByteArray> exported = exportConsignes(*store.db, store.phones);
    REQUIRE(exported.ok());
    const Result<QList<Consignes>> parsed =
        parseConsignesDocument(*exported, QStringLiteral("export"), store.phones);
    REQUIRE(parsed.ok());
    CHECK(parsed->size() == demo->size());
    for (qsizetype i = 1; i < parsed->size(); ++i)
        CHECK((*parsed)[i - 1].code < (*parsed)[i].code);

    CHECK(store.import(*parsed).unchanged == static_cast<int>(demo->size())); // same store: nothing new
    Store other;
    other.import(*parsed);
    const Result<QByteArray> again = exportConsignes(*other.db, other.phones);
    REQUIRE(again.ok());
    CHECK(*again == *exported);

    const Result<QByteArray> one = exportConsignes(*store.db, store.phones, QStringLiteral("PLB-MARTIN"));
    REQUIRE(one.ok());
    const Result<QList<Consignes>> single = parseConsignesDocument(*one, QStringLiteral("one"), store.phones);
    REQUIRE(single.ok());
    REQUIRE(single->size() == 1);
    CHECK(single->first().code == QStringLiteral("PLB-MARTIN"));

    const Result<QByteArray> unknown = exportConsignes(*store.db, store.phones, QStringLiteral("NOPE"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().what == QStringLiteral("no client with code NOPE"));
}

TEST_CASE("versions list every saved version with its author and size")
{
    Store store;
    QList<Consignes> clients = store.read(QStringLiteral("versions/two-clients.json"));
    store.import(clients, QStringLiteral("alice"));
    clients[0].greetings.closed = QStringLiteral("{salutation}, l'atelier est fermé.");
    store.import(clients, QStringLiteral("bob"));

    ConsignesHistory history(*store.db, store.phones);
    const Result<QList<ConsignesVersionInfo>> list = history.versions(QStringLiteral("TEST-A"));
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK((*list)[0].version == 1);
    CHECK((*list)[0].author == QStringLiteral("alice"));
    CHECK((*list)[1].version == 2);
    CHECK((*list)[1].author == QStringLiteral("bob"));
    CHECK((*list)[1].createdAt.isValid());
    CHECK((*list)[1].size == serializeClientConsignes(clients[0]).size());
    CHECK(history.versions(QStringLiteral("TEST-B"))->size() == 1);

    const Result<Consignes> v1 = history.load(QStringLiteral("TEST-A"), 1);
    const Result<Consignes> v2 = history.load(QStringLiteral("TEST-A"), 2);
    REQUIRE(v1.ok());
    REQUIRE(v2.ok());
    CHECK(*v2 == clients[0]);
    const QList<ConsignesChange> changes = diffConsignes(*v1, *v2);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].path == QStringLiteral("greetings.closed"));

    const Result<QList<ConsignesVersionInfo>> unknown = history.versions(QStringLiteral("NOPE"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().what == QStringLiteral("no client with code NOPE"));
    const Result<Consignes> missing = history.load(QStringLiteral("TEST-A"), 9);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().what == QStringLiteral("client TEST-A has no version 9"));
}

TEST_CASE("two editors start from version 3: the second save is refused and its text is kept")
{
    Store store;
    ClientRepository repository(*store.db, store.phones);
    Consignes client = store.read(QStringLiteral("versions/two-clients.json")).first();
    for (int i = 1; i <= 3; ++i) {
        client.retentionDays = 100 + i;
        REQUIRE(repository.save(client, QStringLiteral("setup")).ok());
    }
    ConsignesHistory history(*store.db, store.phones);
    Result<Consignes> first = history.load(QStringLiteral("TEST-A"), 3);
    Result<Consignes> second = history.load(QStringLiteral("TEST-A"), 3);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    first->greetings.open = QStringLiteral("{salutation}, Atelier Alpha, bonjour.");
    second->greetings.open = QStringLiteral("{salutation}, ici l'Atelier Alpha.");
    const Consignes secondText = *second;

    const Result<int> saved = repository.save(*first, QStringLiteral("alice"), 3);
    REQUIRE(saved.ok());
    CHECK(*saved == 4);
    const Result<int> refused = repository.save(*second, QStringLiteral("bob"), 3);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().what.contains(QStringLiteral("changed meanwhile")));
    CHECK(refused.error().what.contains(QStringLiteral("version 4 was saved by alice")));
    CHECK(refused.error().what.contains(QStringLiteral("started from version 3")));

    // Both documents remain: version 4 is the first editor's, the second's value is untouched.
    CHECK(*history.load(QStringLiteral("TEST-A"), 4) == *first);
    CHECK(*second == secondText);
    CHECK(history.versions(QStringLiteral("TEST-A"))->size() == 4);
    // What the editor shows before a retry: the second editor's change against version 4.
    const ConsignesChange change = diffConsignes(*history.load(QStringLiteral("TEST-A"), 4), *second).first();
    CHECK(change.path == QStringLiteral("greetings.open"));
    CHECK(change.after == QStringLiteral("{salutation}, ici l'Atelier Alpha."));
}

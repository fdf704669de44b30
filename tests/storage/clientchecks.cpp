// Client repository behaviour shared by the SQLite and PostgreSQL tests (see storagechecks.h).
#include "storage/storagechecks.h"

#include "consignes/consignes.h"
#include "consignes/consignesjson.h"
#include "phone/phonenumbers.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/demoseed.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

namespace relais::test {

namespace {

Consignes makeClient(const QString &code, const QString &name, const QStringList &numbers)
{
    Consignes c;
    c.code = code;
    c.name = name;
    c.sector = QStringLiteral("Médical");
    c.dialedNumbers = numbers;
    for (int day = 0; day < 5; ++day)
        c.hours.weekly.days[static_cast<size_t>(day)] = {TimeSpan{QTime(9, 0), QTime(18, 0)}};
    c.greetings.open = QStringLiteral("{salutation}, {client}, {operator} à votre écoute.");
    c.greetings.closed = QStringLiteral("{salutation}, le cabinet est fermé ; je prends votre message.");
    c.checklist = {ChecklistField{QStringLiteral("caller_name"),
                                  QStringLiteral("Nom"),
                                  FieldType::Text,
                                  true,
                                  QStringLiteral("Demander le nom"),
                                  {}}};
    c.urgencyLevels = {UrgencyLevel{QStringLiteral("normal"), QStringLiteral("Normal"), 0},
                       UrgencyLevel{QStringLiteral("urgent"), QStringLiteral("Urgent"), 10}};
    c.defaultUrgency = QStringLiteral("normal");
    c.retentionDays = 180;
    return c;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QString saveError(ClientRepository &clients, const Consignes &c, const QString &author,
                  std::optional<int> expected)
{
    const Result<int> saved = clients.save(c, author, expected);
    REQUIRE_FALSE(saved.ok());
    return saved.error().what;
}

} // namespace

void checkClientVersionsAndReload(Database &db)
{
    REQUIRE(db.migrate().ok());
    const PhoneNumbers phones;
    ClientRepository clients(db, phones);
    Consignes leroy = makeClient(QStringLiteral("CAB-LEROY"), QStringLiteral("Cabinet du Dr Leroy"),
                                 {QStringLiteral("+33142685300"), QStringLiteral("+33142685301")});
    const Result<int> first = clients.save(leroy, QStringLiteral("alice"));
    INFO((first ? QString() : first.error().toString()).toStdString());
    REQUIRE(first.ok());
    CHECK(*first == 1);
    leroy.name = QStringLiteral("Cabinet médical du Dr Leroy");
    leroy.dialedNumbers = {QStringLiteral("+33142685301"), QStringLiteral("+33472103030")};
    const Result<int> second = clients.save(leroy, QStringLiteral("bob"), 1);
    REQUIRE(second.ok());
    CHECK(*second == 2);

    CHECK(*clients.count() == 1);
    CHECK(scalar(db, QStringLiteral(
                         "SELECT COUNT(*) FROM consigne_versions WHERE client_code = 'CAB-LEROY'")) == 2);
    // The dialed numbers are replaced, not accumulated.
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM client_numbers WHERE number = '+33142685300'")) ==
          0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM client_numbers WHERE client_code = 'CAB-LEROY'")) ==
          2);

    const Result<QList<ClientEntry>> latest = clients.loadLatest();
    INFO((latest ? QString() : latest.error().toString()).toStdString());
    REQUIRE(latest.ok());
    REQUIRE(latest->size() == 1);
    const ClientEntry &entry = latest->first();
    CHECK(entry.version == 2);
    CHECK(entry.changedBy == QStringLiteral("bob"));
    CHECK(entry.changedAt.isValid());
    CHECK(entry.changedAt.timeSpec() == Qt::UTC);
    REQUIRE(entry.consignes);
    CHECK(entry.consignes->name == QStringLiteral("Cabinet médical du Dr Leroy"));
    CHECK(entry.consignes->dialedNumbers == leroy.dialedNumbers);
    CHECK(*entry.consignes == leroy);
}

void checkClientOptimisticConflict(Database &db)
{
    REQUIRE(db.migrate().ok());
    ClientRepository clients(db);
    Consignes c = makeClient(QStringLiteral("PLOMBERIE-MARTIN"), QStringLiteral("Plomberie Martin"),
                             {QStringLiteral("+33556001122")});
    REQUIRE(clients.save(c, QStringLiteral("alice")).ok());
    c.sector = QStringLiteral("Artisan");
    REQUIRE(clients.save(c, QStringLiteral("bob"), 1).ok());

    // Carol edited version 1 too; Bob's version 2 must not be overwritten silently.
    c.sector = QStringLiteral("Bâtiment");
    const QString conflict = saveError(clients, c, QStringLiteral("carol"), 1);
    INFO(conflict.toStdString());
    CHECK(conflict.contains(QStringLiteral("PLOMBERIE-MARTIN")));
    CHECK(conflict.contains(QStringLiteral("version 2 was saved by bob at ")));
    CHECK(conflict.contains(QStringLiteral("UTC")));
    CHECK(conflict.contains(QStringLiteral("started from version 1")));
    CHECK(scalar(db, QStringLiteral("SELECT current_version FROM clients WHERE code = 'PLOMBERIE-MARTIN'")) ==
          2);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM consigne_versions")) == 2);

    // Creating a client that somebody else created meanwhile is a conflict too.
    CHECK(saveError(clients, c, QStringLiteral("dave"), 0)
              .contains(QStringLiteral("version 2 was saved by bob")));
    Consignes gone = makeClient(QStringLiteral("GONE"), QStringLiteral("Disparu"), {});
    CHECK(saveError(clients, gone, QStringLiteral("erin"), 4).contains(QStringLiteral("does not exist")));
    CHECK(*clients.count() == 1);

    const Result<int> third = clients.save(c, QStringLiteral("carol"), 2);
    REQUIRE(third.ok());
    CHECK(*third == 3);
}

void checkDialedNumberOwnedByAnotherClient(Database &db)
{
    REQUIRE(db.migrate().ok());
    ClientRepository clients(db);
    Consignes leroy = makeClient(QStringLiteral("CAB-LEROY"), QStringLiteral("Cabinet du Dr Leroy"),
                                 {QStringLiteral("+33142685300")});
    REQUIRE(clients.save(leroy, QStringLiteral("alice")).ok());
    const Consignes martin =
        makeClient(QStringLiteral("PLOMBERIE-MARTIN"), QStringLiteral("Plomberie Martin"),
                   {QStringLiteral("+33556001122"), QStringLiteral("+33142685300")});
    const QString error = saveError(clients, martin, QStringLiteral("bob"), std::nullopt);
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("+33142685300")));
    CHECK(error.contains(QStringLiteral("CAB-LEROY (Cabinet du Dr Leroy)")));
    CHECK(error.contains(QStringLiteral("PLOMBERIE-MARTIN (Plomberie Martin)")));
    CHECK(*clients.count() == 1);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM client_numbers WHERE number = '+33556001122'")) ==
          0);

    Consignes twice = martin;
    twice.dialedNumbers = {QStringLiteral("+33556001122"), QStringLiteral("+33556001122")};
    CHECK(saveError(clients, twice, QStringLiteral("bob"), std::nullopt)
              .contains(QStringLiteral("listed twice")));

    // Once Leroy gives the number up, Martin may take it.
    leroy.dialedNumbers = {QStringLiteral("+33142685399")};
    REQUIRE(clients.save(leroy, QStringLiteral("alice"), 1).ok());
    REQUIRE(clients.save(martin, QStringLiteral("bob")).ok());
    CHECK(scalar(db, QStringLiteral(
                         "SELECT COUNT(*) FROM client_numbers WHERE client_code = 'PLOMBERIE-MARTIN'")) == 2);
}

void checkSaveAllIsAllOrNothing(Database &db)
{
    REQUIRE(db.migrate().ok());
    ClientRepository clients(db);
    const QList<Consignes> clashing{
        makeClient(QStringLiteral("A-ONE"), QStringLiteral("Un"), {QStringLiteral("+33142680001")}),
        makeClient(QStringLiteral("B-TWO"), QStringLiteral("Deux"), {QStringLiteral("+33142680002")}),
        makeClient(QStringLiteral("C-THREE"), QStringLiteral("Trois"), {QStringLiteral("+33142680001")}),
    };
    const Result<int> refused = clients.saveAll(clashing, QStringLiteral("import"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().what.contains(QStringLiteral("A-ONE (Un)")));
    CHECK(refused.error().what.contains(QStringLiteral("nothing was saved")));
    CHECK(*clients.count() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM consigne_versions")) == 0);

    QList<Consignes> many;
    for (int i = 0; i < 200; ++i)
        many << makeClient(QStringLiteral("CLIENT-%1").arg(i, 4, 10, QLatin1Char('0')),
                           QStringLiteral("Client numéro %1").arg(i),
                           {QStringLiteral("+3314268%1").arg(i, 4, 10, QLatin1Char('0'))});
    for (int i = 0; i < many.size(); i += 2)
        many[i].sector = QString(); // a null string must be stored as empty text, not refused as NULL
    const Result<int> saved = clients.saveAll(many, QStringLiteral("import"));
    INFO((saved ? QString() : saved.error().toString()).toStdString());
    REQUIRE(saved.ok());
    CHECK(*saved == 200);
    const Result<QList<ClientEntry>> latest = clients.loadLatest();
    REQUIRE(latest.ok());
    REQUIRE(latest->size() == 200);
    CHECK(latest->first().consignes->code == QStringLiteral("CLIENT-0000"));
    CHECK(latest->last().consignes->code == QStringLiteral("CLIENT-0199"));
    CHECK(latest->at(42).consignes->dialedNumbers == QStringList{QStringLiteral("+33142680042")});
    CHECK(latest->at(42).version == 1);
}

void checkDemoSeedOnlyWhenEmpty(Database &db)
{
    REQUIRE(db.migrate().ok());
    const PhoneNumbers phones;
    const Result<QList<Consignes>> demo = loadDemoConsignes(phones);
    INFO((demo ? QString() : demo.error().toString()).toStdString());
    REQUIRE(demo.ok());
    REQUIRE_FALSE(demo->isEmpty());
    const Status seeded = seedDemoClientsIfEmpty(db, phones);
    INFO((seeded ? QString() : seeded.error().toString()).toStdString());
    REQUIRE(seeded.ok());
    ClientRepository clients(db, phones);
    CHECK(*clients.count() == demo->size());
    REQUIRE(seedDemoClientsIfEmpty(db, phones).ok());
    CHECK(scalar(db, QStringLiteral("SELECT MAX(current_version) FROM clients")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM consigne_versions")) == demo->size());
    const Result<QList<ClientEntry>> latest = clients.loadLatest();
    REQUIRE(latest.ok());
    CHECK(latest->size() == demo->size());
    CHECK(latest->first().changedBy == QStringLiteral("demo"));
}

} // namespace relais::test

// The behaviour of message search and amendments, written once for both engines.
#include "messages/messagechecks.h"

#include "messages/messagesearch.h"
#include "storage/database.h"
#include "storage/messagerepository.h"

#include <catch2/catch.hpp>

#include <string>

namespace relais::test {

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2025, 3, 10), QTime(9, 0), Qt::UTC).addSecs(60 * minute);
}

Message make(const QString &id, const QString &client, const QString &number, const QString &name,
             const QString &notes, int minute)
{
    Message m;
    m.id = id;
    m.clientCode = client;
    m.callerNumber = number;
    m.callerName = name;
    m.notes = notes;
    m.status = MessageStatus::Completed;
    m.createdAt = at(minute);
    m.updatedAt = at(minute);
    m.operatorLogin = QStringLiteral("claire");
    return m;
}

void seed(Database &db)
{
    MessageRepository repo(db);
    const QList<Message> messages{
        make(QStringLiteral("m1"), QStringLiteral("ACME"), QStringLiteral("+33612345678"),
             QStringLiteral("Hélène Dupont"), QStringLiteral("Rappeler pour le devis de la toiture."), 1),
        make(QStringLiteral("m2"), QStringLiteral("ACME"), QStringLiteral("+33698765432"),
             QStringLiteral("Jean-Pierre Martin"), QStringLiteral("Fuite d'eau urgente au sous-sol"), 2),
        make(QStringLiteral("m3"), QStringLiteral("BATI"), QStringLiteral("+33612345678"),
             QStringLiteral("Hélène Dupont"), QStringLiteral("Facture en double, elle est énervée"), 3),
        make(QStringLiteral("m4"), QStringLiteral("BATI"), QStringLiteral("+32475123456"),
             QStringLiteral("Noël Leclercq"), QStringLiteral("Appelle de Belgique pour un rendez-vous"), 4),
        make(QStringLiteral("m5"), QStringLiteral("ACME"), QStringLiteral("+33145678912"),
             QStringLiteral("Zoé Garçon"), QStringLiteral("NEAR OR AND \"quoted\" * rien"), 5),
    };
    for (const Message &m : messages)
        REQUIRE(repo.save(m).ok());
}

// The ids found, newest first, as "m3,m1" (a std::string, so a failure prints it).
std::string ids(Database &db, const QString &text, const QString &client = {}, int limit = 50)
{
    MessageSearch search(db);
    const Result<QList<Message>> found = search.search(MessageSearchRequest{text, client, limit, {}});
    INFO("query: " << text.left(80).toStdString());
    INFO((found ? QString() : found.error().toString()).toStdString());
    REQUIRE(found.ok());
    QStringList out;
    for (const Message &m : *found)
        out << m.id;
    return out.join(QLatin1Char(',')).toStdString();
}

} // namespace

std::unique_ptr<Database> openMigrated(const QString &url)
{
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    REQUIRE(parsed.ok());
    Result<std::unique_ptr<Database>> db = Database::open(*parsed);
    INFO((db ? QString() : db.error().toString()).toStdString());
    REQUIRE(db.ok());
    const Status migrated = (*db)->migrate();
    INFO((migrated ? QString() : migrated.error().toString()).toStdString());
    REQUIRE(migrated.ok());
    return std::move(db).value();
}

void checkSearchByNumber(Database &db)
{
    seed(db);
    // The same number however the operator types it, newest first.
    CHECK(ids(db, QStringLiteral("06 12 34 56 78")) == std::string("m3,m1"));
    CHECK(ids(db, QStringLiteral("06.12.34.56.78")) == std::string("m3,m1"));
    CHECK(ids(db, QStringLiteral("+33 6 12 34 56 78")) == std::string("m3,m1"));
    CHECK(ids(db, QStringLiteral("0033612345678")) == std::string("m3,m1"));
    // A start of the number, national or international.
    CHECK(ids(db, QStringLiteral("0612")) == std::string("m3,m1"));
    CHECK(ids(db, QStringLiteral("06")) == std::string()); // two digits: too short to be a number
    CHECK(ids(db, QStringLiteral("06 9")) == std::string("m2"));
    CHECK(ids(db, QStringLiteral("+32")) == std::string("m4"));
    CHECK(ids(db, QStringLiteral("+33 1")) == std::string("m5"));
    // The end of the number.
    CHECK(ids(db, QStringLiteral("5678")) == std::string("m3,m1"));
    CHECK(ids(db, QStringLiteral("56 78")) == std::string("m3,m1"));
    CHECK(ids(db, QStringLiteral("612345678")) == std::string("m3,m1"));
    CHECK(ids(db, QStringLiteral("432")) == std::string("m2"));
    // Digits inside the number but at neither end find nothing: a suffix is a suffix.
    CHECK(ids(db, QStringLiteral("1234")) == std::string());
    CHECK(ids(db, QStringLiteral("07 00 00 00 00")) == std::string());
}

void checkSearchByWords(Database &db)
{
    seed(db);
    CHECK(ids(db, QStringLiteral("helene")) == std::string("m3,m1"));
    CHECK(ids(db, QStringLiteral("HÉLÈNE")) == std::string("m3,m1"));
    CHECK(ids(db, QStringLiteral("Hélène Dupont")) == std::string("m3,m1"));
    CHECK(ids(db, QStringLiteral("dupont toiture")) == std::string("m1")); // every word, name or notes
    CHECK(ids(db, QStringLiteral("enervee")) == std::string("m3"));
    CHECK(ids(db, QStringLiteral("noel")) == std::string("m4"));
    CHECK(ids(db, QStringLiteral("garcon zoe")) == std::string("m5"));
    CHECK(ids(db, QStringLiteral("jean-pierre")) == std::string("m2"));
    CHECK(ids(db, QStringLiteral("jean pierre martin")) == std::string("m2"));
    CHECK(ids(db, QStringLiteral("fuite eau")) == std::string("m2"));
    CHECK(ids(db, QStringLiteral("rapp")) == std::string("m1")); // a word being typed finds its ends
    CHECK(ids(db, QStringLiteral("plombier")) == std::string());
    CHECK(ids(db, QStringLiteral("dupont plombier")) == std::string());
}

void checkSearchFilterOrderLimit(Database &db)
{
    seed(db);
    CHECK(ids(db, QStringLiteral("helene"), QStringLiteral("ACME")) == std::string("m1"));
    CHECK(ids(db, QStringLiteral("0612345678"), QStringLiteral("BATI")) == std::string("m3"));
    CHECK(ids(db, QStringLiteral("helene"), QStringLiteral("NOPE")) == std::string());
    CHECK(ids(db, QStringLiteral("+33"), {}) == std::string("m5,m3,m2,m1"));
    CHECK(ids(db, QStringLiteral("+33"), {}, 2) == std::string("m5,m3"));
    CHECK(ids(db, QStringLiteral("+33"), {}, 0) == std::string());
    CHECK(ids(db, QStringLiteral("+33"), {}, -5) == std::string());
}

void checkSearchManyMatches(Database &db)
{
    // More matches than the "few" plan reads (2,000): the newest come first all the same, and the
    // client filter and number checks still hold. Dates are shuffled against the insertion order.
    MessageRepository repo(db);
    REQUIRE(db.beginWrite().ok());
    for (int i = 0; i < 2500; ++i) {
        const int minute = (i * 7919) % 2500; // a permutation of 0..2499
        Message m = make(QStringLiteral("n%1").arg(minute, 4, 10, QLatin1Char('0')),
                         minute % 2 ? QStringLiteral("ODD") : QStringLiteral("EVEN"),
                         QStringLiteral("+336%1").arg(10000000 + minute), QStringLiteral("Camille Durand"),
                         QStringLiteral("Rappeler demain"), minute);
        REQUIRE(repo.save(m).ok());
    }
    REQUIRE(db.connection().commit());
    CHECK(ids(db, QStringLiteral("camille"), {}, 3) == std::string("n2499,n2498,n2497"));
    CHECK(ids(db, QStringLiteral("rappeler durand"), QStringLiteral("EVEN"), 3) ==
          std::string("n2498,n2496,n2494"));
    CHECK(ids(db, QStringLiteral("+336"), {}, 2) == std::string("n2499,n2498"));
    CHECK(ids(db, QStringLiteral("06"), {}, 2).empty());
    CHECK(ids(db, QStringLiteral("+3361"), QStringLiteral("ODD"), 2) == std::string("n2499,n2497"));
    CHECK(ids(db, QStringLiteral("0610002499")) == std::string("n2499"));
    CHECK(ids(db, QStringLiteral("camille"), {}, 5000).size() == 2500 * 6 - 1);
}

void checkSearchHostileInput(Database &db)
{
    seed(db);
    // Query-language syntax is read as plain words, never as operators, and never as an SQL error.
    CHECK(ids(db, QStringLiteral("NEAR")) == std::string("m5"));
    CHECK(ids(db, QStringLiteral("OR")) == std::string("m5"));
    CHECK(ids(db, QStringLiteral("helene OR plombier")) == std::string()); // OR is a word here
    CHECK(ids(db, QStringLiteral("\"quoted\"")) == std::string("m5"));
    CHECK(ids(db, QStringLiteral("dupont*")) == std::string("m3,m1"));
    for (const QString &text :
         {QStringLiteral("\""), QStringLiteral("*"), QStringLiteral("'"),
          QStringLiteral("''; DROP TABLE messages; --"), QStringLiteral("NEAR(helene dupont, 2)"),
          QStringLiteral("caller_name:helene"), QStringLiteral("^helene"),
          QStringLiteral("helene & !dupont | (x)"), QStringLiteral("a:* & b"), QStringLiteral(""),
          QStringLiteral("   "), QStringLiteral("+"), QStringLiteral("+00"), QStringLiteral("%"),
          QStringLiteral("_"), QStringLiteral("\\"), QStringLiteral("😀 helene"), QStringLiteral("\u0301")}) {
        MessageSearch search(db);
        const Result<QList<Message>> found = search.search(MessageSearchRequest{text, {}, 50, {}});
        INFO("query: " << text.toStdString());
        CHECK(found.ok());
    }
    CHECK(ids(db, QStringLiteral("''; DROP TABLE messages; --")).empty());
    CHECK(ids(db, QStringLiteral("%")).empty());
    CHECK(ids(db, QStringLiteral("😀 helene")) == std::string("m3,m1"));
    // Binary and wrong encodings.
    const QByteArray binary("\x00\x01\xff\xfe\x80helene\x00\x1b[31m", 18);
    CHECK(ids(db, QString::fromLatin1(binary)).empty()); // read as Latin-1, "ÿþ" is a word no message has
    CHECK(ids(db, QString::fromUtf8("\xc3\x28\xa0\xa1 dupont")) == std::string("m3,m1"));
    // A 10,000-character paste costs one short query.
    CHECK(ids(db, QString(10000, QLatin1Char('a'))).empty());
    CHECK(ids(db, QStringLiteral("helene ").repeated(2000)) == std::string("m3,m1"));
    CHECK(ids(db, QStringLiteral("6").repeated(10000)).empty());
    // The store is intact.
    MessageRepository repo(db);
    CHECK(*repo.count() == 5);
}

void checkSearchFollowsEdits(Database &db)
{
    seed(db);
    MessageRepository repo(db);
    Message m = **repo.find(QStringLiteral("m4"));
    m.callerName = QStringLiteral("Anaïs Petit");
    m.callerNumber = QStringLiteral("+33711223344");
    REQUIRE(repo.save(m).ok());
    CHECK(ids(db, QStringLiteral("noel")).empty());
    CHECK(ids(db, QStringLiteral("anais")) == std::string("m4"));
    CHECK(ids(db, QStringLiteral("+32")).empty());
    CHECK(ids(db, QStringLiteral("07 11 22")) == std::string("m4"));
    CHECK(ids(db, QStringLiteral("belgique")) == std::string("m4")); // notes untouched
}

void checkAmendmentKeepsHistory(Database &db)
{
    seed(db);
    MessageRepository repo(db);
    const Message original = **repo.find(QStringLiteral("m2"));
    REQUIRE(original.revision == 1);

    Message edit = original;
    edit.notes = QStringLiteral("Fuite d'eau urgente au sous-sol. Plombier envoyé.");
    edit.urgency = QStringLiteral("urgent");
    edit.answers.insert(QStringLiteral("callback_number"), QStringLiteral("+33698765432"));
    const Result<Message> first = repo.amend(edit, QStringLiteral("sophie"), QStringLiteral("plumber sent"));
    INFO((first ? QString() : first.error().toString()).toStdString());
    REQUIRE(first.ok());
    CHECK(first->revision == 2);
    CHECK(first->updatedAt > original.updatedAt);
    CHECK(first->operatorLogin == QStringLiteral("claire")); // the author stays; the amender is in history

    const Message stored = **repo.find(QStringLiteral("m2"));
    CHECK(stored.revision == 2);
    CHECK(stored.notes == edit.notes);
    CHECK(stored.urgency == QStringLiteral("urgent"));
    CHECK(stored.answers.value(QStringLiteral("callback_number")) == QStringLiteral("+33698765432"));
    CHECK(stored.status == MessageStatus::Completed);
    CHECK(stored.createdAt == original.createdAt);
    CHECK(ids(db, QStringLiteral("plombier")) == std::string("m2")); // the amended words are searchable

    Message second = stored;
    second.callerName = QStringLiteral("Jean-Pierre Martineau");
    REQUIRE(repo.amend(second, QStringLiteral("claire")).ok());

    const Result<QList<MessageAmendment>> history = repo.amendments(QStringLiteral("m2"));
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    const MessageAmendment &a = history->at(0);
    CHECK(a.revision == 1);
    CHECK(a.amendedBy == QStringLiteral("sophie"));
    CHECK(a.reason == QStringLiteral("plumber sent"));
    CHECK(a.amendedAt.isValid());
    CHECK(a.previous.notes == original.notes);
    CHECK(a.previous.urgency == original.urgency);
    CHECK(a.previous.callerName == original.callerName);
    CHECK(a.previous.createdAt == original.createdAt);
    CHECK(a.previous.revision == 1);
    const MessageAmendment &b = history->at(1);
    CHECK(b.revision == 2);
    CHECK(b.previous.notes == edit.notes);
    CHECK(b.previous.callerName == original.callerName);
    CHECK((**repo.find(QStringLiteral("m2"))).revision == 3);
    CHECK(repo.amendments(QStringLiteral("m1"))->isEmpty());
}

void checkAmendmentRefusals(Database &db)
{
    seed(db);
    MessageRepository repo(db);
    Message draft = make(QStringLiteral("d1"), QStringLiteral("ACME"), QStringLiteral("+33600000001"),
                         QStringLiteral("Brouillon"), QStringLiteral("en cours"), 9);
    draft.status = MessageStatus::Draft;
    REQUIRE(repo.save(draft).ok());
    draft.notes = QStringLiteral("changed");
    const Result<Message> onDraft = repo.amend(draft, QStringLiteral("claire"));
    REQUIRE_FALSE(onDraft.ok());
    CHECK(onDraft.error().what.contains(QStringLiteral("draft")));

    Message missing = draft;
    missing.id = QStringLiteral("nope");
    CHECK_FALSE(repo.amend(missing, QStringLiteral("claire")).ok());

    // Two operators amend the same revision: the second is refused, nothing of it is stored.
    Message one = **repo.find(QStringLiteral("m1"));
    Message two = one;
    one.notes = QStringLiteral("first");
    two.notes = QStringLiteral("second");
    REQUIRE(repo.amend(one, QStringLiteral("claire")).ok());
    const Result<Message> late = repo.amend(two, QStringLiteral("sophie"));
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().what.contains(QStringLiteral("revision 2")));
    CHECK((**repo.find(QStringLiteral("m1"))).notes == QStringLiteral("first"));
    CHECK(repo.amendments(QStringLiteral("m1"))->size() == 1);
    CHECK_FALSE(repo.amend(**repo.find(QStringLiteral("m1")), QStringLiteral(" ")).ok()); // who amends?
}

} // namespace relais::test

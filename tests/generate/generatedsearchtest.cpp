// Search over generated messages at a size where its fast paths take over (a common word matching
// thousands, ends of numbers that also appear inside other numbers) gives exactly what a full scan
// of the store gives: the newest matches first.
#include "generate/datagenerator.h"
#include "messages/messagesearch.h"
#include "phone/phonenumbers.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/messagerepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace relais;

namespace {

struct GeneratedStore
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QList<Consignes> clients;

    explicit GeneratedStore(int messages)
    {
        PhoneNumbers phones;
        auto opened = Database::open(
            *DatabaseUrl::parse(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("s.db"))));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(db->migrate().ok());
        DataGenerator generator(phones, 77);
        clients = generator.clients(20);
        REQUIRE(ClientRepository(*db, phones).saveAll(clients, QStringLiteral("test")).ok());
        MessageRepository repo(*db);
        REQUIRE(db->beginWrite().ok());
        const QDateTime until(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
        for (const Message &m : generator.messages(clients, messages, until))
            REQUIRE(repo.save(m).ok());
        REQUIRE(db->connection().commit());
    }

    // The ids a full scan finds, newest first: `where` is a condition on messages.
    QStringList scan(const QString &where, const QVariant &value, int limit)
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT id FROM messages WHERE ") + where +
                  QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?"));
        if (value.isValid())
            q.addBindValue(value);
        q.addBindValue(limit);
        REQUIRE(q.exec());
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    }

    QStringList search(const QString &text, const QString &client = {}, int limit = 50)
    {
        const auto found = MessageSearch(*db).search(MessageSearchRequest{text, client, limit, {}});
        REQUIRE(found.ok());
        QStringList ids;
        for (const Message &m : *found)
            ids << m.id;
        return ids;
    }
};

} // namespace

TEST_CASE("a word in thousands of messages finds the newest ones, as a full scan does")
{
    GeneratedStore store(6000);
    // "rendez" is in a large share of the generated notes: far more than the few-matches path takes.
    const QStringList scanned = store.scan(QStringLiteral("notes LIKE '%rendez%'"), QVariant(), 50);
    REQUIRE(scanned.size() == 50);
    const QStringList found = store.search(QStringLiteral("rendez"));
    CHECK(found == scanned);
    // With a client: the client's newest among the matches.
    const QString code = store.clients.first().code;
    QSqlQuery q(store.db->connection());
    q.prepare(QStringLiteral("SELECT id FROM messages WHERE notes LIKE '%rendez%' AND client_code = ? "
                             "ORDER BY created_at DESC, id DESC LIMIT 20"));
    q.addBindValue(code);
    REQUIRE(q.exec());
    QStringList clientScan;
    while (q.next())
        clientScan << q.value(0).toString();
    REQUIRE_FALSE(clientScan.isEmpty());
    CHECK(store.search(QStringLiteral("rendez"), code, 20) == clientScan);
    // Limits above the matches and of one.
    CHECK(store.search(QStringLiteral("rendez"), {}, 1) == scanned.mid(0, 1));
}

TEST_CASE("an end of number finds only numbers ending so, newest first, even when other numbers hold it")
{
    GeneratedStore store(3000);
    QSqlQuery q(store.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT caller_number FROM messages ORDER BY id LIMIT 40")));
    QStringList numbers;
    while (q.next())
        numbers << q.value(0).toString();
    REQUIRE(numbers.size() == 40);
    for (const QString &number : numbers) {
        for (const int digits : {4, 6, 9}) {
            const QString end = number.right(digits);
            if (end.startsWith(QLatin1Char('0')))
                continue; // a leading 0 reads as a national number's start, not an end
            INFO(end.toStdString());
            const QStringList scanned =
                store.scan(QStringLiteral("caller_number LIKE ?"), QString(QLatin1Char('%') + end), 50);
            REQUIRE_FALSE(scanned.isEmpty());
            CHECK(store.search(end) == scanned);
        }
    }
    // Digits that start most numbers ("3361…" after "+") are not an end of number.
    const QStringList scanned =
        store.scan(QStringLiteral("caller_number LIKE ?"), QStringLiteral("%3361"), 50);
    CHECK(store.search(QStringLiteral("3361")) == scanned);
}

TEST_CASE("a message whose date or text changes is found under its new date and words only")
{
    GeneratedStore store(50);
    QSqlQuery q(store.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM messages ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    const QString id = q.value(0).toString();
    REQUIRE(
        q.exec(QStringLiteral("UPDATE messages SET notes = 'Zygomatique appel', created_at = 4102444800000 "
                              "WHERE id = '%1'")
                   .arg(id)));
    CHECK(store.search(QStringLiteral("zygomatique")) == QStringList{id});
    CHECK(store.search(QStringLiteral("zygomatique"), {}, 10) == QStringList{id});
    REQUIRE(q.exec(QStringLiteral("DELETE FROM messages WHERE id = '%1'").arg(id)));
    CHECK(store.search(QStringLiteral("zygomatique")).isEmpty());
    // The index stays consistent after updates and deletes.
    REQUIRE(q.exec(
        QStringLiteral("INSERT INTO fts_message_words (fts_message_words) VALUES ('integrity-check')")));
}

// The local outbox: what the sync must push is found without reading every message, and a mark
// is never cleared for a version the server has not got.
#include "sync/synctestsupport.h"

#include "storage/messagerepository.h"
#include "sync/messagerow.h"
#include "sync/syncledger.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QSqlRecord>

using namespace relais;
using test::Console;
using test::scalar;

namespace {

// Never contacted: these tests stay on the local store.
const QString kNoServer = QStringLiteral("postgresql://postgres@127.0.0.1:1/relais");

const QStringList kColumns{QStringLiteral("id"), QStringLiteral("revision"), QStringLiteral("updated_at"),
                           QStringLiteral("notes")};

qint64 outboxRows(Console &console)
{
    return scalar(*console.db, QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
}

// The version as stored (the store may move updated_at or the revision forward on save).
MessageVersion versionOf(Console &console, const Message &m)
{
    const std::optional<Message> stored = console.find(m.id);
    REQUIRE(stored.has_value());
    return MessageVersion{stored->revision, stored->updatedAt.toMSecsSinceEpoch()};
}

} // namespace

TEST_CASE("messages saved before the outbox existed are all marked once it is installed")
{
    Console console(kNoServer);
    for (int i = 0; i < 5; ++i)
        console.save(QStringLiteral("before %1").arg(i));
    SyncLedger ledger(*console.db, QStringLiteral("pull_cursor test"));
    REQUIRE(ledger.prepare().ok());
    CHECK(outboxRows(console) == 5);
    CHECK(*ledger.pendingCount() == 5);
    // Installing again (the next start) marks nothing twice.
    SyncLedger again(*console.db, QStringLiteral("pull_cursor test"));
    REQUIRE(again.prepare().ok());
    CHECK(outboxRows(console) == 5);
}

TEST_CASE("a save marks its message in the outbox and an acknowledged version clears the mark")
{
    Console console(kNoServer);
    SyncLedger ledger(*console.db, QStringLiteral("pull_cursor test"));
    REQUIRE(ledger.prepare().ok());
    CHECK(*ledger.pendingCount() == 0);

    const Message first = console.save(QStringLiteral("first"), 1'700'000'000'000);
    const Message second = console.save(QStringLiteral("second"), 1'700'000'001'000);
    CHECK(*ledger.pendingCount() == 2);
    const auto pending = ledger.pending(kColumns, 10);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 2);
    CHECK(pending->at(0).row.id == first.id); // marking order
    CHECK_FALSE(pending->at(0).base.has_value());

    const MessageVersion firstVersion = versionOf(console, first);
    REQUIRE(ledger.setBase(first.id, firstVersion).ok());
    CHECK(*ledger.pendingCount() == 1);
    CHECK(outboxRows(console) == 1);

    // Amended after its push: marked again, and the old base is offered with it.
    const Message amended = console.amend(first.id, QStringLiteral("first, amended"), 2, 1'700'000'002'000);
    CHECK(*ledger.pendingCount() == 2);
    const auto again = ledger.pending(kColumns, 10);
    REQUIRE(again.ok());
    REQUIRE(again->size() == 2);
    CHECK(again->at(1).row.id == first.id);
    REQUIRE(again->at(1).base.has_value());
    CHECK(*again->at(1).base == firstVersion);
    CHECK(again->at(1).row.version == versionOf(console, amended));
}

TEST_CASE("a message amended while its push is in flight stays waiting")
{
    Console console(kNoServer);
    SyncLedger ledger(*console.db, QStringLiteral("pull_cursor test"));
    REQUIRE(ledger.prepare().ok());
    const Message pushed = console.save(QStringLiteral("as pushed"), 1'700'000'000'000);
    const auto inFlight = ledger.pending(kColumns, 10);
    REQUIRE(inFlight.ok());
    REQUIRE(inFlight->size() == 1);

    // The operator amends it after the push read it and before the push was recorded.
    console.amend(pushed.id, QStringLiteral("amended meanwhile"), 2, 1'700'000'005'000);
    REQUIRE(ledger.setBase(pushed.id, inFlight->first().row.version).ok());
    CHECK(*ledger.pendingCount() == 1);
    const auto next = ledger.pending(kColumns, 10);
    REQUIRE(next.ok());
    REQUIRE(next->size() == 1);
    CHECK(next->first().row.version.revision == 2);
}

TEST_CASE("the pending scan reads the outbox, not every message")
{
    Console console(kNoServer);
    SyncLedger ledger(*console.db, QStringLiteral("pull_cursor test"));
    REQUIRE(ledger.prepare().ok());
    // A row written behind the triggers' back: a scan of the messages table would call it waiting
    // (no acknowledged version); the outbox never heard of it.
    QSqlQuery raw(console.db->connection());
    REQUIRE(raw.exec(QStringLiteral("DROP TRIGGER messages_outbox_insert")));
    console.save(QStringLiteral("unmarked"));
    CHECK(*ledger.pendingCount() == 0);
    const auto pending = ledger.pending(kColumns, 10);
    REQUIRE(pending.ok());
    CHECK(pending->isEmpty());
}

TEST_CASE("outbox marks of deleted or settled messages are tidied away, pending ones kept")
{
    Console console(kNoServer);
    SyncLedger ledger(*console.db, QStringLiteral("pull_cursor test"));
    REQUIRE(ledger.prepare().ok());
    const Message gone = console.save(QStringLiteral("deleted"), 1'700'000'000'000);
    const Message settled = console.save(QStringLiteral("settled"), 1'700'000'001'000);
    console.save(QStringLiteral("waiting"), 1'700'000'002'000);

    QSqlQuery raw(console.db->connection());
    REQUIRE(raw.exec(QStringLiteral("DELETE FROM messages WHERE id = '%1'").arg(gone.id)));
    CHECK(outboxRows(console) == 2); // the delete trigger took its mark
    // Acknowledged behind the ledger's back (as an older console would): the mark lingers.
    REQUIRE(raw.exec(QStringLiteral("INSERT INTO sync_pushed (message_id, revision, updated_at) "
                                    "SELECT id, revision, updated_at FROM messages WHERE id = '%1'")
                         .arg(settled.id)));
    CHECK(outboxRows(console) == 2);
    CHECK(*ledger.pendingCount() == 1);

    const auto pruned = ledger.pruneSettled();
    REQUIRE(pruned.ok());
    CHECK(*pruned == 1);
    CHECK(outboxRows(console) == 1);
    CHECK(*ledger.pendingCount() == 1);
    CHECK(*ledger.pruneSettled() == 0);
}

TEST_CASE("one ledger records many bases through its prepared statements, each clearing its own mark")
{
    Console console(kNoServer);
    SyncLedger ledger(*console.db, QStringLiteral("pull_cursor test"));
    REQUIRE(ledger.prepare().ok());
    QList<Message> saved;
    for (int i = 0; i < 4; ++i)
        saved << console.save(QStringLiteral("message %1").arg(i), 1'700'000'000'000 + i * 1000);
    CHECK(*ledger.pendingCount() == 4);
    // The third is amended after its push was read: its old version must not clear its mark.
    const MessageVersion stale = versionOf(console, saved[2]);
    console.amend(saved[2].id, QStringLiteral("amended"), 2, 1'700'000'009'000);
    for (const Message &m : saved)
        REQUIRE(ledger.setBase(m.id, m.id == saved[2].id ? stale : versionOf(console, m)).ok());
    CHECK(*ledger.pendingCount() == 1);
    const auto left = ledger.pending(kColumns, 10);
    REQUIRE(left.ok());
    REQUIRE(left->size() == 1);
    CHECK(left->first().row.id == saved[2].id);
}

TEST_CASE("a row writer copies rows with one statement and names the row it cannot write")
{
    Console console(kNoServer);
    const Message a = console.save(QStringLiteral("a"), 1'700'000'000'000);
    const Message b = console.save(QStringLiteral("b"), 1'700'000'001'000);
    // Every column, as the sync copies them.
    QStringList columns;
    const QSqlRecord record = console.db->connection().record(QStringLiteral("messages"));
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    const qsizetype notesAt = columns.indexOf(QStringLiteral("notes"));
    REQUIRE(notesAt >= 0);
    const auto rows = messagerows::fetch(*console.db, columns, {a.id, b.id});
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);

    messagerows::RowWriter writer(*console.db, columns);
    for (MessageRow row : *rows) {
        row.values[notesAt] = QString(QStringLiteral("copied ") + row.id);
        const Status written = writer.write(row);
        INFO((written.ok() ? QString() : written.error().toString()).toStdString());
        REQUIRE(written.ok());
    }
    CHECK(console.find(a.id)->notes == QStringLiteral("copied ") + a.id);
    CHECK(console.find(b.id)->notes == QStringLiteral("copied ") + b.id);

    // A row missing a value is refused, by id, and the row keeps what it had.
    MessageRow truncated = rows->first(); // fetch() keeps no order: a or b
    truncated.values.removeLast();
    const Status refused = writer.write(truncated);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().toString().contains(truncated.id));
    CHECK(console.find(truncated.id)->notes == QStringLiteral("copied ") + truncated.id);

    // A column the table does not have: the statement cannot be prepared; said, nothing written.
    messagerows::RowWriter wrong(*console.db, columns + QStringList{QStringLiteral("no_such_column")});
    MessageRow extra = rows->first();
    extra.values << QStringLiteral("x");
    const Status unprepared = wrong.write(extra);
    REQUIRE_FALSE(unprepared.ok());
    CHECK(unprepared.error().toString().contains(extra.id));
}

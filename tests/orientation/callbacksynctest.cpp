// Callbacks on PostgreSQL: the columns of migration 0012 on the team's database, and the sync row
// carrying a message's callback from a console's SQLite store to it (and back) unchanged.
#include "storage/database.h"
#include "storage/databaseurl.h"
#include "storage/messagerepository.h"
#include "support/testsupport.h"
#include "sync/messagerow.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace relais;

namespace {

std::unique_ptr<Database> migrated(const QString &url)
{
    auto opened = Database::open(DatabaseUrl::parse(url).value());
    REQUIRE(opened.ok());
    auto db = std::move(opened).value();
    const Status done = db->migrate();
    INFO((done ? QString() : done.error().toString()).toStdString());
    REQUIRE(done.ok());
    return db;
}

} // namespace

TEST_CASE("a message's callback travels in the sync row to PostgreSQL and back")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto local = migrated(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("desk.db")));
    auto server = migrated(test::freshPostgresDatabase(QStringLiteral("orientation")));

    const auto columns = messagerows::sharedColumns(*local, *server);
    REQUIRE(columns.ok());
    for (const char *column : {"callback_at", "callback_number", "callback_state"})
        CHECK(columns->contains(QLatin1String(column)));

    Message m;
    m.id = QStringLiteral("0b9d7e52-5f7e-4a53-9a51-1f0f5c9e0001");
    m.clientCode = QStringLiteral("PLOMBERIE-MARTIN");
    m.callerNumber = QStringLiteral("+33611223344");
    m.status = MessageStatus::Completed;
    m.createdAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    m.callback = {QDateTime(QDate(2026, 11, 23), QTime(10, 30), Qt::UTC), QStringLiteral("+33611223344"),
                  CallbackState::Attempted};
    MessageRepository desk(*local);
    REQUIRE(desk.save(m).ok());

    const auto rows = messagerows::fetch(*local, *columns, {m.id});
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    REQUIRE(messagerows::upsert(*server, *columns, rows->first()).ok());
    MessageRepository team(*server);
    const auto found = team.find(m.id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->callback == m.callback);

    // Done on the team's database (another console dialed it) comes back to this desk.
    Message done = **found;
    done.callback.state = CallbackState::Done;
    REQUIRE(team.save(done).ok());
    const auto back = messagerows::fetch(*server, *columns, {m.id});
    REQUIRE(back.ok());
    REQUIRE(messagerows::upsert(*local, *columns, back->first()).ok());
    CHECK(desk.find(m.id).value()->callback.state == CallbackState::Done);
}

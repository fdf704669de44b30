// Console helpers for the sync tests: messages saved through MessageRepository, as the console does.
#include "sync/synctestsupport.h"

#include "common/clock.h"
#include "storage/messagerepository.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace relais::test {

namespace {

const SystemClock systemClock;

} // namespace

std::unique_ptr<Database> openUrl(const QString &url)
{
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    REQUIRE(parsed.ok());
    Result<std::unique_ptr<Database>> db = Database::open(*parsed);
    if (!db)
        FAIL(db.error().toString().toStdString());
    return std::move(db).value();
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        FAIL(sql.toStdString() << ": " << query.lastError().text().toStdString());
    return query.value(0).toLongLong();
}

Console::Console(const QString &sharedUrl, int batchSize)
{
    db = openUrl(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("local.db")));
    REQUIRE(db->migrate().ok());
    engine = std::make_unique<SyncEngine>(*db, *DatabaseUrl::parse(sharedUrl), systemClock, batchSize);
}

Message Console::save(const QString &notes, qint64 updatedAtMs)
{
    Message m;
    m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.callId = QStringLiteral("call-") + m.id.left(8);
    m.clientCode = QStringLiteral("C001");
    m.callerNumber = QStringLiteral("+33612345678");
    m.notes = notes;
    m.status = MessageStatus::Completed;
    m.createdAt =
        updatedAtMs ? QDateTime::fromMSecsSinceEpoch(updatedAtMs, Qt::UTC) : QDateTime::currentDateTimeUtc();
    m.updatedAt = m.createdAt;
    const Status saved = MessageRepository(*db).save(m);
    if (!saved)
        FAIL(saved.error().toString().toStdString());
    return m;
}

Message Console::amend(const QString &id, const QString &notes, int revision, qint64 updatedAtMs)
{
    std::optional<Message> m = find(id);
    REQUIRE(m.has_value());
    m->notes = notes;
    m->revision = revision;
    m->updatedAt = QDateTime::fromMSecsSinceEpoch(updatedAtMs, Qt::UTC);
    const Status saved = MessageRepository(*db).save(*m);
    if (!saved)
        FAIL(saved.error().toString().toStdString());
    return *find(id);
}

std::optional<Message> Console::find(const QString &id)
{
    Result<std::optional<Message>> found = MessageRepository(*db).find(id);
    REQUIRE(found.ok());
    return *found;
}

qint64 Console::count()
{
    return scalar(*db, QStringLiteral("SELECT COUNT(*) FROM messages"));
}

qint64 Console::conflictRows()
{
    return scalar(*db, QStringLiteral("SELECT COUNT(*) FROM message_conflicts"));
}

} // namespace relais::test

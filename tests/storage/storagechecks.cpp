// Storage behaviour checks run against both engines (see storagechecks.h).
#include "storage/storagechecks.h"

#include "support/testsupport.h"

#include "messages/message.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "storage/migrationrunner.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QSqlRecord>

namespace relais::test {

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QList<Migration> loadSet(const QString &name)
{
    const Result<QList<Migration>> set = MigrationRunner::load(dataPath(QStringLiteral("storage/") + name));
    INFO((set ? QString() : set.error().toString()).toStdString());
    REQUIRE(set.ok());
    return *set;
}

Message makeMessage(const QString &id, const QString &client, const QString &caller, qint64 createdAtMs)
{
    Message m;
    m.id = id;
    m.callId = QStringLiteral("call-") + id;
    m.clientCode = client;
    m.callerNumber = caller;
    m.callerName = QStringLiteral("Mme Dupré");
    m.answers = {{QStringLiteral("object"), QStringLiteral("Rendez-vous à déplacer")},
                 {QStringLiteral("callback_number"), QStringLiteral("+33612345678")}};
    m.notes = QStringLiteral("Souhaite déplacer son rendez-vous de jeudi.");
    m.urgency = QStringLiteral("normal");
    m.status = MessageStatus::Completed;
    m.consignesVersion = 3;
    m.operatorLogin = QStringLiteral("claire");
    m.createdAt = QDateTime::fromMSecsSinceEpoch(createdAtMs, Qt::UTC);
    m.updatedAt = m.createdAt;
    return m;
}

} // namespace

std::unique_ptr<Database> openOrFail(const QString &url)
{
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    INFO((parsed ? QString() : parsed.error().toString()).toStdString());
    REQUIRE(parsed.ok());
    Result<std::unique_ptr<Database>> db = Database::open(*parsed);
    INFO((db ? QString() : db.error().toString()).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

QMap<QString, QStringList> schemaOf(Database &db)
{
    QMap<QString, QStringList> schema;
    for (const QString &table : db.connection().tables(QSql::Tables)) {
        // fts_*: SQLite's FTS5 search tables and their shadow tables (migration 0005); PostgreSQL
        // searches through indexes instead, so they are not part of the shared schema.
        if (table.startsWith(QLatin1String("sqlite_")) || table.startsWith(QLatin1String("fts_")))
            continue;
        const QSqlRecord record = db.connection().record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i).toLower();
        columns.sort();
        schema.insert(table.toLower(), columns);
    }
    return schema;
}

void checkMigratesFromEmptyAndRerunIsNoOp(Database &db)
{
    REQUIRE(db.schemaVersion() == 0);
    REQUIRE(Database::latestSchemaVersion() >= 1);
    const Status first = db.migrate();
    INFO((first ? QString() : first.error().toString()).toStdString());
    REQUIRE(first.ok());
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    const QMap<QString, QStringList> schema = schemaOf(db);
    for (const char *table : {"clients", "client_numbers", "consigne_versions", "calls", "messages",
                              "reviews", "operators", "audit_log", "sync_state", "schema_version"})
        CHECK(schema.contains(QString::fromLatin1(table)));
    CHECK(schema.value(QStringLiteral("messages")).contains(QStringLiteral("caller_number")));
    const qint64 rows = scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version"));
    CHECK(rows == Database::latestSchemaVersion());

    const Status again = db.migrate();
    REQUIRE(again.ok());
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")) == rows);
    CHECK(schemaOf(db) == schema);
}

void checkBrokenMigrationRollsBack(Database &db)
{
    MigrationRunner runner(db);
    const Status status = runner.apply(loadSet(QStringLiteral("broken-migrations")));
    REQUIRE_FALSE(status.ok());
    const QString what = status.error().what;
    INFO(what.toStdString());
    CHECK(what.contains(QStringLiteral("0002_broken.sql")));
    CHECK(what.contains(QStringLiteral("stays at version 1")));
    CHECK(what.contains(QStringLiteral("statement 3")));
    CHECK(status.error().where == db.url().redacted());
    CHECK(db.schemaVersion() == 1);
    const QMap<QString, QStringList> schema = schemaOf(db);
    CHECK(schema.contains(QStringLiteral("first_table")));
    CHECK_FALSE(schema.contains(QStringLiteral("half_done")));
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM first_table")) == 0);
}

void checkPlaceholdersAndQuotedSemicolons(Database &db)
{
    MigrationRunner runner(db);
    const Status status = runner.apply(loadSet(QStringLiteral("newer-migrations")));
    INFO((status ? QString() : status.error().toString()).toStdString());
    REQUIRE(status.ok());
    CHECK(db.schemaVersion() == 2);
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT id, note FROM second_table")));
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() == 1); // {{id}} numbers rows by itself
    CHECK(query.value(1).toString() == QStringLiteral("it's; fine"));
    REQUIRE(query.exec(QStringLiteral("INSERT INTO second_table (payload) VALUES (NULL)")));
    REQUIRE(query.exec(QStringLiteral("SELECT note FROM second_table ORDER BY id DESC")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("a; b"));
}

void checkNewerSchemaRefused(Database &db)
{
    REQUIRE(db.migrate().ok());
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO schema_version (version, name, applied_at) VALUES (99, '0099_future.sql', 0)")));
    CHECK(db.schemaVersion() == 99);
    const Status status = db.migrate();
    REQUIRE_FALSE(status.ok());
    INFO(status.error().toString().toStdString());
    CHECK(status.error().what.contains(QStringLiteral("version 99, newer than this Relais knows")));
    CHECK(status.error().what.contains(QStringLiteral("upgrade Relais")));
    CHECK(status.error().where == db.url().redacted());
    CHECK(db.schemaVersion() == 99);
}

void checkMessageSaveRecentHistory(Database &db)
{
    REQUIRE(db.migrate().ok());
    MessageRepository messages(db);
    const QString caller = QStringLiteral("+33612345678");
    const qint64 t0 = 1'717'000'000'000; // 2024-05-29
    REQUIRE(messages.save(makeMessage(QStringLiteral("a1"), QStringLiteral("CAB-LEROY"), caller, t0)).ok());
    REQUIRE(messages.save(makeMessage(QStringLiteral("a2"), QStringLiteral("CAB-LEROY"), caller, t0 + 60'000))
                .ok());
    REQUIRE(messages
                .save(makeMessage(QStringLiteral("a3"), QStringLiteral("CAB-LEROY"),
                                  QStringLiteral("+33145678901"), t0 + 120'000))
                .ok());
    Message other =
        makeMessage(QStringLiteral("b1"), QStringLiteral("PLOMBERIE-MARTIN"), caller, t0 + 180'000);
    other.notes = QString(40, QLatin1Char('x')) + QStringLiteral(" ") + QString(30, QLatin1Char('y')) +
                  QStringLiteral(" tail words that go past the excerpt length\nand a second line");
    other.incomplete = true;
    REQUIRE(messages.save(other).ok());

    const Result<qint64> count = messages.count();
    REQUIRE(count.ok());
    CHECK(*count == 4);

    const Result<QList<Message>> recent = messages.recent(3);
    REQUIRE(recent.ok());
    REQUIRE(recent->size() == 3);
    CHECK(recent->at(0).id == QStringLiteral("b1"));
    CHECK(recent->at(1).id == QStringLiteral("a3"));
    CHECK(recent->at(2).id == QStringLiteral("a2"));
    const Message &read = recent->at(2);
    const Message written =
        makeMessage(QStringLiteral("a2"), QStringLiteral("CAB-LEROY"), caller, t0 + 60'000);
    CHECK(read.answers == written.answers);
    CHECK(read.callerName == written.callerName);
    CHECK(read.notes == written.notes);
    CHECK(read.status == MessageStatus::Completed);
    CHECK(read.consignesVersion == 3);
    CHECK(read.createdAt == written.createdAt);
    CHECK(read.createdAt.timeSpec() == Qt::UTC);
    CHECK(recent->at(0).incomplete);

    // Upsert by id: the same message saved again is updated, not doubled.
    Message edited = read;
    edited.status = MessageStatus::Delivered;
    edited.notes = QStringLiteral("Rappeler après 14 h.");
    REQUIRE(messages.save(edited).ok());
    CHECK(*messages.count() == 4);
    const QList<Message> after = *messages.recent(10);
    const auto found = std::find_if(after.begin(), after.end(),
                                    [](const Message &m) { return m.id == QStringLiteral("a2"); });
    REQUIRE(found != after.end());
    CHECK(found->status == MessageStatus::Delivered);
    CHECK(found->notes == QStringLiteral("Rappeler après 14 h."));
    CHECK(found->revision == read.revision + 1);
    CHECK(found->updatedAt > read.updatedAt);
    CHECK(found->createdAt == read.createdAt);

    const QList<MessageSummary> history = messages.history(QStringLiteral("CAB-LEROY"), caller, 10);
    REQUIRE(history.size() == 2);
    CHECK(history[0].id == QStringLiteral("a2"));
    CHECK(history[1].id == QStringLiteral("a1"));
    CHECK(history[0].excerpt == QStringLiteral("Rappeler après 14 h."));
    CHECK(history[0].status == MessageStatus::Delivered);
    CHECK(messages.history(QStringLiteral("CAB-LEROY"), caller, 1).size() == 1);
    CHECK(messages.history(QStringLiteral("NOBODY"), caller, 10).isEmpty());

    const QList<MessageSummary> long_ = messages.history(QStringLiteral("PLOMBERIE-MARTIN"), caller, 10);
    REQUIRE(long_.size() == 1);
    CHECK(long_[0].excerpt.size() <= 81);
    CHECK(long_[0].excerpt.endsWith(QStringLiteral("…")));
    CHECK_FALSE(long_[0].excerpt.contains(QLatin1Char('\n')));
    CHECK(long_[0].incomplete);
}

} // namespace relais::test

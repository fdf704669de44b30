// An open database connection (SQLite or PostgreSQL) and its schema migrations.
#pragma once

#include "common/result.h"
#include "storage/databaseurl.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace relais {

class Database final
{
public:
    // Opens (and for SQLite, creates) the database. Refuses a file that is not a SQLite database or
    // that holds tables but no Relais schema. Errors name the URL, redacted.
    // `connectionName` must be unique per thread; empty makes one.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url, QString connectionName = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Applies every migration newer than the schema, each in one transaction. Re-running is a no-op.
    Status migrate();
    int schemaVersion() const;        // 0 for an empty database
    static int latestSchemaVersion(); // the highest numbered migration shipped

    // Starts a transaction that will write. On SQLite it takes the write lock at once (BEGIN IMMEDIATE),
    // so a transaction that reads before writing waits for another writer (busy_timeout) instead of
    // failing half-way; end it with connection().commit() or rollback().
    Status beginWrite();

    QSqlDatabase &connection() { return m_db; }
    const QSqlDatabase &connection() const { return m_db; }
    DatabaseUrl::Engine engine() const { return m_url.engine; }
    const DatabaseUrl &url() const { return m_url; }

private:
    Database(DatabaseUrl url, QSqlDatabase db);

    DatabaseUrl m_url;
    QSqlDatabase m_db;
};

} // namespace relais

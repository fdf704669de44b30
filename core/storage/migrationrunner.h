// Applies numbered SQL migrations to a database, each in one transaction with its schema_version row.
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace relais {

class Database;

// One numbered migration: "0002_add_reviews.sql" -> version 2, name "0002_add_reviews.sql".
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

class MigrationRunner final
{
public:
    explicit MigrationRunner(Database &db);

    // The migrations compiled into the program (:/migrations/NNNN_name.sql), in order.
    static Result<QList<Migration>> shipped();
    // Reads NNNN_name.sql files from a directory (a Qt resource path or a real one), in order.
    // Refuses a name without a number, two files with one number, and a gap in the numbering.
    static Result<QList<Migration>> load(const QString &directory);

    // Applies every migration newer than the database's schema version, each in its own transaction
    // together with its schema_version row, so a failure leaves the schema at the previous version.
    // Refuses a database whose schema is newer than the last migration given.
    Status apply(const QList<Migration> &migrations);

    // Current schema version: 0 when the database has no schema_version table yet.
    Result<int> currentVersion() const;
    static Result<int> versionOf(const Database &db);

    // The engine-specific text for each {{placeholder}} in a migration (see migrationrunner.cpp).
    static Result<QString> expandPlaceholders(const QString &sql, bool postgres, const QString &source);
    // The lines of a migration meant for this engine: "-- engine: sqlite|postgresql|all" lines switch
    // (see migrationrunner.cpp); lines for the other engine become blank.
    static QString forEngine(const QString &sql, bool postgres);
    // Splits a script into statements at ';', ignoring ones inside quotes and comments and inside a
    // CREATE TRIGGER … BEGIN … END body.
    static QStringList splitStatements(const QString &sql);

private:
    Status applyOne(const Migration &migration);

    Database &m_db;
};

} // namespace relais

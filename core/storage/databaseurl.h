// A database named by a URL: sqlite:///path/file.db or postgresql://user[:password]@host[:port]/db[?sslmode=…].
#pragma once

#include "common/result.h"

#include <QMap>
#include <QString>

namespace relais {

struct DatabaseUrl
{
    enum class Engine { Sqlite, Postgres };

    Engine engine = Engine::Sqlite;
    QString path;       // SQLite file (absolute)
    QString host;       // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QMap<QString, QString> options; // sslmode, sslrootcert, connect_timeout, application_name

    // Errors name the URL (with any password masked) and what is wrong in it.
    static Result<DatabaseUrl> parse(const QString &text);
    // The embedded default: a SQLite file in the user's data directory.
    static DatabaseUrl defaultLocal();

    QString toString() const; // with the password
    QString redacted() const; // for logs and messages: the password masked
};

} // namespace relais

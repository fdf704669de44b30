// A database named by a URL: sqlite:///path/file.db or
// postgresql://user[:password]@host[:port]/db[?sslmode=…].
#pragma once

#include "common/result.h"

#include <QMap>
#include <QString>

namespace relais {

// Accepted forms (nothing else; every other input is an Error naming what is wrong):
//   sqlite:///absolute/path/file.db   an absolute path (three slashes)
//   sqlite://~/relative/to/home.db    a path under the user's home directory
//   postgresql://[user[:password]@]host[:port]/database[?option=value&…]   ("postgres://" too)
//     host: a name, an IPv4 address or [an IPv6 address]; port 1–65535, default 5432.
//     options: sslmode (disable|allow|prefer|require|verify-ca|verify-full), sslrootcert (a path),
//              connect_timeout (seconds, 0–3600; 5 when absent), application_name.
// User, password, database, path and option values are percent-decoded ("%40" is '@'); write a
// space, a non-ASCII letter or a reserved character percent-encoded. A URL with spaces, control or
// non-ASCII characters, a fragment, or SQLite options is refused rather than guessed at.
struct DatabaseUrl
{
    enum class Engine
    {
        Sqlite,
        Postgres
    };

    Engine engine = Engine::Sqlite;
    QString path; // SQLite file (absolute)
    QString host; // PostgreSQL
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

    bool operator==(const DatabaseUrl &) const = default;
};

} // namespace relais

// The driver's reason for a failed SQL call, on one line, for Error::what and the log.
#pragma once

#include <QSqlError>
#include <QString>

namespace relais {

// PostgreSQL's messages span several lines ("LINE 1: …", a caret under the spot, Qt's own suffix);
// the first line of the database's text says what went wrong, so only that is kept.
inline QString sqlErrorText(const QSqlError &error)
{
    const QString database = error.databaseText().trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    return database.isEmpty() ? error.text().simplified() : database;
}

} // namespace relais

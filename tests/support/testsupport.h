// Helpers shared by tests: temporary files, fixture paths, the test PostgreSQL URL, event waits.
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <functional>

namespace relais::test {

// Absolute path of a file in tests/data.
QString dataPath(const QString &relative);
QByteArray readData(const QString &relative);

// The PostgreSQL started by scripts/test (RELAIS_TEST_POSTGRES_URL). Fails the current test with a
// clear message when it is not set: run the suite through scripts/test, or exclude -LE postgres.
QString postgresUrl();
// A fresh, empty PostgreSQL database on that server (created with a unique name), as a URL.
QString freshPostgresDatabase(const QString &prefix);

// Runs the event loop until `done` is true or `timeoutMs` passes; returns `done()`.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000);

} // namespace relais::test

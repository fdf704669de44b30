// A PostgreSQL server of the test's own (initdb in a temp dir, a free port from 55440), so a test
// can stop and start it without disturbing the shared test server other tests use.
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace relais::test {

class PrivatePostgres final
{
public:
    PrivatePostgres(); // initdb and start; check error() before use
    ~PrivatePostgres();
    PrivatePostgres(const PrivatePostgres &) = delete;
    PrivatePostgres &operator=(const PrivatePostgres &) = delete;

    bool start();
    bool stop();
    QString url() const; // postgresql://postgres@127.0.0.1:PORT/postgres
    QString error() const { return m_error; }

private:
    bool run(const QString &program, const QStringList &args);

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace relais::test

// Runs initdb and pg_ctl for a throwaway server; as root they run as the postgres user.
#include "sync/privatepostgres.h"

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>

#include <unistd.h>

namespace relais::test {

namespace {

int freePort()
{
    for (int port = 55440; port < 55500; ++port) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, static_cast<quint16>(port)))
            return port;
    }
    return 0;
}

} // namespace

PrivatePostgres::PrivatePostgres()
{
    m_bin = qEnvironmentVariable("RELAIS_TEST_PGBIN", QStringLiteral("/usr/lib/postgresql/15/bin"));
    m_port = freePort();
    if (!m_dir.isValid() || m_port == 0) {
        m_error = QStringLiteral("no temporary directory or no free port");
        return;
    }
    if (geteuid() == 0 && !run(QStringLiteral("chown"), {QStringLiteral("postgres:"), m_dir.path()}))
        return;
    if (!run(m_bin + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-U"),
              QStringLiteral("postgres"), QStringLiteral("--auth=trust"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")}))
        return;
    start();
}

PrivatePostgres::~PrivatePostgres()
{
    if (m_running)
        stop();
}

bool PrivatePostgres::run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (geteuid() == 0 && program != QLatin1String("chown"))
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), program} +
                                                     args);
    else
        process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(process.readAll());
        return false;
    }
    return true;
}

bool PrivatePostgres::start()
{
    m_running = run(m_bin + QStringLiteral("/pg_ctl"),
                    {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                     m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("start"),
                     QStringLiteral("-o"),
                     QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                         .arg(m_port)
                         .arg(m_dir.path())});
    return m_running;
}

bool PrivatePostgres::stop()
{
    const bool stopped =
        run(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    if (stopped)
        m_running = false;
    return stopped;
}

QString PrivatePostgres::url() const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(m_port);
}

} // namespace relais::test

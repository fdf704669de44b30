// Starts and stops tests/transport/smtpserver.py for the email tests.
#include "smtptestserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>

namespace relais::test {

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

QString scriptPath()
{
    return QStringLiteral(RELAIS_SOURCE_DIR "/tests/transport/smtpserver.py");
}

} // namespace

SmtpTestServer::SmtpTestServer(QStringList extraArgs, bool withCertificate)
{
    const QString maildir = m_dir.filePath(QStringLiteral("mail"));
    QDir().mkpath(maildir);
    if (withCertificate) {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                       QStringLiteral("-out"), certificateFile()});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
            m_error = QStringLiteral("openssl req -x509 failed: ") +
                      QString::fromUtf8(openssl.readAllStandardError());
            return;
        }
        extraArgs << QStringLiteral("--cert") << certificateFile() << QStringLiteral("--key")
                  << m_dir.filePath(QStringLiteral("key.pem"));
    }
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(kPython,
                    QStringList{QStringLiteral("-u"), scriptPath(), QStringLiteral("--maildir"), maildir} +
                        extraArgs);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot run %1: %2").arg(kPython, m_process.errorString());
        return;
    }
    QByteArray out;
    while (!out.contains('\n')) {
        if (!m_process.waitForReadyRead(15000))
            break;
        out += m_process.readAllStandardOutput();
    }
    if (out.startsWith("PORT ")) {
        m_port = out.mid(5).trimmed().toInt();
        return;
    }
    m_process.waitForFinished(2000);
    const QString err = QString::fromUtf8(m_process.readAllStandardError());
    m_error = m_process.exitCode() == 3 ? QStringLiteral("python3-aiosmtpd is missing: run scripts/test (it "
                                                         "installs it) or apt-get install python3-aiosmtpd")
                                        : QStringLiteral("the SMTP test server did not start: ") + err;
}

SmtpTestServer::~SmtpTestServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString SmtpTestServer::certificateFile() const
{
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

QList<QJsonObject> SmtpTestServer::mails() const
{
    QList<QJsonObject> out;
    for (int i = 1;; ++i) {
        QFile f(m_dir.filePath(QStringLiteral("mail/mail-%1.json").arg(i)));
        if (!f.open(QIODevice::ReadOnly))
            break;
        out.append(QJsonDocument::fromJson(f.readAll()).object());
    }
    return out;
}

QByteArray SmtpTestServer::rawMail(int index) const
{
    QFile f(m_dir.filePath(QStringLiteral("mail/mail-%1.eml").arg(index)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int closedLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const int port = server.serverPort();
    server.close();
    return port;
}

} // namespace relais::test

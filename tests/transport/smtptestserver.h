// A real SMTP server (tests/transport/smtpserver.py on aiosmtpd) run by a test on a free loopback port,
// killed when the guard goes out of scope, whatever the test's path.
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace relais::test {

class SmtpTestServer final
{
public:
    // `extraArgs`: --starttls, --implicit-tls, --auth user:pw, --drop-in-data, --reject-rcpt ADDR…
    // (--cert/--key are added when `withCertificate`). Fails the current test when it cannot start,
    // including when python3-aiosmtpd is missing.
    explicit SmtpTestServer(QStringList extraArgs, bool withCertificate = false);
    ~SmtpTestServer();
    SmtpTestServer(const SmtpTestServer &) = delete;
    SmtpTestServer &operator=(const SmtpTestServer &) = delete;

    bool started() const { return m_port != 0; }
    int port() const { return m_port; }
    QString certificateFile() const; // the self-signed certificate (CN and SAN 127.0.0.1)
    QString startError() const { return m_error; }

    // The mails received so far, in order: the JSON written by the server for each.
    QList<QJsonObject> mails() const;
    QByteArray rawMail(int index) const; // 1-based, as the server numbers them

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

// A port on 127.0.0.1 nobody listens on (bound, then released).
int closedLoopbackPort();

} // namespace relais::test

// An in-process Asterisk Manager Interface server on loopback for tests: speaks the real wire
// format (banner, Login, Ping) and is scripted by the test: accept or refuse the login, send
// transcript bytes in chosen chunks, drop the connection, stop and resume listening.
#pragma once

#include "cti/amimessage.h"
#include "cti/amiparser.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace relais::test {

class FakeAmiServer final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QByteArray banner = "Asterisk Call Manager/11.0.0\r\n";
        bool acceptLogin = true;
        QByteArray refusal = "Authentication failed";
        bool answerPings = true;
        // Answers any other action (the bytes to send back: a Response, then events); unset: an error.
        std::function<QByteArray(const AmiMessage &action)> onAction;
    };

    FakeAmiServer()
        : FakeAmiServer(Options())
    {}
    explicit FakeAmiServer(Options options);

    bool listen(quint16 port = 0); // loopback; 0 picks a free port
    void close();                  // stops listening and drops the client
    quint16 port() const { return m_port; }
    Options &options() { return m_options; }

    bool hasClient() const { return m_client != nullptr; }
    // Sends bytes to the connected client, in writes of `chunkSize` bytes (0: one write), each flushed.
    void send(const QByteArray &bytes, int chunkSize = 0);
    void dropClient();

    int connections() const { return m_connections; }
    int logins() const { return m_logins; }
    int acceptedLogins() const { return m_acceptedLogins; }
    int pings() const { return m_pings; }
    const AmiMessage &lastLogin() const { return m_lastLogin; }
    // Every action other than Login and Ping, in the order received.
    const QList<AmiMessage> &actions() const { return m_actions; }

private:
    void onNewConnection();
    void onReadyRead();
    void handleAction(const AmiMessage &action);

    Options m_options;
    QTcpServer m_server;
    QPointer<QTcpSocket> m_client;
    AmiParser m_parser;
    AmiMessage m_lastLogin;
    QList<AmiMessage> m_actions;
    quint16 m_port = 0;
    int m_connections = 0;
    int m_logins = 0;
    int m_acceptedLogins = 0;
    int m_pings = 0;
};

// The events of a transcript file in tests/data/ami without its banner and login response.
QByteArray amiEventsOf(const QString &file);

} // namespace relais::test

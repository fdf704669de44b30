// FakeAmiServer: a scriptable AMI peer for the client tests.
#include "cti/fakeamiserver.h"

#include "support/testsupport.h"

#include <vector>

namespace relais::test {

FakeAmiServer::FakeAmiServer(Options options)
    : m_options(std::move(options))
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeAmiServer::onNewConnection);
}

bool FakeAmiServer::listen(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void FakeAmiServer::close()
{
    m_server.close();
    dropClient();
}

void FakeAmiServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        // One client at a time, like one console: a new one replaces the old.
        dropClient();
        m_client = socket;
        ++m_connections;
        m_parser.reset();
        connect(socket, &QTcpSocket::readyRead, this, &FakeAmiServer::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->write(m_options.banner);
    }
}

void FakeAmiServer::onReadyRead()
{
    auto *socket = qobject_cast<QTcpSocket *>(sender());
    if (!socket || socket != m_client)
        return;
    std::vector<AmiMessage> actions;
    m_parser.feed(socket->readAll(), actions);
    for (const AmiMessage &action : actions)
        handleAction(action);
}

void FakeAmiServer::handleAction(const AmiMessage &action)
{
    const QByteArray actionId = action.value("ActionID").toByteArray();
    const QByteArray idLine =
        actionId.isEmpty() ? QByteArray() : QByteArray("ActionID: " + actionId + "\r\n");
    const QByteArrayView name = action.value("Action");
    if (name.compare("Login", Qt::CaseInsensitive) == 0) {
        ++m_logins;
        m_lastLogin = action;
        if (m_options.acceptLogin) {
            ++m_acceptedLogins;
            send("Response: Success\r\n" + idLine +
                 "Message: Authentication accepted\r\n\r\n"
                 "Event: FullyBooted\r\nPrivilege: system,all\r\nUptime: 11\r\nLastReload: 11\r\n"
                 "Status: Fully Booted\r\n\r\n");
        } else {
            send("Response: Error\r\n" + idLine + "Message: " + m_options.refusal + "\r\n\r\n");
        }
    } else if (name.compare("Ping", Qt::CaseInsensitive) == 0) {
        ++m_pings;
        if (m_options.answerPings)
            send("Response: Success\r\n" + idLine + "Ping: Pong\r\nTimestamp: 1795429457.000000\r\n\r\n");
    } else {
        m_actions.append(action);
        if (m_options.onAction)
            send(m_options.onAction(action));
        else
            send("Response: Error\r\n" + idLine + "Message: Invalid/unknown command\r\n\r\n");
    }
}

void FakeAmiServer::send(const QByteArray &bytes, int chunkSize)
{
    if (!m_client)
        return;
    if (chunkSize <= 0)
        chunkSize = static_cast<int>(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); i += chunkSize) {
        m_client->write(bytes.mid(i, chunkSize));
        m_client->flush();
    }
}

void FakeAmiServer::dropClient()
{
    if (m_client) {
        QTcpSocket *client = m_client;
        m_client = nullptr;
        client->abort();
        client->deleteLater();
    }
}

QByteArray amiEventsOf(const QString &file)
{
    const QByteArray bytes = readData(QStringLiteral("ami/") + file);
    const QByteArray marker = "Message: Authentication accepted";
    const qsizetype at = bytes.indexOf(marker);
    if (at < 0)
        return bytes;
    const qsizetype lf = bytes.indexOf("\n\n", at);
    const qsizetype crlf = bytes.indexOf("\r\n\r\n", at);
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return bytes.mid(crlf + 4);
    return lf >= 0 ? bytes.mid(lf + 2) : bytes;
}

} // namespace relais::test

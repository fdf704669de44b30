// Minimal HTTP/1.1 server for the SMS gateway tests.
#include "fakesmsgateway.h"

#include <QTcpSocket>

namespace relais::test {

FakeSmsGateway::FakeSmsGateway()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        }
    });
}

QString FakeSmsGateway::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
}

void FakeSmsGateway::serve(QTcpSocket *socket)
{
    // Wait for the whole request: headers, then Content-Length bytes of body.
    QByteArray data = socket->property("data").toByteArray() + socket->readAll();
    socket->setProperty("data", data);
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    ReceivedRequest request;
    const QList<QByteArray> lines = data.left(end).split('\n');
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    request.method = first.value(0);
    request.path = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (data.size() - end - 4 < length)
        return;
    request.body = data.mid(end + 4, length);
    socket->setProperty("data", QByteArray());
    m_requests.append(request);
    if (m_silent)
        return;
    QByteArray response = "HTTP/1.1 " + QByteArray::number(m_status) +
                          " Status\r\n"
                          "Content-Type: application/json\r\n"
                          "Content-Length: " +
                          QByteArray::number(m_body.size()) +
                          "\r\n"
                          "Connection: close\r\n\r\n" +
                          m_body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace relais::test

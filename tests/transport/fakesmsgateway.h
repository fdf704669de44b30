// A fake SMS gateway on loopback: minimal HTTP/1.1 over QTcpServer, answering every request with a
// set status and body (or never answering), and keeping what it received.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>

namespace relais::test {

struct ReceivedRequest
{
    QByteArray method;
    QByteArray path;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

class FakeSmsGateway final : public QObject
{
public:
    FakeSmsGateway();
    int port() const { return m_server.serverPort(); }
    QString url(const QString &path = QStringLiteral("/api/sms")) const;

    void answer(int status, QByteArray body) { m_status = status, m_body = std::move(body); }
    void neverAnswer() { m_silent = true; }

    const QList<ReceivedRequest> &requests() const { return m_requests; }

private:
    void serve(class QTcpSocket *socket);

    QTcpServer m_server;
    int m_status = 200;
    QByteArray m_body = R"({"status":"ok","id":"GW-42"})";
    bool m_silent = false;
    QList<ReceivedRequest> m_requests;
};

} // namespace relais::test

// The delivery inbox over HTTP, served by `relais-cli deliver --listen`: the acknowledgement link's
// page (GET shows a button, POST acknowledges: mail scanners that open links must not acknowledge),
// and the SMS gateway's callbacks for replies and delivery receipts, which need the inbox token.
// Put it behind the service's HTTPS reverse proxy; it speaks plain HTTP on the address it is given.
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QString>

class QUrl;

namespace relais::delivery {

class DeliveryInbox;

// One answer: the status, its type and body.
struct InboxResponse
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
};

class InboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // `token` guards the gateway callbacks (?token=… or an X-Relais-Token header); empty: they are off.
    InboxServer(DeliveryInbox &inbox, QString token, QObject *parent = nullptr);

    // The answer to one request, whatever carried it: what handleRequest serves.
    InboxResponse answer(const QByteArray &method, const QUrl &url, const QByteArray &contentType,
                         const QByteArray &tokenHeader, const QByteArray &body);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    InboxResponse linkPage(const QString &code);
    InboxResponse confirmLink(const QString &code);
    InboxResponse smsReply(const QMap<QString, QString> &fields);
    InboxResponse smsReceipt(const QMap<QString, QString> &fields);
    bool tokenMatches(const QString &given) const;

    DeliveryInbox &m_inbox;
    QString m_token;
};

} // namespace relais::delivery

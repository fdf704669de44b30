// The delivery inbox: SMS replies, gateway receipts, and the acknowledgement link over real HTTP.
#include "deliverychecks.h"
#include "deliveryrig.h"

#include "delivery/deliveryids.h"
#include "delivery/deliveryinbox.h"
#include "delivery/inboxserver.h"
#include "storage/database.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace relais::test {

namespace {

const PlannedDelivery &byChannel(const DeliveryPlan &plan, Channel channel)
{
    const auto it = std::find_if(plan.deliveries.begin(), plan.deliveries.end(),
                                 [channel](const PlannedDelivery &d) { return d.channel == channel; });
    REQUIRE(it != plan.deliveries.end());
    return *it;
}

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
};

HttpAnswer http(QNetworkAccessManager &net, const QByteArray &method, const QUrl &url,
                const QByteArray &body = {},
                const QByteArray &contentType = "application/x-www-form-urlencoded",
                const QByteArray &token = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        request.setRawHeader("X-Relais-Token", token);
    QNetworkReply *reply = method == "GET" ? net.get(request) : net.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(reply->isFinished());
    HttpAnswer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return answer;
}

} // namespace

void checkSmsReplies(Database &db)
{
    const QDateTime t0 = paris(2026, 11, 24, 3, 0);
    const DeliveryPlan plan = queueMessage(db, newId(), QStringLiteral("urgent"), t0);
    Rig rig(db, t0);
    runOnce(rig.worker);
    DeliveryInbox inbox(rig.repo, phones(), rig.clock);
    const PlannedDelivery &sms = byChannel(plan, Channel::Sms);
    const PlannedDelivery &email = byChannel(plan, Channel::Email);
    REQUIRE(sms.recipient.address == QStringLiteral("+33612345678"));
    const QString code = displayCode(sms.acknowledgeCode);
    rig.clock.set(t0.addSecs(5 * 60));

    // Refused, each saying why, and nothing acknowledged: another phone quoting the code, a reply with
    // no code, the email's code from the right phone, no sender, a huge or binary text.
    const auto refused = [&](const QString &from, const QString &text, const QString &why) {
        const Result<DeliveryRecord> r = inbox.acknowledgeByReply(from, text);
        REQUIRE_FALSE(r.ok());
        INFO(r.error().toString().toStdString());
        CHECK(r.error().what.contains(why));
    };
    refused(QStringLiteral("+33698765432"), QStringLiteral("OK ") + code,
            QStringLiteral("not sent to that number"));
    refused(QStringLiteral("+33612345678"), QStringLiteral("Bien reçu, merci"),
            QStringLiteral("holds no acknowledgement code"));
    refused(QStringLiteral("+33612345678"), displayCode(email.acknowledgeCode),
            QStringLiteral("not sent to that number"));
    refused(QString(), QStringLiteral("OK ") + code, QStringLiteral("no sender"));
    refused(QStringLiteral("+33612345678"), QString(1024 * 1024, QLatin1Char('A')),
            QStringLiteral("characters long"));
    refused(QStringLiteral("+33612345678"), QString::fromLatin1("\x01\x02\xff\xfe garbage"),
            QStringLiteral("no acknowledgement code"));
    refused(QStringLiteral("+33612345678"), QStringLiteral("0000-0000"),
            QStringLiteral("no message has the code"));
    CHECK(record(rig.repo, sms.deliveryId).state == DeliveryState::Sent);

    // Alice answers from her mobile, the gateway dropping the '+', the code in lower case and split.
    const Result<DeliveryRecord> acked = inbox.acknowledgeByReply(
        QStringLiteral("33612345678"), QStringLiteral("ok ") +
                                           code.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')) +
                                           QStringLiteral(" merci"));
    INFO((acked ? QString() : acked.error().toString()).toStdString());
    REQUIRE(acked.ok());
    CHECK(acked->state == DeliveryState::Acknowledged);
    CHECK(acked->acknowledgedHow == QStringLiteral("reply"));
    CHECK(acked->acknowledgedBy == QStringLiteral("Dr Alice Martin (+33612345678)"));
    CHECK(acked->acknowledgedAt == t0.addSecs(5 * 60));
    rig.clock.set(t0.addSecs(60 * 60));
    CHECK(runOnce(rig.worker).idle()); // nobody else is called
}

void checkGatewayReceipts(Database &db)
{
    const QDateTime t0 = paris(2026, 11, 24, 3, 0);
    const DeliveryPlan first = queueMessage(db, newId(), QStringLiteral("urgent"), t0);
    const DeliveryPlan second = queueMessage(db, newId(), QStringLiteral("urgent"), t0);
    Rig rig(db, t0);
    runOnce(rig.worker);
    DeliveryInbox inbox(rig.repo, phones(), rig.clock);
    const QString delivered = byChannel(first, Channel::Sms).deliveryId;
    const QString lost = byChannel(second, Channel::Sms).deliveryId;

    // Interim words change nothing; a receipt names a delivery that exists.
    REQUIRE(inbox.receipt(delivered, QStringLiteral("BUFFERED")).ok());
    CHECK(record(rig.repo, delivered).state == DeliveryState::Sent);
    CHECK_FALSE(inbox.receipt(newId(), QStringLiteral("DELIVRD")).ok());
    CHECK_FALSE(inbox.receipt(QString(), QStringLiteral("DELIVRD")).ok());
    CHECK_FALSE(
        inbox.receipt(QStringLiteral("'; DROP TABLE deliveries; --"), QStringLiteral("DELIVRD")).ok());

    const Result<DeliveryRecord> got = inbox.receipt(delivered.toUpper(), QStringLiteral("DELIVRD"));
    REQUIRE(got.ok());
    CHECK(got->state == DeliveryState::Delivered);
    CHECK(eventKinds(rig.repo, delivered).contains(QStringLiteral("delivered")));
    const Result<DeliveryRecord> gone = inbox.receipt(lost, QStringLiteral("UNDELIV"));
    REQUIRE(gone.ok());
    CHECK(gone->state == DeliveryState::Failed);
    CHECK(record(rig.repo, lost).lastAnswer.contains(QStringLiteral("UNDELIV")));

    // Delivered is not acknowledged: past the deadline it is followed up and escalates like a sent one.
    rig.clock.set(t0.addSecs(20 * 60));
    const Result<QList<FollowUpItem>> followUps = rig.repo.followUps(rig.clock.now());
    REQUIRE(followUps.ok());
    bool unacknowledged = false;
    bool failed = false;
    for (const FollowUpItem &item : *followUps) {
        unacknowledged |=
            item.kind == FollowUpKind::Unacknowledged && item.messageId == first.payload.message.id;
        failed |= item.kind == FollowUpKind::DeliveryFailed && item.messageId == second.payload.message.id;
    }
    CHECK(unacknowledged);
    CHECK(failed);
    const RunReport escalated = runOnce(rig.worker);
    CHECK_FALSE(escalated.escalations.isEmpty());

    // A receipt after the acknowledgement is logged and changes nothing.
    REQUIRE(rig.repo
                .acknowledge(delivered, QStringLiteral("Dr Alice Martin"), QStringLiteral("code"),
                             rig.clock.now())
                .ok());
    REQUIRE(inbox.receipt(delivered, QStringLiteral("DELIVRD")).ok());
    CHECK(record(rig.repo, delivered).state == DeliveryState::Acknowledged);
    CHECK(eventKinds(rig.repo, delivered).contains(QStringLiteral("receipt")));
}

void checkInboxOverHttp(Database &db)
{
    const QDateTime t0 = paris(2026, 11, 24, 3, 0);
    const DeliveryPlan plan = queueMessage(db, newId(), QStringLiteral("urgent"), t0);
    const DeliveryPlan other = queueMessage(db, newId(), QStringLiteral("urgent"), t0);
    Rig rig(db, t0);
    runOnce(rig.worker);
    DeliveryInbox inbox(rig.repo, phones(), rig.clock);
    InboxServer server(inbox, QStringLiteral("s3cret-token"));
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    REQUIRE(port != 0);
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    QNetworkAccessManager net;

    const PlannedDelivery &email = byChannel(plan, Channel::Email);
    const QUrl link(base + QStringLiteral("/ack/") + displayCode(email.acknowledgeCode));
    // Opening the link (as a mail scanner does) shows a button and acknowledges nothing.
    const HttpAnswer shown = http(net, "GET", link);
    CHECK(shown.status == 200);
    CHECK(shown.body.contains("<form method=\"post\">"));
    CHECK(shown.body.contains(displayCode(email.acknowledgeCode).toUtf8()));
    CHECK_FALSE(shown.body.contains("Durand")); // nothing of the caller on a page anyone forwarded could open
    CHECK(record(rig.repo, email.deliveryId).state == DeliveryState::Sent);
    const HttpAnswer confirmed = http(net, "POST", link);
    CHECK(confirmed.status == 200);
    const DeliveryRecord acked = record(rig.repo, email.deliveryId);
    CHECK(acked.state == DeliveryState::Acknowledged);
    CHECK(acked.acknowledgedHow == QStringLiteral("link"));
    CHECK(acked.acknowledgedBy == QStringLiteral("Dr Alice Martin"));
    CHECK(http(net, "GET", link).body.contains("Dr Alice Martin")); // already confirmed, by whom
    CHECK(http(net, "GET", QUrl(base + QStringLiteral("/ack/%3Cscript%3E"))).status == 404);
    CHECK_FALSE(http(net, "GET", QUrl(base + QStringLiteral("/ack/%3Cscript%3E"))).body.contains("<script>"));
    CHECK(http(net, "GET", QUrl(base + QStringLiteral("/nothing"))).status == 404);

    // Gateway callbacks: refused without the token, then a form reply and a JSON receipt.
    const PlannedDelivery &sms = byChannel(other, Channel::Sms);
    const QUrl replyUrl(base + QStringLiteral("/sms/reply"));
    const QByteArray form = "from=%2B33612345678&text=OK+" + sms.acknowledgeCode.toUtf8();
    CHECK(http(net, "POST", replyUrl, form).status == 403);
    CHECK(http(net, "POST", replyUrl, form, "application/x-www-form-urlencoded", "wrong").status == 403);
    const HttpAnswer garbage =
        http(net, "POST", replyUrl, QByteArray("\x00\xff\xfe{{{", 6), "application/json", "s3cret-token");
    CHECK(garbage.status == 422);
    CHECK(http(net, "POST", replyUrl, QByteArray(100 * 1024, 'x'), "text/plain", "s3cret-token").status ==
          413);
    const QUrl withToken(base + QStringLiteral("/sms/reply?token=s3cret-token"));
    const HttpAnswer replied = http(net, "POST", withToken, form);
    INFO(replied.body.toStdString());
    CHECK(replied.status == 200);
    CHECK(record(rig.repo, sms.deliveryId).acknowledgedHow == QStringLiteral("reply"));

    const PlannedDelivery &otherEmail = byChannel(other, Channel::Email);
    REQUIRE(record(rig.repo, otherEmail.deliveryId).state == DeliveryState::Sent);
    QJsonObject receipt;
    receipt.insert(QStringLiteral("reference"), byChannel(plan, Channel::Sms).deliveryId);
    receipt.insert(QStringLiteral("status"), QStringLiteral("DELIVRD"));
    const HttpAnswer received = http(net, "POST", QUrl(base + QStringLiteral("/sms/receipt")),
                                     QJsonDocument(receipt).toJson(), "application/json", "s3cret-token");
    CHECK(received.status == 200);
    CHECK(received.body.trimmed() == "delivered");

    // Without a token the callbacks are off, the links still work.
    InboxServer open(inbox, QString());
    const quint16 openPort = open.listen(QHostAddress::LocalHost, 0);
    REQUIRE(openPort != 0);
    CHECK(http(net, "POST", QUrl(QStringLiteral("http://127.0.0.1:%1/sms/reply?token=").arg(openPort)), form)
              .status == 404);
    CHECK(http(net, "GET", QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(openPort))).status == 200);
}

} // namespace relais::test

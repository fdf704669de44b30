// Routes of the delivery inbox (see inboxserver.h).
#include "delivery/inboxserver.h"

#include "delivery/deliveryids.h"
#include "delivery/deliveryinbox.h"
#include "logging/logging.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>
#include <QUrlQuery>

namespace relais::delivery {

namespace {

struct InboxText
{
    Q_DECLARE_TR_FUNCTIONS(InboxText)
};

// Callbacks and forms are a few hundred bytes; anything far larger is refused unread.
constexpr qsizetype kMaxBody = 64 * 1024;

InboxResponse text(int status, const QString &message)
{
    return InboxResponse{status, "text/plain; charset=utf-8", message.toUtf8() + '\n'};
}

// A small page a phone shows well; every value in it is escaped.
InboxResponse page(int status, const QString &title, const QString &paragraph, bool withButton = false)
{
    QString html =
        QStringLiteral("<!doctype html><html lang=\"%1\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>%2</title></head><body style=\"font-family:sans-serif;max-width:36em;"
                       "margin:2em auto;padding:0 1em\"><h1>%2</h1><p>%3</p>")
            .arg(QLocale().name().left(2), title.toHtmlEscaped(), paragraph.toHtmlEscaped());
    if (withButton)
        html += QStringLiteral("<form method=\"post\"><button type=\"submit\" style=\"font-size:1.3em;"
                               "padding:.5em 1em\">%1</button></form>")
                    .arg(InboxText::tr("Confirm").toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return InboxResponse{status, "text/html; charset=utf-8", html.toUtf8()};
}

QString when(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

// The fields of a callback: the URL's query, then a form or JSON body (keys in lower case).
QMap<QString, QString> fieldsOf(const QUrl &url, const QByteArray &contentType, const QByteArray &body)
{
    QMap<QString, QString> fields;
    const auto addQuery = [&fields](QString encoded) {
        encoded.replace(QLatin1Char('+'), QStringLiteral("%20")); // a form's '+' is a space
        for (const auto &[key, value] : QUrlQuery(encoded).queryItems(QUrl::FullyDecoded))
            fields.insert(key.toLower(), value);
    };
    addQuery(url.query(QUrl::FullyEncoded));
    if (contentType.toLower().contains("json")) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue v = it.value();
            // Numbers as gateways send them ("from": 33612345678) must not become 3.36e+10.
            fields.insert(it.key().toLower(), v.isDouble()
                                                  ? QString::number(static_cast<qint64>(v.toDouble()))
                                                  : v.toVariant().toString());
        }
    } else if (!body.isEmpty()) {
        addQuery(QString::fromUtf8(body));
    }
    return fields;
}

QString pick(const QMap<QString, QString> &fields, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString value = fields.value(QLatin1String(name));
        if (!value.trimmed().isEmpty())
            return value;
    }
    return {};
}

} // namespace

InboxServer::InboxServer(DeliveryInbox &inbox, QString token, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_inbox(inbox)
    , m_token(std::move(token))
{}

InboxResponse InboxServer::answer(const QByteArray &method, const QUrl &url, const QByteArray &contentType,
                                  const QByteArray &tokenHeader, const QByteArray &body)
{
    const QString path = url.path();
    const bool get = method == "GET";
    const bool post = method == "POST";
    if (body.size() > kMaxBody)
        return text(
            413, InboxText::tr("the request body is %1 bytes, more than %2").arg(body.size()).arg(kMaxBody));
    if (path == QLatin1String("/health"))
        return text(200, QStringLiteral("ok"));
    static const QString ackPrefix = QStringLiteral("/ack/");
    if (path.startsWith(ackPrefix) && (get || post)) {
        const QString code = path.mid(ackPrefix.size());
        return get ? linkPage(code) : confirmLink(code);
    }
    const bool reply = path == QLatin1String("/sms/reply");
    const bool receipt = path == QLatin1String("/sms/receipt");
    if ((reply || receipt) && (get || post)) {
        const QMap<QString, QString> fields = fieldsOf(url, contentType, body);
        const QString given =
            tokenHeader.isEmpty() ? fields.value(QStringLiteral("token")) : QString::fromUtf8(tokenHeader);
        if (m_token.isEmpty())
            return text(404, InboxText::tr("the SMS gateway callbacks are off: no inbox token is set"));
        if (!tokenMatches(given)) {
            logging::module("delivery")
                ->warn("inbox: {} refused: wrong or missing token", path.toStdString());
            return text(403, InboxText::tr("wrong or missing token"));
        }
        return reply ? smsReply(fields) : smsReceipt(fields);
    }
    return text(404, InboxText::tr("nothing here: %1 %2").arg(QString::fromLatin1(method), path.left(200)));
}

InboxResponse InboxServer::linkPage(const QString &code)
{
    const Result<DeliveryRecord> found = m_inbox.lookUp(code);
    if (!found)
        return page(404, InboxText::tr("Unknown code"), found.error().what);
    const QString shown = displayCode(found->planned.acknowledgeCode);
    if (found->state == DeliveryState::Acknowledged)
        return page(200, InboxText::tr("Already confirmed"),
                    InboxText::tr("Message %1 was confirmed by %2 on %3.")
                        .arg(shown, found->acknowledgedBy, when(found->acknowledgedAt)));
    // Only the code and the recipient: a forwarded link shows nothing of the caller.
    return page(200, InboxText::tr("Confirm you received the message"),
                InboxText::tr("Message %1 for %2. Confirm you have read it, so the answering service stops "
                              "looking for someone else to reach.")
                    .arg(shown, found->planned.recipient.name),
                true);
}

InboxResponse InboxServer::confirmLink(const QString &code)
{
    const Result<DeliveryRecord> done = m_inbox.acknowledgeByLink(code);
    if (!done)
        return page(404, InboxText::tr("Unknown code"), done.error().what);
    return page(200, InboxText::tr("Thank you"),
                InboxText::tr("Message %1 is confirmed (by %2 on %3).")
                    .arg(displayCode(done->planned.acknowledgeCode), done->acknowledgedBy,
                         when(done->acknowledgedAt)));
}

InboxResponse InboxServer::smsReply(const QMap<QString, QString> &fields)
{
    const QString from = pick(fields, {"from", "sender", "msisdn", "originator", "number"});
    const QString body = pick(fields, {"text", "message", "body", "content", "msg"});
    const Result<DeliveryRecord> done = m_inbox.acknowledgeByReply(from, body);
    if (!done)
        return text(422, done.error().what);
    return text(200, InboxText::tr("acknowledged %1").arg(displayCode(done->planned.acknowledgeCode)));
}

InboxResponse InboxServer::smsReceipt(const QMap<QString, QString> &fields)
{
    const QString id = pick(fields, {"id", "reference", "client_ref", "custom_id", "clientmessageid"});
    const QString status = pick(fields, {"status", "stat", "dlr_status", "state"});
    if (status.isEmpty())
        return text(422, InboxText::tr("the receipt gives no status"));
    const Result<DeliveryRecord> done = m_inbox.receipt(id, status);
    if (!done)
        return text(422, done.error().what);
    return text(200, toString(done->state));
}

bool InboxServer::tokenMatches(const QString &given) const
{
    // Compares every character whatever the first difference, so timing does not reveal the token.
    const QByteArray a = given.toUtf8();
    const QByteArray b = m_token.toUtf8();
    unsigned diff = a.size() == b.size() ? 0U : 1U;
    for (qsizetype i = 0; i < b.size(); ++i)
        diff |= static_cast<unsigned char>(b.at(i)) ^ static_cast<unsigned char>(i < a.size() ? a.at(i) : 0);
    return diff == 0 && !b.isEmpty();
}

bool InboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QByteArray method;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        method = "POST";
        break;
    default:
        method = "OTHER";
        break;
    }
    const InboxResponse response = answer(method, request.url(), request.value("content-type"),
                                          request.value("x-relais-token"), request.body());
    logging::module("delivery")
        ->info("inbox: {} {} -> {}", method.constData(), request.url().path().left(200).toStdString(),
               response.status);
    makeResponder(request, socket)
        .write(response.body, response.contentType,
               static_cast<QHttpServerResponder::StatusCode>(response.status));
    return true;
}

void InboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace relais::delivery

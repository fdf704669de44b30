// HTTP SMS gateway: QNetworkAccessManager driven by a local event loop, status mapped to an outcome.
#include "transport/smsgatewaytransport.h"

#include "logging/logging.h"
#include "logging/redact.h"
#include "phone/phonenumbers.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace relais::transport {

namespace {

// The gateway's answer for the log: the first 500 characters, one line.
QString answerText(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(2000)).simplified();
    if (text.size() > 500)
        text = text.left(500) + QChar(0x2026);
    return text;
}

// A phone number the gateway can take: "+" and digits only (no '&', '=' or quote can slip in).
bool isDialable(const QString &number)
{
    if (number.size() < 4 || number.size() > 20)
        return false;
    for (qsizetype i = 0; i < number.size(); ++i) {
        const QChar c = number.at(i);
        if (!(c.isDigit() && c.unicode() < 0x80) && !(i == 0 && c == QLatin1Char('+')))
            return false;
    }
    return true;
}

} // namespace

SmsGatewayTransport::SmsGatewayTransport(SmsGatewaySettings settings,
                                         std::shared_ptr<const MessageLayout> layout)
    : m_settings(std::move(settings))
    , m_layout(std::move(layout))
{}

SmsGatewayTransport::~SmsGatewayTransport() = default;

SendResult SmsGatewayTransport::send(const Outgoing &outgoing)
{
    auto log = logging::module("delivery");
    const QString where = logging::redactUrl(m_settings.url.toString(QUrl::RemoveUserInfo));
    if (!isDialable(outgoing.address))
        return {SendOutcome::PermanentFailure,
                QStringLiteral("not a phone number an SMS can go to: \"%1\"").arg(outgoing.address.left(40))};

    const PhoneNumbers phones;
    const auto parsed = phones.parse(outgoing.address);
    QMap<QString, QString> values;
    values.insert(QStringLiteral("to"), outgoing.address);
    values.insert(QStringLiteral("to_national"),
                  parsed.ok() ? QString(parsed->national).remove(QLatin1Char(' ')) : outgoing.address);
    values.insert(QStringLiteral("text"), m_layout->sms(outgoing));
    values.insert(QStringLiteral("sender"), m_settings.sender);
    values.insert(QStringLiteral("id"), outgoing.deliveryId);
    values.insert(QStringLiteral("token"), m_settings.secret);
    values.insert(QStringLiteral("user"), m_settings.user);
    const auto body = fillBodyTemplate(m_settings.bodyTemplate, m_settings.bodyType, values);
    if (!body)
        return {SendOutcome::PermanentFailure, body.error().toString()};

    QNetworkAccessManager manager;
    QNetworkRequest request(m_settings.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      m_settings.bodyType == BodyType::Json
                          ? QByteArrayLiteral("application/json; charset=utf-8")
                          : QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json, text/plain, */*");
    // A redirect would resend the body (and its credentials) somewhere else: report it instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    switch (m_settings.auth) {
    case SmsGatewaySettings::Auth::None:
        break;
    case SmsGatewaySettings::Auth::Basic:
        request.setRawHeader(
            "Authorization",
            "Basic " + (m_settings.user + QLatin1Char(':') + m_settings.secret).toUtf8().toBase64());
        break;
    case SmsGatewaySettings::Auth::Bearer:
        request.setRawHeader("Authorization", "Bearer " + m_settings.secret.toUtf8());
        break;
    case SmsGatewaySettings::Auth::Header:
        request.setRawHeader(m_settings.headerName.toLatin1(), m_settings.secret.toUtf8());
        break;
    }

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QNetworkReply *reply = manager.post(request, *body);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    timer.start(m_settings.timeout);
    if (!reply->isFinished())
        loop.exec();
    timer.stop();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString answer = timedOut ? QString() : answerText(reply->readAll());
    // A gateway that echoes the request must not put the secret into the delivery log.
    if (!m_settings.secret.isEmpty())
        answer.replace(m_settings.secret, QStringLiteral("***"));
    const QString errorText = reply->errorString();
    delete reply;

    SendResult result;
    if (timedOut) {
        result = {SendOutcome::TemporaryFailure,
                  QStringLiteral("%1: no answer within %2 ms").arg(where).arg(m_settings.timeout.count())};
    } else if (status == 0) {
        result = {SendOutcome::TemporaryFailure, QStringLiteral("%1: %2").arg(where, errorText)};
    } else {
        const QString said = QStringLiteral("HTTP %1%2")
                                 .arg(status)
                                 .arg(answer.isEmpty() ? QString() : QStringLiteral(": ") + answer);
        if (status >= 200 && status < 300)
            result = {SendOutcome::Sent, said};
        else if (status == 429 || status == 408 || status >= 500)
            result = {SendOutcome::TemporaryFailure, where + QStringLiteral(": ") + said};
        else if (status >= 300 && status < 400)
            result = {SendOutcome::PermanentFailure,
                      where + QStringLiteral(": ") + said +
                          QStringLiteral(" (the gateway redirects: check its URL)")};
        else
            result = {SendOutcome::PermanentFailure, where + QStringLiteral(": ") + said};
    }
    if (result.outcome == SendOutcome::Sent)
        log->info("sms {} to {} accepted by {}: {}", outgoing.deliveryId.toStdString(),
                  outgoing.address.toStdString(), where.toStdString(), result.serverAnswer.toStdString());
    else
        log->warn("sms {} to {} not sent ({}): {}", outgoing.deliveryId.toStdString(),
                  outgoing.address.toStdString(),
                  result.outcome == SendOutcome::PermanentFailure ? "permanent" : "will retry",
                  result.serverAnswer.toStdString());
    return result;
}

} // namespace relais::transport

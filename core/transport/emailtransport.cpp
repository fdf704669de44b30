// SMTP delivery with libcurl; maps curl's result and the server's reply code to a SendOutcome.
#include "transport/emailtransport.h"

#include "logging/logging.h"
#include "logging/redact.h"
#include "transport/mimemessage.h"

#include <curl/curl.h>

#include <QStringList>

#include <mutex>

namespace relais::transport {

namespace {

void initCurlOnce()
{
    // curl_global_init is not thread-safe; the first send on any thread does it once.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readPayload(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const size_t room = size * count;
    const size_t left = size_t(upload->data.size() - upload->offset);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, upload->data.constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

// Keeps the server's reply lines (never what we sent: AUTH lines carry the password).
int collectReplies(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    if (type != CURLINFO_HEADER_IN)
        return 0;
    auto *lines = static_cast<QStringList *>(user);
    const QString line = QString::fromUtf8(data, qsizetype(std::min<size_t>(size, 1000))).trimmed();
    if (!line.isEmpty()) {
        lines->append(line);
        if (lines->size() > 50)
            lines->removeFirst();
    }
    return 0;
}

struct CurlHandle
{
    CURL *curl = curl_easy_init();
    curl_slist *recipients = nullptr;
    ~CurlHandle()
    {
        curl_slist_free_all(recipients);
        if (curl)
            curl_easy_cleanup(curl);
    }
};

// Results that retrying cannot fix: the configuration or the server's certificate is wrong.
bool permanentCurlError(CURLcode code)
{
    switch (code) {
    case CURLE_LOGIN_DENIED:
    case CURLE_USE_SSL_FAILED:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_AUTH_ERROR:
        return true;
    default:
        return false;
    }
}

} // namespace

EmailTransport::EmailTransport(EmailSettings settings, const Clock &clock,
                               std::shared_ptr<const MessageLayout> layout)
    : m_settings(std::move(settings))
    , m_clock(clock)
    , m_layout(std::move(layout))
{
    initCurlOnce();
}

EmailTransport::~EmailTransport() = default;

QByteArray EmailTransport::compose(const Outgoing &outgoing) const
{
    const LaidOutMessage laid = m_layout->email(outgoing);
    MimeMail mail;
    mail.from = {m_settings.fromName, m_settings.fromAddress};
    mail.to = {outgoing.recipientName, outgoing.address};
    mail.subject = laid.subject;
    mail.plainText = laid.plainText;
    mail.html = laid.html;
    mail.deliveryId = outgoing.deliveryId;
    mail.date = m_clock.now();
    return buildMimeMail(mail);
}

SendResult EmailTransport::send(const Outgoing &outgoing)
{
    auto log = logging::module("delivery");
    const QString where = logging::redactUrl(m_settings.serverUrl);
    // An address with CR/LF or '>' would end curl's RCPT TO command and start another one.
    if (!isValidMailAddress(outgoing.address))
        return {SendOutcome::PermanentFailure, QStringLiteral("not a valid email address: \"%1\"")
                                                   .arg(outgoing.address.left(100).toHtmlEscaped())};
    if (!isValidMailAddress(m_settings.fromAddress))
        return {SendOutcome::PermanentFailure,
                QStringLiteral("the sender address \"%1\" in the email settings is not valid")
                    .arg(m_settings.fromAddress.left(100))};

    CurlHandle h;
    if (!h.curl)
        return {SendOutcome::TemporaryFailure, QStringLiteral("could not start libcurl")};
    Upload upload{compose(outgoing), 0};
    QStringList replies;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    const QByteArray url = m_settings.serverUrl.toUtf8();
    const QByteArray from = '<' + m_settings.fromAddress.toUtf8() + '>';
    const QByteArray to = '<' + outgoing.address.toUtf8() + '>';
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray caFile = m_settings.caFile.toUtf8();
    h.recipients = curl_slist_append(nullptr, to.constData());

    CURL *c = h.curl;
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, h.recipients);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readPayload);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(upload.data.size()));
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L); // only so collectReplies sees the server's lines
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, collectReplies);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, &replies);
    const long timeoutMs = long(m_settings.timeout.count());
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, timeoutMs);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, timeoutMs);
    if (m_settings.serverUrl.startsWith(QStringLiteral("smtp://"), Qt::CaseInsensitive))
        curl_easy_setopt(c, CURLOPT_USE_SSL,
                         long(m_settings.startTls == EmailSettings::StartTls::Required ? CURLUSESSL_ALL
                                                                                       : CURLUSESSL_NONE));
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    if (!caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, m_settings.verifyPeer ? 1L : 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, m_settings.verifyPeer ? 2L : 0L);

    const CURLcode code = curl_easy_perform(c);
    long smtpCode = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &smtpCode);
    const QString lastReply = replies.isEmpty() ? QString() : replies.last();
    // The server's refusal: the last 4xx/5xx line (after it curl says QUIT, and "221 Bye" comes last).
    QString refusal;
    for (auto it = replies.crbegin(); it != replies.crend() && refusal.isEmpty(); ++it)
        if (it->startsWith(QLatin1Char('4')) || it->startsWith(QLatin1Char('5')))
            refusal = *it;

    if (code == CURLE_OK) {
        log->info("email {} to {} accepted by {}: {}", outgoing.deliveryId.toStdString(),
                  outgoing.address.toStdString(), where.toStdString(), lastReply.toStdString());
        return {SendOutcome::Sent, lastReply};
    }

    const QString curlText =
        errorBuffer[0] ? QString::fromUtf8(errorBuffer) : QString::fromUtf8(curl_easy_strerror(code));
    // The server's own words when it answered with an error; else what curl saw (refused, dropped).
    QString answer = curlText;
    if (!refusal.isEmpty())
        answer = refusal + QStringLiteral(" (") + curlText + QLatin1Char(')');
    answer = where + QStringLiteral(": ") + answer;

    if (!refusal.isEmpty())
        smtpCode = refusal.left(3).toLong();
    SendOutcome outcome = SendOutcome::TemporaryFailure;
    if (smtpCode >= 500 && smtpCode < 600)
        outcome = SendOutcome::PermanentFailure;
    else if (smtpCode >= 400 && smtpCode < 500)
        outcome = SendOutcome::TemporaryFailure;
    else if (permanentCurlError(code))
        outcome = SendOutcome::PermanentFailure;
    log->warn("email {} to {} not sent ({}): {}", outgoing.deliveryId.toStdString(),
              outgoing.address.toStdString(),
              outcome == SendOutcome::PermanentFailure ? "permanent" : "will retry", answer.toStdString());
    return {outcome, answer};
}

} // namespace relais::transport

// delivery.ini: a small INI reader (sections, key = value, # and ; comments) and the checks of
// each value, so a typo is reported with its line before the first message waits on it.
#include "transport/deliverysettings.h"

#include "transport/mimemessage.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QStringDecoder>

namespace relais::transport {

namespace {

constexpr qsizetype kMaxFileBytes = 256 * 1024;

struct Entry
{
    QString value;
    int line = 0;
};

using Section = QMap<QString, Entry>;

struct Reader
{
    QString fileName;
    QMap<QString, Section> sections;
    QMap<QString, int> sectionLines;

    Error at(int line, const QString &what) const
    {
        return Error{what, QStringLiteral("%1:%2").arg(fileName).arg(line)};
    }
};

const QMap<QString, QSet<QString>> &knownKeys()
{
    static const QMap<QString, QSet<QString>> keys{
        {QStringLiteral("email"),
         {QStringLiteral("url"), QStringLiteral("starttls"), QStringLiteral("user"), QStringLiteral("from"),
          QStringLiteral("from_name"), QStringLiteral("ca_file"), QStringLiteral("verify_peer"),
          QStringLiteral("timeout_seconds")}},
        {QStringLiteral("sms"),
         {QStringLiteral("url"), QStringLiteral("content_type"), QStringLiteral("body"),
          QStringLiteral("sender"), QStringLiteral("auth"), QStringLiteral("user"), QStringLiteral("header"),
          QStringLiteral("timeout_seconds"), QStringLiteral("max_chars"),
          QStringLiteral("max_chars_unicode")}},
    };
    return keys;
}

Result<Reader> readIni(const QByteArray &bytes, const QString &fileName)
{
    Reader r{fileName, {}, {}};
    if (bytes.size() > kMaxFileBytes)
        return Error{QStringLiteral("the file is %1 bytes; a delivery settings file is at most %2")
                         .arg(bytes.size())
                         .arg(kMaxFileBytes),
                     fileName};
    if (bytes.contains('\0'))
        return Error{QStringLiteral("not a text file (it contains NUL bytes)"), fileName};
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return Error{QStringLiteral("not valid UTF-8 text"), fileName};
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString current;
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char(';')))
            continue;
        if (trimmed.startsWith(QLatin1Char('['))) {
            if (!trimmed.endsWith(QLatin1Char(']')))
                return r.at(lineNo, QStringLiteral("a section header must end with ']'"));
            current = trimmed.mid(1, trimmed.size() - 2).trimmed().toLower();
            if (!knownKeys().contains(current))
                return r.at(
                    lineNo,
                    QStringLiteral("unknown section [%1]; expected [email] or [sms]").arg(current.left(40)));
            if (r.sectionLines.contains(current))
                return r.at(lineNo, QStringLiteral("section [%1] appears twice (first on line %2)")
                                        .arg(current)
                                        .arg(r.sectionLines.value(current)));
            r.sectionLines.insert(current, lineNo);
            r.sections.insert(current, {});
            continue;
        }
        const qsizetype eq = trimmed.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return r.at(lineNo,
                        QStringLiteral("expected \"key = value\", found \"%1\"").arg(trimmed.left(60)));
        if (current.isEmpty())
            return r.at(lineNo,
                        QStringLiteral("\"%1\" comes before any section; put it under [email] or [sms]")
                            .arg(trimmed.left(eq).trimmed().left(40)));
        const QString key = trimmed.left(eq).trimmed().toLower();
        const QString value = trimmed.mid(eq + 1).trimmed();
        if (key == QStringLiteral("password") || key == QStringLiteral("token") ||
            key == QStringLiteral("secret"))
            return r.at(lineNo,
                        QStringLiteral("secrets do not go in this file: keep the %1 in the secret store (%2) "
                                       "or the %3 environment variable")
                            .arg(key, current == QStringLiteral("email") ? kSmtpPasswordKey : kSmsTokenKey,
                                 current == QStringLiteral("email") ? kSmtpPasswordEnv : kSmsTokenEnv));
        if (!knownKeys().value(current).contains(key)) {
            QStringList known(knownKeys().value(current).cbegin(), knownKeys().value(current).cend());
            known.sort();
            return r.at(lineNo, QStringLiteral("unknown key \"%1\" in [%2]; known keys: %3")
                                    .arg(key.left(40), current, known.join(QStringLiteral(", "))));
        }
        for (const QChar c : value)
            if (c.category() == QChar::Other_Control && c != QLatin1Char('\t'))
                return r.at(lineNo, QStringLiteral("%1 contains a control character").arg(key));
        Section &section = r.sections[current];
        if (section.contains(key))
            return r.at(lineNo, QStringLiteral("%1 is set twice in [%2] (first on line %3)")
                                    .arg(key, current)
                                    .arg(section.value(key).line));
        section.insert(key, {value, lineNo});
    }
    return r;
}

// Reads typed values from one section, remembering the first error with its line.
class SectionValues
{
public:
    SectionValues(const Reader &reader, QString name)
        : m_reader(reader)
        , m_name(std::move(name))
        , m_section(reader.sections.value(m_name))
    {}

    QString text(const char *key, const QString &fallback = {}) const
    {
        return m_section.value(QLatin1String(key), {fallback, 0}).value;
    }
    bool has(const char *key) const { return m_section.contains(QLatin1String(key)); }
    Error error(const char *key, const QString &what) const
    {
        const int line = m_section.contains(QLatin1String(key)) ? m_section.value(QLatin1String(key)).line
                                                                : m_reader.sectionLines.value(m_name);
        return m_reader.at(line, QStringLiteral("[%1] %2: %3").arg(m_name, QLatin1String(key), what));
    }
    std::optional<Error> integer(const char *key, int min, int max, int &out) const
    {
        if (!has(key))
            return std::nullopt;
        bool ok = false;
        const int v = text(key).toInt(&ok);
        if (!ok || v < min || v > max)
            return error(key, QStringLiteral("expected a whole number from %1 to %2, found \"%3\"")
                                  .arg(min)
                                  .arg(max)
                                  .arg(text(key).left(40)));
        out = v;
        return std::nullopt;
    }
    std::optional<Error> boolean(const char *key, bool &out) const
    {
        if (!has(key))
            return std::nullopt;
        const QString v = text(key).toLower();
        if (v == QStringLiteral("yes") || v == QStringLiteral("true") || v == QStringLiteral("on") ||
            v == QStringLiteral("1"))
            out = true;
        else if (v == QStringLiteral("no") || v == QStringLiteral("false") || v == QStringLiteral("off") ||
                 v == QStringLiteral("0"))
            out = false;
        else
            return error(key, QStringLiteral("expected yes or no, found \"%1\"").arg(text(key).left(40)));
        return std::nullopt;
    }

private:
    const Reader &m_reader;
    QString m_name;
    Section m_section;
};

std::optional<QString> findSecret(const QString &key, const QString &envName, const SecretLookup &secrets,
                                  const EnvironmentLookup &environment)
{
    if (secrets)
        if (auto v = secrets(key); v && !v->isEmpty())
            return v;
    const QString env =
        environment ? environment(envName) : qEnvironmentVariable(envName.toLatin1().constData());
    if (!env.isEmpty())
        return env;
    return std::nullopt;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<EmailSettings> readEmail(const Reader &r, const SecretLookup &secrets,
                                const EnvironmentLookup &environment)
{
    const SectionValues s(r, QStringLiteral("email"));
    EmailSettings e;
    const QUrl url(s.text("url"), QUrl::StrictMode);
    if (!s.has("url"))
        return s.error(
            "url",
            QStringLiteral(
                "missing: the SMTP server, e.g. smtps://smtp.example.fr:465 or smtp://smtp.example.fr:587"));
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QStringLiteral("smtp") && scheme != QStringLiteral("smtps")) ||
        url.host().isEmpty())
        return s.error("url",
                       QStringLiteral("expected smtp://HOST[:PORT] or smtps://HOST[:PORT], found \"%1\"")
                           .arg(s.text("url").left(80)));
    if (!url.userInfo().isEmpty())
        return s.error(
            "url",
            QStringLiteral("put the user in \"user\" and the password in the secret store, not in the URL"));
    if ((!url.path().isEmpty() && url.path() != QStringLiteral("/")) || url.hasQuery() || url.hasFragment())
        return s.error("url", QStringLiteral("an SMTP URL has no path or query; found \"%1\"")
                                  .arg(url.toString(QUrl::RemoveUserInfo).left(80)));
    e.serverUrl = scheme + QStringLiteral("://") +
                  (url.host().contains(QLatin1Char(':')) ? QLatin1Char('[') + url.host() + QLatin1Char(']')
                                                         : url.host()) +
                  (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString());
    const QString starttls = s.text("starttls", QStringLiteral("required")).toLower();
    if (starttls == QStringLiteral("required"))
        e.startTls = EmailSettings::StartTls::Required;
    else if (starttls == QStringLiteral("none"))
        e.startTls = EmailSettings::StartTls::None;
    else
        return s.error(
            "starttls",
            QStringLiteral("expected required or none, found \"%1\"").arg(s.text("starttls").left(40)));
    if (scheme == QStringLiteral("smtps") && s.has("starttls") && e.startTls == EmailSettings::StartTls::None)
        return s.error(
            "starttls",
            QStringLiteral("smtps:// is TLS from the first byte; remove starttls = none or use smtp://"));
    e.user = s.text("user");
    e.fromAddress = s.text("from");
    if (e.fromAddress.isEmpty())
        return s.error("from", QStringLiteral("missing: the sender address, e.g. permanence@example.fr"));
    if (!isValidMailAddress(e.fromAddress))
        return s.error("from",
                       QStringLiteral("not a valid email address: \"%1\"").arg(e.fromAddress.left(80)));
    e.fromName = s.text("from_name");
    e.caFile = s.text("ca_file");
    if (!e.caFile.isEmpty() && !QFileInfo(e.caFile).isReadable())
        return s.error("ca_file", QStringLiteral("cannot read \"%1\"").arg(e.caFile));
    if (auto err = s.boolean("verify_peer", e.verifyPeer))
        return *err;
    int timeout = 30;
    if (auto err = s.integer("timeout_seconds", 1, 600, timeout))
        return *err;
    e.timeout = std::chrono::seconds(timeout);
    if (!e.user.isEmpty()) {
        const auto password = findSecret(kSmtpPasswordKey, kSmtpPasswordEnv, secrets, environment);
        if (!password)
            return s.error("user",
                           QStringLiteral("no password for %1: store it in the secret store as %2 or set %3")
                               .arg(e.user.left(80), kSmtpPasswordKey, kSmtpPasswordEnv));
        e.password = *password;
        // A password over plain SMTP could be read on the network.
        if (scheme == QStringLiteral("smtp") && e.startTls == EmailSettings::StartTls::None &&
            !isLoopbackHost(url.host()))
            return s.error(
                "starttls",
                QStringLiteral(
                    "starttls = none would send the password in clear; use starttls = required or smtps://"));
    }
    return e;
}

Result<SmsGatewaySettings> readSms(const Reader &r, SmsLimits &limits, const SecretLookup &secrets,
                                   const EnvironmentLookup &environment)
{
    const SectionValues s(r, QStringLiteral("sms"));
    SmsGatewaySettings g;
    if (!s.has("url"))
        return s.error(
            "url", QStringLiteral("missing: the gateway's address, e.g. https://api.example.fr/sms/send"));
    g.url = QUrl(s.text("url"), QUrl::StrictMode);
    const QString scheme = g.url.scheme().toLower();
    if (!g.url.isValid() || (scheme != QStringLiteral("https") && scheme != QStringLiteral("http")) ||
        g.url.host().isEmpty())
        return s.error(
            "url", QStringLiteral("expected https://HOST/PATH, found \"%1\"").arg(s.text("url").left(80)));
    if (!g.url.userInfo().isEmpty())
        return s.error("url",
                       QStringLiteral("put credentials in \"user\" and the secret store, not in the URL"));
    const QString type = s.text("content_type", QStringLiteral("form")).toLower();
    if (type == QStringLiteral("form"))
        g.bodyType = BodyType::Form;
    else if (type == QStringLiteral("json"))
        g.bodyType = BodyType::Json;
    else
        return s.error(
            "content_type",
            QStringLiteral("expected form or json, found \"%1\"").arg(s.text("content_type").left(40)));
    g.bodyTemplate = s.text("body");
    if (g.bodyTemplate.isEmpty())
        return s.error(
            "body",
            QStringLiteral("missing: the request body with placeholders, e.g. to={to}&message={text}"));
    const auto names = bodyTemplatePlaceholders(g.bodyTemplate);
    if (!names)
        return s.error("body", names.error().toString());
    if (!names->contains(QStringLiteral("text")))
        return s.error("body", QStringLiteral("the template never uses {text}, so the SMS would be empty"));
    if (!names->contains(QStringLiteral("to")) && !names->contains(QStringLiteral("to_national")))
        return s.error("body", QStringLiteral("the template uses neither {to} nor {to_national}: the gateway "
                                              "would not know the recipient"));
    if (g.bodyType == BodyType::Json) {
        // Filled with awkward sample values, the template must still be a JSON document.
        QMap<QString, QString> sample;
        for (const char *p : kBodyPlaceholders)
            sample.insert(QLatin1String(p), QStringLiteral("a\"b\\c\nd"));
        QJsonParseError parseError;
        QJsonDocument::fromJson(*fillBodyTemplate(g.bodyTemplate, g.bodyType, sample), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return s.error(
                "body",
                QStringLiteral(
                    "not JSON once filled in (%1 at character %2); placeholders go inside quotes: \"{text}\"")
                    .arg(parseError.errorString())
                    .arg(parseError.offset));
    }
    g.sender = s.text("sender");
    if (g.sender.size() > 20)
        return s.error(
            "sender",
            QStringLiteral("at most 20 characters (most gateways take 11), found %1").arg(g.sender.size()));
    g.user = s.text("user");
    const QString auth = s.text("auth", QStringLiteral("none")).toLower();
    if (auth == QStringLiteral("none"))
        g.auth = SmsGatewaySettings::Auth::None;
    else if (auth == QStringLiteral("basic"))
        g.auth = SmsGatewaySettings::Auth::Basic;
    else if (auth == QStringLiteral("bearer"))
        g.auth = SmsGatewaySettings::Auth::Bearer;
    else if (auth == QStringLiteral("header"))
        g.auth = SmsGatewaySettings::Auth::Header;
    else
        return s.error("auth", QStringLiteral("expected none, basic, bearer or header, found \"%1\"")
                                   .arg(s.text("auth").left(40)));
    if (g.auth == SmsGatewaySettings::Auth::Basic && g.user.isEmpty())
        return s.error("user", QStringLiteral("auth = basic needs a user"));
    g.headerName = s.text("header");
    if (g.auth == SmsGatewaySettings::Auth::Header) {
        static const QString tokenChars = QStringLiteral("!#$%&'*+-.^_`|~");
        bool ok = !g.headerName.isEmpty();
        for (const QChar c : g.headerName)
            ok = ok && c.unicode() < 0x80 && (c.isLetterOrNumber() || tokenChars.contains(c));
        if (!ok)
            return s.error("header",
                           QStringLiteral("auth = header needs a header name such as X-Api-Key, found \"%1\"")
                               .arg(g.headerName.left(40)));
    }
    const bool usesToken = names->contains(QStringLiteral("token"));
    if (g.auth != SmsGatewaySettings::Auth::None || usesToken) {
        const auto token = findSecret(kSmsTokenKey, kSmsTokenEnv, secrets, environment);
        if (!token)
            return s.error("auth",
                           QStringLiteral("no gateway secret: store it in the secret store as %1 or set %2")
                               .arg(kSmsTokenKey, kSmsTokenEnv));
        g.secret = *token;
        if (scheme == QStringLiteral("http") && !isLoopbackHost(g.url.host()))
            return s.error("url",
                           QStringLiteral("http:// would send the gateway's secret in clear; use https://"));
    }
    int timeout = 15;
    if (auto err = s.integer("timeout_seconds", 1, 600, timeout))
        return *err;
    g.timeout = std::chrono::seconds(timeout);
    if (auto err = s.integer("max_chars", 20, 1600, limits.gsm7))
        return *err;
    if (auto err = s.integer("max_chars_unicode", 10, 700, limits.unicode))
        return *err;
    return g;
}

} // namespace

Result<DeliverySettings> parseDeliverySettings(const QByteArray &text, const QString &fileName,
                                               const SecretLookup &secrets,
                                               const EnvironmentLookup &environment)
{
    auto reader = readIni(text, fileName);
    if (!reader)
        return reader.error();
    DeliverySettings out;
    if (reader->sections.contains(QStringLiteral("email"))) {
        auto email = readEmail(*reader, secrets, environment);
        if (!email)
            return email.error();
        out.email = *email;
    }
    if (reader->sections.contains(QStringLiteral("sms"))) {
        auto sms = readSms(*reader, out.smsLimits, secrets, environment);
        if (!sms)
            return sms.error();
        out.sms = *sms;
    }
    return out;
}

Result<DeliverySettings> loadDeliverySettings(const QString &path, const SecretLookup &secrets,
                                              const EnvironmentLookup &environment)
{
    QFile file(path);
    if (!file.exists())
        return Error{QStringLiteral("no such file (see \"Email and SMS settings\" in the README)"), path};
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read: %1").arg(file.errorString()), path};
    return parseDeliverySettings(file.read(kMaxFileBytes + 1), path, secrets, environment);
}

QString defaultDeliverySettingsPath()
{
    // Beside the console's relais.conf (QSettings of organisation "Relais"), shared by relais-cli.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/Relais/delivery.ini");
}

} // namespace relais::transport

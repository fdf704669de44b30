// delivery.ini: the settings a service writes, and every kind of bad input, each reported with its
// line and what was wrong; secrets only from the secret store or the environment.
#include "transport/deliverysettings.h"
#include "transport/transportfactory.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace relais;
using namespace relais::transport;

namespace {

const QByteArray kGood = R"(# Relais delivery settings
[email]
url = smtps://smtp.example.fr:465
user = permanence@example.fr
from = permanence@example.fr
from_name = Permanence Relais
timeout_seconds = 20

; a JSON gateway with a bearer token
[sms]
url = https://api.sms.example.fr/v1/send
content_type = json
body = {"to": "{to}", "message": "{text}", "sender": "{sender}", "ref": "{id}"}
sender = RELAIS
auth = bearer
max_chars = 306
)";

std::optional<QString> noSecret(const QString &)
{
    return std::nullopt;
}

QString env(const QString &name)
{
    if (name == kSmtpPasswordEnv)
        return QStringLiteral("smtp-from-env");
    if (name == kSmsTokenEnv)
        return QStringLiteral("token-from-env");
    return {};
}

QString noEnv(const QString &)
{
    return {};
}

Result<DeliverySettings> parse(const QByteArray &text, const EnvironmentLookup &environment = env)
{
    return parseDeliverySettings(text, QStringLiteral("delivery.ini"), noSecret, environment);
}

// The error of parsing `text`, as "where: what".
QString errorOf(const QByteArray &text, const EnvironmentLookup &environment = env)
{
    const auto r = parse(text, environment);
    return r.ok() ? QStringLiteral("(parsed)") : r.error().toString();
}

} // namespace

TEST_CASE("a complete delivery.ini gives email and SMS settings, secrets from the environment")
{
    const auto r = parse(kGood);
    INFO((r.ok() ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
    REQUIRE(r->email);
    CHECK(r->email->serverUrl == QStringLiteral("smtps://smtp.example.fr:465"));
    CHECK(r->email->user == QStringLiteral("permanence@example.fr"));
    CHECK(r->email->password == QStringLiteral("smtp-from-env"));
    CHECK(r->email->fromName == QStringLiteral("Permanence Relais"));
    CHECK(r->email->timeout == std::chrono::seconds(20));
    CHECK(r->email->startTls == EmailSettings::StartTls::Required);
    CHECK(r->email->verifyPeer);
    REQUIRE(r->sms);
    CHECK(r->sms->url == QUrl(QStringLiteral("https://api.sms.example.fr/v1/send")));
    CHECK(r->sms->bodyType == BodyType::Json);
    CHECK(r->sms->auth == SmsGatewaySettings::Auth::Bearer);
    CHECK(r->sms->secret == QStringLiteral("token-from-env"));
    CHECK(r->sms->timeout == std::chrono::seconds(15));
    CHECK(r->smsLimits.gsm7 == 306);
    CHECK(r->smsLimits.unicode == 70);

    FixedClock clock(QDateTime::currentDateTimeUtc());
    const Transports transports = makeTransports(*r, clock);
    REQUIRE(transports.size() == 2);
    CHECK(transports.at(Channel::Email)->channel() == Channel::Email);
    CHECK(transports.at(Channel::Sms)->channel() == Channel::Sms);
}

TEST_CASE("the secret store is asked before the environment")
{
    const auto r = parseDeliverySettings(
        kGood, QStringLiteral("delivery.ini"),
        [](const QString &key) -> std::optional<QString> {
            if (key == kSmtpPasswordKey)
                return QStringLiteral("from-store");
            return std::nullopt;
        },
        env);
    REQUIRE(r.ok());
    CHECK(r->email->password == QStringLiteral("from-store"));
    CHECK(r->sms->secret == QStringLiteral("token-from-env"));
}

TEST_CASE("an empty file configures no transport, CRLF line ends and a BOM are fine")
{
    const auto empty = parse("# nothing yet\n");
    REQUIRE(empty.ok());
    CHECK_FALSE(empty->email);
    CHECK_FALSE(empty->sms);
    QByteArray crlf = "\xEF\xBB\xBF" + kGood;
    crlf.replace("\n", "\r\n");
    const auto r = parse(crlf);
    INFO((r.ok() ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
    CHECK(r->email->fromName == QStringLiteral("Permanence Relais"));
}

TEST_CASE("bad delivery settings say what is wrong and on which line")
{
    using Case = std::pair<QByteArray, QString>;
    const QList<Case> cases{
        {"[email\nurl = smtp://x.fr\n", QStringLiteral("delivery.ini:1: a section header must end with ']'")},
        {"[mail]\n", QStringLiteral("delivery.ini:1: unknown section [mail]; expected [email] or [sms]")},
        {"url = smtp://x.fr\n", QStringLiteral("delivery.ini:1: \"url\" comes before any section")},
        {"[email]\njust words\n",
         QStringLiteral("delivery.ini:2: expected \"key = value\", found \"just words\"")},
        {"[email]\nurl = smtp://a.fr\nurl = smtp://b.fr\n",
         QStringLiteral("delivery.ini:3: url is set twice in [email] (first on line 2)")},
        {"[email]\nfrom = a@b.fr\n", QStringLiteral("delivery.ini:1: [email] url: missing")},
        {"[email]\nurl = http://smtp.example.fr\nfrom = a@b.fr\n",
         QStringLiteral("delivery.ini:2: [email] url: expected smtp://HOST[:PORT] or smtps://HOST[:PORT], "
                        "found \"http://smtp.example.fr\"")},
        {"[email]\nurl = smtp://bob:pw@smtp.example.fr\nfrom = a@b.fr\n",
         QStringLiteral("delivery.ini:2: [email] url: put the user in \"user\"")},
        {"[email]\nurl = smtp://x.fr\nfrom = not an address\n",
         QStringLiteral("delivery.ini:3: [email] from: not a valid email address")},
        {"[email]\nurl = smtp://x.fr\n", QStringLiteral("delivery.ini:1: [email] from: missing")},
        {"[email]\nurl = smtp://x.fr\nfrom = a@b.fr\nstarttls = maybe\n",
         QStringLiteral("delivery.ini:4: [email] starttls: expected required or none, found \"maybe\"")},
        {"[email]\nurl = smtp://x.fr\nfrom = a@b.fr\ntimeout_seconds = 10s\n",
         QStringLiteral("delivery.ini:4: [email] timeout_seconds: expected a whole number from 1 to 600, "
                        "found \"10s\"")},
        {"[email]\nurl = smtp://x.fr\nfrom = a@b.fr\ntimeout_seconds = 99999999999999\n",
         QStringLiteral("[email] timeout_seconds: expected a whole number from 1 to 600")},
        {"[email]\nurl = smtp://x.fr\nfrom = a@b.fr\nverify_peer = perhaps\n",
         QStringLiteral("delivery.ini:4: [email] verify_peer: expected yes or no")},
        {"[email]\nurl = smtp://x.fr\nfrom = a@b.fr\nca_file = /nonexistent/ca.pem\n",
         QStringLiteral("delivery.ini:4: [email] ca_file: cannot read \"/nonexistent/ca.pem\"")},
        {"[email]\nurl = smtp://x.fr\nfrom = a@b.fr\nfrm = typo\n",
         QStringLiteral("delivery.ini:4: unknown key \"frm\" in [email]; known keys: ca_file, from,")},
        {"[email]\npassword = hunter2\n",
         QStringLiteral("delivery.ini:2: secrets do not go in this file: keep the password in the secret "
                        "store (delivery/smtp-password) or the RELAIS_SMTP_PASSWORD environment variable")},
        {"[email]\nurl = smtp://smtp.example.fr\nfrom = a@b.fr\nstarttls = none\nuser = bob\n",
         QStringLiteral(
             "delivery.ini:4: [email] starttls: starttls = none would send the password in clear")},
        {"[email]\nurl = smtps://x.fr\nfrom = a@b.fr\nstarttls = none\n",
         QStringLiteral("delivery.ini:4: [email] starttls: smtps:// is TLS from the first byte")},
        {"[sms]\nurl = ftp://gw.fr\nbody = to={to}&m={text}\n",
         QStringLiteral("delivery.ini:2: [sms] url: expected https://HOST/PATH")},
        {"[sms]\nurl = https://gw.fr\n", QStringLiteral("delivery.ini:1: [sms] body: missing")},
        {"[sms]\nurl = https://gw.fr\nbody = to={to}&m={message}\n",
         QStringLiteral("delivery.ini:3: [sms] body: body template, character 11: unknown placeholder "
                        "{message}; known: {to}, {to_national}, {text}")},
        {"[sms]\nurl = https://gw.fr\nbody = to={to}&m={text\n",
         QStringLiteral("delivery.ini:3: [sms] body: the template never uses {text}")},
        {"[sms]\nurl = https://gw.fr\nbody = to={to}\n",
         QStringLiteral("delivery.ini:3: [sms] body: the template never uses {text}")},
        {"[sms]\nurl = https://gw.fr\nbody = m={text}\n",
         QStringLiteral("delivery.ini:3: [sms] body: the template uses neither {to} nor {to_national}")},
        {"[sms]\nurl = https://gw.fr\ncontent_type = json\nbody = {\"to\": {to}, \"text\": \"{text}\"}\n",
         QStringLiteral("delivery.ini:4: [sms] body: not JSON once filled in")},
        {"[sms]\nurl = https://gw.fr\ncontent_type = xml\nbody = to={to}&m={text}\n",
         QStringLiteral("delivery.ini:3: [sms] content_type: expected form or json, found \"xml\"")},
        {"[sms]\nurl = https://gw.fr\nbody = to={to}&m={text}\nauth = digest\n",
         QStringLiteral("delivery.ini:4: [sms] auth: expected none, basic, bearer or header")},
        {"[sms]\nurl = https://gw.fr\nbody = to={to}&m={text}\nauth = basic\n",
         QStringLiteral("delivery.ini:1: [sms] user: auth = basic needs a user")},
        {"[sms]\nurl = https://gw.fr\nbody = to={to}&m={text}\nauth = header\nheader = X Api\n",
         QStringLiteral("delivery.ini:5: [sms] header: auth = header needs a header name")},
        {"[sms]\nurl = http://gw.fr\nbody = to={to}&m={text}\nauth = bearer\n",
         QStringLiteral("delivery.ini:2: [sms] url: http:// would send the gateway's secret in clear")},
        {"[sms]\nurl = https://gw.fr\nbody = to={to}&m={text}\nmax_chars = 5\n",
         QStringLiteral(
             "delivery.ini:4: [sms] max_chars: expected a whole number from 20 to 1600, found \"5\"")},
        {"[sms]\nurl = https://gw.fr\nbody = to={to}&m={text}\nsender = ABCDEFGHIJKLMNOPQRSTUVWXYZ\n",
         QStringLiteral("delivery.ini:4: [sms] sender: at most 20 characters")},
        {"[sms]\ntoken = abc\n",
         QStringLiteral("delivery.ini:2: secrets do not go in this file: keep the token in the secret store "
                        "(delivery/sms-token) or the RELAIS_SMS_TOKEN environment variable")},
        {"[sms]\n[sms]\n", QStringLiteral("delivery.ini:2: section [sms] appears twice (first on line 1)")},
        {"[email]\nurl = smtp://x.fr\x01\n",
         QStringLiteral("delivery.ini:2: url contains a control character")},
        {QByteArray("[email]\nurl = \0\n", 15),
         QStringLiteral("delivery.ini: not a text file (it contains NUL bytes)")},
        {"[email]\nfrom_name = \xC3\x28\n", QStringLiteral("delivery.ini: not valid UTF-8 text")},
        {QByteArray(300 * 1024, 'x'), QStringLiteral("delivery.ini: the file is 307200 bytes")},
    };
    for (const auto &[text, expected] : cases) {
        const QString error = errorOf(text);
        INFO("input: " << text.left(200).toStdString() << "\nerror: " << error.toStdString());
        CHECK(error.contains(expected));
    }
}

TEST_CASE("a missing secret names where to put it")
{
    CHECK(errorOf(kGood, noEnv)
              .contains(QStringLiteral(
                  "delivery.ini:4: [email] user: no password for permanence@example.fr: store it in the "
                  "secret store as delivery/smtp-password or set RELAIS_SMTP_PASSWORD")));
    const QByteArray sms = "[sms]\nurl = https://gw.fr\nbody = to={to}&m={text}&key={token}\n";
    CHECK(errorOf(sms, noEnv)
              .contains(QStringLiteral("no gateway secret: store it in the secret store as "
                                       "delivery/sms-token or set RELAIS_SMS_TOKEN")));
    CHECK(errorOf(sms, env) == QStringLiteral("(parsed)"));
}

TEST_CASE("garbage of every kind is refused with a message, never a crash")
{
    QByteArray noise;
    quint32 x = 12345;
    for (int i = 0; i < 20000; ++i) {
        x = x * 1103515245u + 12345u;
        noise += char((x >> 16) & 0xFF);
    }
    CHECK_FALSE(parse(noise).ok());
    CHECK_FALSE(parse("[email]\n" + QByteArray(100000, '=') + "\n").ok());
    CHECK_FALSE(parse("[sms]\nurl = https://gw.fr\nbody = " + QByteArray(5000, '{') + "\n").ok());
    CHECK_FALSE(parse(QByteArray("[]\n")).ok());
    CHECK_FALSE(parse(QByteArray("=\n")).ok());
}

TEST_CASE("a missing file names the file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("delivery.ini"));
    const auto r = loadDeliverySettings(path, noSecret, env);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().where == path);
    CHECK(r.error().what.contains(QStringLiteral("no such file")));
}

// EmailTransport against a real SMTP server on loopback (aiosmtpd): headers, bodies, STARTTLS,
// implicit TLS, AUTH, refusals, a connection dropped mid-DATA, and a retry that is the same mail.
#include "transport/emailtransport.h"
#include "smtptestserver.h"
#include "transporttestsupport.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace relais;
using namespace relais::transport;

namespace {

const FixedClock kClock(QDateTime(QDate(2026, 11, 23), QTime(16, 40), Qt::UTC));

EmailSettings settingsFor(const test::SmtpTestServer &server, const QString &scheme = QStringLiteral("smtp"))
{
    EmailSettings s;
    s.serverUrl = QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(server.port());
    s.startTls = EmailSettings::StartTls::None;
    s.fromAddress = QStringLiteral("permanence@relais-test.fr");
    s.fromName = QStringLiteral("Permanence Relais");
    s.timeout = std::chrono::seconds(10);
    return s;
}

EmailTransport transportFor(const EmailSettings &settings)
{
    return EmailTransport(settings, kClock, std::make_shared<const MessageLayout>());
}

#define REQUIRE_SERVER(server)                                                                               \
    INFO((server).startError().toStdString());                                                               \
    REQUIRE((server).started())

QString header(const QJsonObject &mail, const char *name)
{
    return mail.value(QStringLiteral("headers")).toObject().value(QLatin1String(name)).toString();
}

} // namespace

TEST_CASE(
    "an email reaches the server with decoded headers, Message-ID from the delivery id, plain and HTML parts")
{
    test::SmtpTestServer server({});
    REQUIRE_SERVER(server);
    EmailTransport transport(settingsFor(server), kClock, std::make_shared<const MessageLayout>());
    const Outgoing o = test::sampleOutgoing();
    const SendResult r = transport.send(o);
    INFO(r.serverAnswer.toStdString());
    REQUIRE(r.outcome == SendOutcome::Sent);
    CHECK(r.serverAnswer.contains(QStringLiteral("250")));
    CHECK(r.serverAnswer.contains(QStringLiteral("queued as RELAIS1")));

    const auto mails = server.mails();
    REQUIRE(mails.size() == 1);
    const QJsonObject mail = mails.first();
    CHECK(mail.value(QStringLiteral("mail_from")).toString() == QStringLiteral("permanence@relais-test.fr"));
    CHECK(mail.value(QStringLiteral("rcpt_tos")).toArray() ==
          QJsonArray{QStringLiteral("helene.leroy@example.fr")});
    CHECK(mail.value(QStringLiteral("tls")).toBool() == false);
    CHECK(mail.value(QStringLiteral("defects")).toArray().isEmpty());
    CHECK(header(mail, "from") == QStringLiteral("Permanence Relais <permanence@relais-test.fr>"));
    CHECK(header(mail, "to") == QStringLiteral("Dr Hélène Leroy <helene.leroy@example.fr>"));
    CHECK(header(mail, "subject") ==
          QStringLiteral("[Cabinet médical du Dr Leroy] URGENT Message from Françoise Lefèvre"));
    CHECK(header(mail, "message-id") ==
          QStringLiteral("<6f1c2b9e-4a55-4d3e-9d61-0b7f6c1e2a10.email.dr-leroy.0@relais.invalid>"));
    CHECK(header(mail, "date") == QStringLiteral("Mon, 23 Nov 2026 16:40:00 +0000"));
    CHECK(mail.value(QStringLiteral("content_type")).toString() == QStringLiteral("multipart/alternative"));
    const QJsonArray parts = mail.value(QStringLiteral("parts")).toArray();
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].toObject().value(QStringLiteral("type")).toString() == QStringLiteral("text/plain"));
    CHECK(parts[1].toObject().value(QStringLiteral("type")).toString() == QStringLiteral("text/html"));
    const QString plain = parts[0].toObject().value(QStringLiteral("content")).toString();
    const QString html = parts[1].toObject().value(QStringLiteral("content")).toString();
    CHECK(plain.contains(QStringLiteral("Motif de l'appel: Douleur thoracique depuis ce matin")));
    CHECK(plain.contains(QStringLiteral("lundi 23 novembre 2026 à 17:34")));
    CHECK(plain.contains(QStringLiteral("K7Q2")));
    CHECK(html.contains(QStringLiteral("Patiente âgée")));
    CHECK(html.contains(QStringLiteral("<a href=\"https://relais.example.fr/ack/K7Q2\">")));
}

TEST_CASE("the same outgoing sent twice gives two copies with one Message-ID, never a second distinct email")
{
    test::SmtpTestServer server({});
    REQUIRE_SERVER(server);
    auto transport = transportFor(settingsFor(server));
    const Outgoing o = test::sampleOutgoing();
    REQUIRE(transport.send(o).outcome == SendOutcome::Sent);
    REQUIRE(transport.send(o).outcome == SendOutcome::Sent);
    const auto mails = server.mails();
    REQUIRE(mails.size() == 2);
    CHECK(header(mails[0], "message-id") == header(mails[1], "message-id"));
    CHECK(header(mails[0], "subject") == header(mails[1], "subject"));
    CHECK(mails[0].value(QStringLiteral("parts")) == mails[1].value(QStringLiteral("parts")));
    // A different delivery (another recipient) is another Message-ID.
    Outgoing other = o;
    other.deliveryId = QStringLiteral("6f1c2b9e-4a55-4d3e-9d61-0b7f6c1e2a10.email.secretariat.0");
    REQUIRE(transport.send(other).outcome == SendOutcome::Sent);
    CHECK(header(server.mails().at(2), "message-id") != header(mails[0], "message-id"));
}

TEST_CASE("STARTTLS with AUTH: the mail goes over TLS, verified against the service's CA file")
{
    test::SmtpTestServer server(
        {QStringLiteral("--starttls"), QStringLiteral("--auth"), QStringLiteral("relais:s3cret pass")}, true);
    REQUIRE_SERVER(server);
    EmailSettings s = settingsFor(server);
    s.startTls = EmailSettings::StartTls::Required;
    s.user = QStringLiteral("relais");
    s.password = QStringLiteral("s3cret pass");
    s.caFile = server.certificateFile();
    const SendResult r = transportFor(s).send(test::sampleOutgoing());
    INFO(r.serverAnswer.toStdString());
    REQUIRE(r.outcome == SendOutcome::Sent);
    const auto mails = server.mails();
    REQUIRE(mails.size() == 1);
    CHECK(mails[0].value(QStringLiteral("tls")).toBool());
    CHECK(mails[0].value(QStringLiteral("auth_user")).toString() == QStringLiteral("relais"));
    CHECK_FALSE(r.serverAnswer.contains(QStringLiteral("s3cret")));
}

TEST_CASE("implicit TLS (smtps://) with AUTH")
{
    test::SmtpTestServer server(
        {QStringLiteral("--implicit-tls"), QStringLiteral("--auth"), QStringLiteral("relais:pw")}, true);
    REQUIRE_SERVER(server);
    EmailSettings s = settingsFor(server, QStringLiteral("smtps"));
    s.user = QStringLiteral("relais");
    s.password = QStringLiteral("pw");
    s.caFile = server.certificateFile();
    const SendResult r = transportFor(s).send(test::sampleOutgoing());
    INFO(r.serverAnswer.toStdString());
    REQUIRE(r.outcome == SendOutcome::Sent);
    const auto mails = server.mails();
    REQUIRE(mails.size() == 1);
    CHECK(mails[0].value(QStringLiteral("tls")).toBool());
    CHECK(mails[0].value(QStringLiteral("auth_user")).toString() == QStringLiteral("relais"));
}

TEST_CASE("a certificate nobody vouches for is a permanent failure, and nothing is sent")
{
    test::SmtpTestServer server({QStringLiteral("--implicit-tls")}, true);
    REQUIRE_SERVER(server);
    EmailSettings s = settingsFor(server, QStringLiteral("smtps"));
    s.caFile =
        QStringLiteral("/etc/ssl/certs/ca-certificates.crt"); // public authorities, not our self-signed one
    const SendResult r = transportFor(s).send(test::sampleOutgoing());
    INFO(r.serverAnswer.toStdString());
    CHECK(r.outcome == SendOutcome::PermanentFailure);
    CHECK(r.serverAnswer.contains(QStringLiteral("127.0.0.1")));
    CHECK(server.mails().isEmpty());
}

TEST_CASE("STARTTLS required but not offered by the server: permanent failure, no mail in clear")
{
    test::SmtpTestServer server({});
    REQUIRE_SERVER(server);
    EmailSettings s = settingsFor(server);
    s.startTls = EmailSettings::StartTls::Required;
    const SendResult r = transportFor(s).send(test::sampleOutgoing());
    INFO(r.serverAnswer.toStdString());
    CHECK(r.outcome == SendOutcome::PermanentFailure);
    CHECK(server.mails().isEmpty());
}

TEST_CASE("refused credentials are a permanent failure with the server's answer, the password never shown")
{
    test::SmtpTestServer server(
        {QStringLiteral("--starttls"), QStringLiteral("--auth"), QStringLiteral("relais:right")}, true);
    REQUIRE_SERVER(server);
    EmailSettings s = settingsFor(server);
    s.startTls = EmailSettings::StartTls::Required;
    s.user = QStringLiteral("relais");
    s.password = QStringLiteral("wrong-Pa55");
    s.caFile = server.certificateFile();
    const SendResult r = transportFor(s).send(test::sampleOutgoing());
    INFO(r.serverAnswer.toStdString());
    CHECK(r.outcome == SendOutcome::PermanentFailure);
    CHECK(r.serverAnswer.contains(QStringLiteral("535")));
    CHECK_FALSE(r.serverAnswer.contains(QStringLiteral("wrong-Pa55")));
    CHECK(server.mails().isEmpty());
}

TEST_CASE("a server that refuses the connection is a temporary failure with the reason")
{
    EmailSettings s;
    s.serverUrl = QStringLiteral("smtp://127.0.0.1:%1").arg(test::closedLoopbackPort());
    s.startTls = EmailSettings::StartTls::None;
    s.fromAddress = QStringLiteral("permanence@relais-test.fr");
    s.timeout = std::chrono::seconds(5);
    const SendResult r = transportFor(s).send(test::sampleOutgoing());
    INFO(r.serverAnswer.toStdString());
    CHECK(r.outcome == SendOutcome::TemporaryFailure);
    CHECK(r.serverAnswer.startsWith(s.serverUrl));
    CHECK(r.serverAnswer.contains(QStringLiteral("onnect"))); // "Couldn't connect" / "Connection refused"
}

TEST_CASE("a connection dropped in the middle of DATA is a temporary failure, the retry delivers one mail")
{
    const Outgoing o = test::sampleOutgoing();
    {
        test::SmtpTestServer dropping({QStringLiteral("--drop-in-data")});
        REQUIRE_SERVER(dropping);
        const SendResult r = transportFor(settingsFor(dropping)).send(o);
        INFO(r.serverAnswer.toStdString());
        CHECK(r.outcome == SendOutcome::TemporaryFailure);
        CHECK_FALSE(r.serverAnswer.isEmpty());
        CHECK(dropping.mails().isEmpty());
    }
    test::SmtpTestServer server({});
    REQUIRE_SERVER(server);
    REQUIRE(transportFor(settingsFor(server)).send(o).outcome == SendOutcome::Sent);
    REQUIRE(server.mails().size() == 1);
    CHECK(header(server.mails().first(), "message-id").startsWith(QStringLiteral("<6f1c2b9e-")));
}

TEST_CASE("an unknown recipient (550) is permanent, a 451 is temporary, each with the server's words")
{
    SECTION("550")
    {
        test::SmtpTestServer server({QStringLiteral("--reject-rcpt"), QStringLiteral("nobody@example.fr")});
        REQUIRE_SERVER(server);
        Outgoing o = test::sampleOutgoing();
        o.address = QStringLiteral("nobody@example.fr");
        const SendResult r = transportFor(settingsFor(server)).send(o);
        INFO(r.serverAnswer.toStdString());
        CHECK(r.outcome == SendOutcome::PermanentFailure);
        CHECK(r.serverAnswer.contains(QStringLiteral("550 5.1.1")));
        CHECK(r.serverAnswer.contains(QStringLiteral("User unknown")));
    }
    SECTION("451")
    {
        test::SmtpTestServer server({QStringLiteral("--tempfail-data")});
        REQUIRE_SERVER(server);
        const SendResult r = transportFor(settingsFor(server)).send(test::sampleOutgoing());
        INFO(r.serverAnswer.toStdString());
        CHECK(r.outcome == SendOutcome::TemporaryFailure);
        CHECK(r.serverAnswer.contains(QStringLiteral("451 4.3.0")));
    }
}

TEST_CASE("hostile names and addresses cannot add headers or recipients")
{
    test::SmtpTestServer server({});
    REQUIRE_SERVER(server);
    auto transport = transportFor(settingsFor(server));

    Outgoing injected = test::sampleOutgoing();
    injected.address = QStringLiteral("helene.leroy@example.fr>\r\nRCPT TO:<victim@example.com");
    const SendResult refused = transport.send(injected);
    CHECK(refused.outcome == SendOutcome::PermanentFailure);
    CHECK(server.mails().isEmpty());

    Outgoing hostile = test::sampleOutgoing();
    hostile.message.callerName = QStringLiteral("Eve\r\nBcc: victim@example.com\r\nX-Evil: 1");
    hostile.recipientName = QStringLiteral("Bob\r\nCc: victim@example.com");
    hostile.clientName = QStringLiteral("=?UTF-8?B?QmNjOiB4?= \"quoted\" <b>");
    REQUIRE(transport.send(hostile).outcome == SendOutcome::Sent);
    const auto mails = server.mails();
    REQUIRE(mails.size() == 1);
    const QJsonArray names = mails[0].value(QStringLiteral("header_names")).toArray();
    CHECK_FALSE(names.contains(QStringLiteral("bcc")));
    CHECK_FALSE(names.contains(QStringLiteral("cc")));
    CHECK_FALSE(names.contains(QStringLiteral("x-evil")));
    CHECK(mails[0].value(QStringLiteral("rcpt_tos")).toArray() ==
          QJsonArray{QStringLiteral("helene.leroy@example.fr")});
    CHECK(header(mails[0], "subject").contains(QStringLiteral("Eve Bcc: victim@example.com X-Evil: 1")));
    CHECK(header(mails[0], "subject").contains(QStringLiteral("=?UTF-8?B?QmNjOiB4?=")));
    CHECK(mails[0].value(QStringLiteral("defects")).toArray().isEmpty());
}

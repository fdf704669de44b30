// SmsGatewayTransport against a fake HTTP gateway on loopback: outcomes per status, timeout,
// and the request as the gateway receives it (template, escaping, authentication).
#include "transport/smsgatewaytransport.h"
#include "fakesmsgateway.h"
#include "transporttestsupport.h"

#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

using namespace relais;
using namespace relais::transport;

namespace {

SmsGatewaySettings formSettings(const test::FakeSmsGateway &gateway)
{
    SmsGatewaySettings s;
    s.url = QUrl(gateway.url());
    s.bodyType = BodyType::Form;
    s.bodyTemplate = QStringLiteral("to={to}&message={text}&sender={sender}&ref={id}");
    s.sender = QStringLiteral("PERMANENCE");
    s.auth = SmsGatewaySettings::Auth::Basic;
    s.user = QStringLiteral("relais");
    s.secret = QStringLiteral("t0k&n=\"x\"");
    s.timeout = std::chrono::milliseconds(3000);
    return s;
}

SendResult sendWith(const SmsGatewaySettings &settings, const transport::Outgoing &o)
{
    SmsGatewayTransport transport(settings, std::make_shared<const MessageLayout>());
    return transport.send(o);
}

transport::Outgoing smsOutgoing()
{
    transport::Outgoing o = test::sampleOutgoing();
    o.address = QStringLiteral("+33612345678");
    return o;
}

} // namespace

TEST_CASE("a 200 from the gateway is sent, keeping its answer, the form body is the template, url-encoded")
{
    test::FakeSmsGateway gateway;
    const transport::Outgoing o = smsOutgoing();
    const SendResult r = sendWith(formSettings(gateway), o);
    INFO(r.serverAnswer.toStdString());
    CHECK(r.outcome == SendOutcome::Sent);
    CHECK(r.serverAnswer == QStringLiteral("HTTP 200: {\"status\":\"ok\",\"id\":\"GW-42\"}"));

    REQUIRE(gateway.requests().size() == 1);
    const test::ReceivedRequest &req = gateway.requests().first();
    CHECK(req.method == "POST");
    CHECK(req.path == "/api/sms");
    CHECK(req.headers.value("content-type") == "application/x-www-form-urlencoded");
    CHECK(req.headers.value("authorization") == "Basic " + QByteArray("relais:t0k&n=\"x\"").toBase64());
    const QUrlQuery form(QString::fromUtf8(req.body));
    CHECK(form.queryItems().size() == 4);
    CHECK(form.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded) == QStringLiteral("+33612345678"));
    CHECK(form.queryItemValue(QStringLiteral("sender")) == QStringLiteral("PERMANENCE"));
    CHECK(form.queryItemValue(QStringLiteral("ref"), QUrl::FullyDecoded) == o.deliveryId);
    const QString text = form.queryItemValue(QStringLiteral("message"), QUrl::FullyDecoded);
    CHECK(text.startsWith(QStringLiteral("URGENT - Francoise Lefèvre - 06 98 76 54 32")));
    CHECK(text.endsWith(QStringLiteral(" Code K7Q2")));
}

TEST_CASE("a caller's '&' and '=' cannot add a form field, quotes cannot break a JSON body")
{
    test::FakeSmsGateway gateway;
    transport::Outgoing o = smsOutgoing();
    o.message.callerName = QStringLiteral("A&to=+33700000000&x=\"}\\");
    SECTION("form")
    {
        REQUIRE(sendWith(formSettings(gateway), o).outcome == SendOutcome::Sent);
        const QUrlQuery form(QString::fromUtf8(gateway.requests().first().body));
        CHECK(form.allQueryItemValues(QStringLiteral("to")).size() == 1);
        CHECK(form.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded) ==
              QStringLiteral("+33612345678"));
        CHECK(form.queryItemValue(QStringLiteral("message"), QUrl::FullyDecoded)
                  .contains(QStringLiteral("A&to=+33700000000&x=\"}\\")));
    }
    SECTION("json, bearer token")
    {
        SmsGatewaySettings s = formSettings(gateway);
        s.bodyType = BodyType::Json;
        s.bodyTemplate = QStringLiteral(
            R"({"recipients":["{to}"],"text":"{text}","sender":"{sender}","options":{"flash":false,"note":"{nope"}})");
        s.auth = SmsGatewaySettings::Auth::Bearer;
        s.secret = QStringLiteral("abc.def");
        REQUIRE(sendWith(s, o).outcome == SendOutcome::Sent);
        const test::ReceivedRequest &req = gateway.requests().first();
        CHECK(req.headers.value("content-type").startsWith("application/json"));
        CHECK(req.headers.value("authorization") == "Bearer abc.def");
        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(req.body, &error).object();
        INFO(req.body.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        CHECK(body.value(QStringLiteral("recipients")).toArray().first().toString() ==
              QStringLiteral("+33612345678"));
        CHECK(body.value(QStringLiteral("text"))
                  .toString()
                  .contains(QStringLiteral("A&to=+33700000000&x=\"}\\")));
        CHECK(body.value(QStringLiteral("options")).toObject().value(QStringLiteral("note")).toString() ==
              QStringLiteral("{nope"));
        CHECK(body.keys().size() == 4);
    }
    SECTION("API-key header")
    {
        SmsGatewaySettings s = formSettings(gateway);
        s.auth = SmsGatewaySettings::Auth::Header;
        s.headerName = QStringLiteral("X-Api-Key");
        s.secret = QStringLiteral("key-123");
        REQUIRE(sendWith(s, o).outcome == SendOutcome::Sent);
        CHECK(gateway.requests().first().headers.value("x-api-key") == "key-123");
        CHECK_FALSE(gateway.requests().first().headers.contains("authorization"));
    }
}

TEST_CASE("gateway statuses map to outcomes: 4xx permanent, 429 and 5xx temporary, each with the answer")
{
    test::FakeSmsGateway gateway;
    const auto check = [&](int status, SendOutcome expected) {
        gateway.answer(status, R"({"error":"reason )" + QByteArray::number(status) + "\"}");
        const SendResult r = sendWith(formSettings(gateway), smsOutgoing());
        INFO(status << ": " << r.serverAnswer.toStdString());
        CHECK(r.outcome == expected);
        CHECK(r.serverAnswer.contains(QStringLiteral("HTTP %1").arg(status)));
        CHECK(r.serverAnswer.contains(QStringLiteral("reason %1").arg(status)));
    };
    check(400, SendOutcome::PermanentFailure);
    check(401, SendOutcome::PermanentFailure);
    check(429, SendOutcome::TemporaryFailure);
    check(500, SendOutcome::TemporaryFailure);
    check(503, SendOutcome::TemporaryFailure);
    check(201, SendOutcome::Sent);
    check(302, SendOutcome::PermanentFailure);
}

TEST_CASE("the gateway's answer never carries the secret into the delivery log")
{
    test::FakeSmsGateway gateway;
    SmsGatewaySettings s = formSettings(gateway);
    gateway.answer(401, "bad key " + s.secret.toUtf8());
    const SendResult r = sendWith(s, smsOutgoing());
    CHECK(r.outcome == SendOutcome::PermanentFailure);
    CHECK_FALSE(r.serverAnswer.contains(s.secret));
    CHECK(r.serverAnswer.contains(QStringLiteral("***")));
}

TEST_CASE("a gateway that never answers is a temporary failure after the timeout")
{
    test::FakeSmsGateway gateway;
    gateway.neverAnswer();
    SmsGatewaySettings s = formSettings(gateway);
    s.timeout = std::chrono::milliseconds(400);
    QElapsedTimer timer;
    timer.start();
    const SendResult r = sendWith(s, smsOutgoing());
    INFO(r.serverAnswer.toStdString());
    CHECK(r.outcome == SendOutcome::TemporaryFailure);
    CHECK(r.serverAnswer.contains(QStringLiteral("no answer within 400 ms")));
    CHECK(timer.elapsed() >= 390);
    CHECK(timer.elapsed() < 5000);
    CHECK(gateway.requests().size() == 1);
}

TEST_CASE("a gateway nobody listens on is a temporary failure with the reason")
{
    SmsGatewaySettings s;
    {
        test::FakeSmsGateway closed;
        s = formSettings(closed);
    } // the server is gone: its port refuses connections
    const SendResult r = sendWith(s, smsOutgoing());
    INFO(r.serverAnswer.toStdString());
    CHECK(r.outcome == SendOutcome::TemporaryFailure);
    CHECK(r.serverAnswer.contains(QStringLiteral("127.0.0.1")));
}

TEST_CASE("a recipient that is not a phone number is refused before any request")
{
    test::FakeSmsGateway gateway;
    transport::Outgoing o = smsOutgoing();
    for (const QString &bad : {QStringLiteral(""), QStringLiteral("+33612345678&to=+33700000000"),
                               QStringLiteral("helene@example.fr"), QStringLiteral("+33 6 12 34 56 78")}) {
        o.address = bad;
        CHECK(sendWith(formSettings(gateway), o).outcome == SendOutcome::PermanentFailure);
    }
    CHECK(gateway.requests().isEmpty());
}

TEST_CASE("send works from a thread other than the one the transport was made on")
{
    test::FakeSmsGateway gateway;
    SmsGatewayTransport transport(formSettings(gateway), std::make_shared<const MessageLayout>());
    SendResult result;
    std::atomic<bool> done = false;
    std::thread worker([&] {
        result = transport.send(smsOutgoing());
        done = true;
    });
    // The gateway lives on this thread: keep its event loop turning while the worker waits.
    REQUIRE(test::waitUntil([&] { return done.load(); }, 10000));
    worker.join();
    CHECK(result.outcome == SendOutcome::Sent);
}

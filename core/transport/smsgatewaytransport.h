// SMS through an HTTP gateway: one POST per send, the body made from the service's template.
#pragma once

#include "transport/bodytemplate.h"
#include "transport/messagelayout.h"
#include "transport/transport.h"

#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

namespace relais::transport {

struct SmsGatewaySettings
{
    enum class Auth
    {
        None,
        Basic,  // Authorization: Basic base64(user:secret)
        Bearer, // Authorization: Bearer secret
        Header  // <headerName>: secret (an API-key header)
    };

    QUrl url;
    BodyType bodyType = BodyType::Form;
    QString bodyTemplate; // e.g. "to={to}&message={text}&sender={sender}"
    QString sender;       // the sender name shown on the phone (gateways limit it, often 11 chars)
    Auth auth = Auth::None;
    QString user;
    QString secret;     // password or token; never logged
    QString headerName; // for Auth::Header
    std::chrono::milliseconds timeout{15000};
    bool operator==(const SmsGatewaySettings &) const = default;
};

class SmsGatewayTransport final : public Transport
{
public:
    SmsGatewayTransport(SmsGatewaySettings settings, std::shared_ptr<const MessageLayout> layout);
    ~SmsGatewayTransport() override;

    Channel channel() const override { return Channel::Sms; }
    // Blocks in a local event loop until the gateway answers or the timeout passes; works on any
    // thread (the network objects are made and destroyed inside the call).
    SendResult send(const Outgoing &outgoing) override;

private:
    SmsGatewaySettings m_settings;
    std::shared_ptr<const MessageLayout> m_layout;
};

} // namespace relais::transport

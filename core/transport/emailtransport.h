// Email over SMTP through libcurl: STARTTLS or implicit TLS (smtps://), AUTH, one mail per send().
#pragma once

#include "common/clock.h"
#include "transport/messagelayout.h"
#include "transport/transport.h"

#include <QString>

#include <chrono>
#include <memory>

namespace relais::transport {

struct EmailSettings
{
    enum class StartTls
    {
        Required, // smtp:// must switch to TLS before AUTH and the mail, or nothing is sent
        None      // plain SMTP (a relay on the same machine or network); never with a password in use
    };

    QString serverUrl; // smtp://host:587 (STARTTLS per `startTls`) or smtps://host:465 (implicit TLS)
    StartTls startTls = StartTls::Required;
    QString user;     // empty: no AUTH
    QString password; // never logged
    QString fromAddress;
    QString fromName;
    QString caFile;         // PEM file of trusted authorities; empty: the system's
    bool verifyPeer = true; // false only for tests against a self-signed server
    std::chrono::milliseconds timeout{30000};
    bool operator==(const EmailSettings &) const = default;
};

class EmailTransport final : public Transport
{
public:
    EmailTransport(EmailSettings settings, const Clock &clock, std::shared_ptr<const MessageLayout> layout);
    ~EmailTransport() override;

    Channel channel() const override { return Channel::Email; }
    SendResult send(const Outgoing &outgoing) override;

    // The exact bytes send() hands to the server for `outgoing` (tests, and a "preview" later).
    QByteArray compose(const Outgoing &outgoing) const;

private:
    EmailSettings m_settings;
    const Clock &m_clock;
    std::shared_ptr<const MessageLayout> m_layout;
};

} // namespace relais::transport

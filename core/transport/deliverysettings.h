// The service's delivery settings (SMTP server, SMS gateway, SMS length) read from delivery.ini,
// with errors that name the file, the line and what was wrong. Secrets never come from the file.
#pragma once

#include "common/result.h"
#include "transport/emailtransport.h"
#include "transport/smsgatewaytransport.h"
#include "transport/smstext.h"

#include <QString>

#include <functional>
#include <optional>

namespace relais::transport {

struct DeliverySettings
{
    std::optional<EmailSettings> email;    // absent: no [email] section, email is not sent
    std::optional<SmsGatewaySettings> sms; // absent: no [sms] section, SMS is not sent
    SmsLimits smsLimits;
};

// Where a secret comes from: given a key ("delivery/smtp-password", "delivery/sms-token"), the stored
// value or nothing. The console and relais-cli pass their SecretStore; tests pass a map.
using SecretLookup = std::function<std::optional<QString>(const QString &key)>;
// Reads an environment variable (qEnvironmentVariable by default; tests pass a map).
using EnvironmentLookup = std::function<QString(const QString &name)>;

inline const QString kSmtpPasswordKey = QStringLiteral("delivery/smtp-password");
inline const QString kSmsTokenKey = QStringLiteral("delivery/sms-token");
inline const QString kSmtpPasswordEnv = QStringLiteral("RELAIS_SMTP_PASSWORD");
inline const QString kSmsTokenEnv = QStringLiteral("RELAIS_SMS_TOKEN");

// Parses the text of a delivery.ini. `fileName` is used in error messages. Secrets are looked up in
// `secrets` first, then in the environment (RELAIS_SMTP_PASSWORD, RELAIS_SMS_TOKEN).
Result<DeliverySettings> parseDeliverySettings(const QByteArray &text, const QString &fileName,
                                               const SecretLookup &secrets = {},
                                               const EnvironmentLookup &environment = {});

// Reads and parses the file; a missing file is an error naming it.
Result<DeliverySettings> loadDeliverySettings(const QString &path, const SecretLookup &secrets = {},
                                              const EnvironmentLookup &environment = {});

// ~/.config/Relais/delivery.ini: the same file for the console and relais-cli.
QString defaultDeliverySettingsPath();

} // namespace relais::transport

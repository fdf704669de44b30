// Lays out one outgoing message for people: an email subject, plain-text and HTML bodies, and an
// SMS text with the essentials first. Pure: no I/O, the caller's text is treated as hostile.
#pragma once

#include "transport/smstext.h"
#include "transport/transport.h"

#include <QString>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace relais {
class PhoneNumbers;
}

namespace relais::transport {

struct LaidOutMessage
{
    QString subject;   // one line, no control characters
    QString plainText; // lines joined by "\n"
    QString html;      // a complete UTF-8 HTML document, every value escaped
};

class MessageLayout final
{
public:
    // The client's zone by client code (from its consignes); invalid or absent: the default zone.
    using ZoneLookup = std::function<QTimeZone(const QString &clientCode)>;

    // `zone`: where dates are shown when `zoneFor` does not know the client (Europe/Paris when
    // invalid).
    explicit MessageLayout(SmsLimits smsLimits = {}, QTimeZone zone = {}, ZoneLookup zoneFor = {});
    ~MessageLayout();
    MessageLayout(const MessageLayout &) = delete;
    MessageLayout &operator=(const MessageLayout &) = delete;

    LaidOutMessage email(const Outgoing &outgoing) const;

    // Urgency, caller, callback number first, then client, date, answers and notes, cut with "..."
    // to fit the limit; " Code XXXX" (the acknowledge code) always kept at the end.
    QString sms(const Outgoing &outgoing) const;

    // "lundi 23 novembre 2026 à 17:34" in `zone` (the layout's default zone when invalid).
    QString frenchDate(const QDateTime &utc, const QTimeZone &zone = {}) const;

    // Where the outgoing message's dates are shown: its client's zone, else the default.
    QTimeZone zoneOf(const Outgoing &outgoing) const;

    // The number to call back: an answer to a phone-like checklist field (callback, rappel,
    // téléphone), else the caller's number; shown in national format. Empty when neither exists.
    QString callbackNumber(const Outgoing &outgoing) const;

private:
    SmsLimits m_smsLimits;
    QTimeZone m_zone;
    ZoneLookup m_zoneFor;
    std::unique_ptr<PhoneNumbers> m_phones;
};

// One line of caller-given text: control characters (CR, LF, NUL, …) become spaces, at most
// `maxChars` characters (cut with "…").
QString singleLine(const QString &text, int maxChars);

} // namespace relais::transport

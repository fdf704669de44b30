// Lays out one outgoing message for people: an email subject, plain-text and HTML bodies, and an
// SMS text with the essentials first. Pure: no I/O, the caller's text is treated as hostile.
#pragma once

#include "transport/smstext.h"
#include "transport/transport.h"

#include <QString>
#include <QTimeZone>

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
    // `zone`: where dates are shown (the client's zone when known; Europe/Paris otherwise).
    explicit MessageLayout(SmsLimits smsLimits = {}, QTimeZone zone = {});
    ~MessageLayout();
    MessageLayout(const MessageLayout &) = delete;
    MessageLayout &operator=(const MessageLayout &) = delete;

    LaidOutMessage email(const Outgoing &outgoing) const;

    // Urgency, caller, callback number first, then client, date, answers and notes, cut with "..."
    // to fit the limit; " Code XXXX" (the acknowledge code) always kept at the end.
    QString sms(const Outgoing &outgoing) const;

    // "lundi 23 novembre 2026 à 17:34" in the layout's zone.
    QString frenchDate(const QDateTime &utc) const;

    // The number to call back: an answer to a phone-like checklist field (callback, rappel,
    // téléphone), else the caller's number; shown in national format. Empty when neither exists.
    QString callbackNumber(const Outgoing &outgoing) const;

private:
    SmsLimits m_smsLimits;
    QTimeZone m_zone;
    std::unique_ptr<PhoneNumbers> m_phones;
};

// One line of caller-given text: control characters (CR, LF, NUL, …) become spaces, at most
// `maxChars` characters (cut with "…").
QString singleLine(const QString &text, int maxChars);

} // namespace relais::transport

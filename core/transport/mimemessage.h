// The bytes of one email (RFC 5322 + MIME): headers encoded per RFC 2047, a multipart/alternative
// body with plain text and HTML, and a Message-ID fixed by the delivery id so a retry is the same mail.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace relais::transport {

struct MailAddress
{
    QString name;    // display name, any text (encoded when not plain ASCII)
    QString address; // user@domain, checked by isValidMailAddress
};

struct MimeMail
{
    MailAddress from;
    MailAddress to;
    QString subject;
    QString plainText;
    QString html;
    QString deliveryId; // gives Message-ID: <deliveryId@relais.invalid>
    QDateTime date;     // the Date header (UTC, written as +0000)
};

// A conservative check of an SMTP mailbox: one "@", no spaces, no control characters, none of <>()[],;:"
// or backslash, that could end the SMTP command or the header it goes into. Letters beyond ASCII are allowed
// (SMTPUTF8 servers), but the domain must have a dot-separated name.
bool isValidMailAddress(const QString &address);

// "<id@relais.invalid>": characters of the id other than letters, digits, '.', '-', '_' are written as
// '=XX' so any delivery id gives a valid, stable Message-ID.
QByteArray messageIdFor(const QString &deliveryId);

// RFC 2047 "B" encoded words for a header value that is not plain printable ASCII, folded in lines
// under 78 characters; control characters become spaces first. ASCII text is returned as is.
QByteArray encodeHeaderText(const QString &text, int firstLineUsed);

// The whole message with CRLF line ends, ready for SMTP DATA.
QByteArray buildMimeMail(const MimeMail &mail);

} // namespace relais::transport

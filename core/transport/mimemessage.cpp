// Builds the RFC 5322 / MIME bytes of one email.
#include "transport/mimemessage.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QStringList>

namespace relais::transport {

namespace {

QString withoutControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += (c.unicode() < 0x20 || c.unicode() == 0x7F || c.category() == QChar::Other_Control ||
                c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
                   ? QChar(QLatin1Char(' '))
                   : c;
    return out;
}

bool plainAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    // "=?" would be read as the start of an encoded word by the reader.
    return !text.contains(QStringLiteral("=?"));
}

// Base64 lines of at most 76 characters, CRLF after each.
QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

// The address part, with a display name when there is one: "=?UTF-8?B?...?= <a@b.fr>".
QByteArray addressHeader(const char *name, const MailAddress &address)
{
    QByteArray line = QByteArray(name) + ": ";
    const QString display = withoutControls(address.name).trimmed().left(200);
    if (!display.isEmpty()) {
        // A display name with specials is quoted when ASCII, encoded otherwise.
        static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
        bool needsQuoting = false;
        for (const QChar c : display)
            needsQuoting = needsQuoting || specials.contains(c);
        if (plainAscii(display) && !needsQuoting)
            line += display.toLatin1();
        else if (plainAscii(display))
            line += '"' + display.toLatin1().replace('\\', "\\\\").replace('"', "\\\"") + '"';
        else
            line += encodeHeaderText(display, int(line.size()));
        line += ' ';
    }
    line += '<' + address.address.toUtf8() + ">\r\n";
    return line;
}

} // namespace

bool isValidMailAddress(const QString &address)
{
    if (address.size() > 254)
        return false;
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1 || address.indexOf(QLatin1Char('@')) != at)
        return false;
    static const QString forbidden = QStringLiteral("<>()[],;:\"\\ ");
    for (const QChar c : address)
        if (c.unicode() < 0x21 || c.unicode() == 0x7F || c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_Format || c.isSpace() || forbidden.contains(c))
            return false;
    const QString domain = address.mid(at + 1);
    if (!domain.contains(QLatin1Char('.')) || domain.startsWith(QLatin1Char('.')) ||
        domain.endsWith(QLatin1Char('.')) || domain.contains(QStringLiteral("..")))
        return false;
    return true;
}

QByteArray messageIdFor(const QString &deliveryId)
{
    QByteArray local;
    for (const char c : deliveryId.toUtf8()) {
        const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                          c == '.' || c == '-' || c == '_';
        if (safe)
            local += c;
        else
            local += '=' + QByteArray::number(uchar(c), 16).rightJustified(2, '0').toUpper();
    }
    // Keep the header readable: a very long id is replaced by its hash (still stable).
    if (local.size() > 120)
        local = QCryptographicHash::hash(deliveryId.toUtf8(), QCryptographicHash::Sha256).toHex();
    if (local.isEmpty() || local.startsWith('.') || local.endsWith('.') || local.contains(".."))
        local = "d" + QCryptographicHash::hash(deliveryId.toUtf8(), QCryptographicHash::Sha256).toHex();
    return '<' + local + "@relais.invalid>";
}

QByteArray encodeHeaderText(const QString &text, int firstLineUsed)
{
    const QString clean = withoutControls(text);
    if (plainAscii(clean))
        return clean.toLatin1();
    // Each encoded word holds whole characters (never half a UTF-8 sequence or surrogate pair) and
    // stays under 75 characters: "=?UTF-8?B?" + base64 of at most 45 bytes + "?=" is 72.
    QByteArray out;
    QByteArray chunk;
    int lineUsed = firstLineUsed;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        const QByteArray word = "=?UTF-8?B?" + chunk.toBase64() + "?=";
        if (!out.isEmpty()) {
            if (lineUsed + 1 + word.size() > 76) {
                out += "\r\n";
                lineUsed = 0;
            }
            out += ' ';
            ++lineUsed;
        }
        out += word;
        lineUsed += int(word.size());
        chunk.clear();
    };
    for (qsizetype i = 0; i < clean.size(); ++i) {
        qsizetype len = (clean.at(i).isHighSurrogate() && i + 1 < clean.size()) ? 2 : 1;
        const QByteArray bytes = clean.mid(i, len).toUtf8();
        i += len - 1;
        if (chunk.size() + bytes.size() > 45)
            flush();
        chunk += bytes;
    }
    flush();
    return out;
}

QByteArray buildMimeMail(const MimeMail &mail)
{
    // The boundary cannot appear in base64 lines ("=_" never occurs in them).
    const QByteArray boundary =
        "=_relais_" +
        QCryptographicHash::hash(mail.deliveryId.toUtf8(), QCryptographicHash::Sha1).toHex().left(24);
    const QLocale c = QLocale::c();
    const QDateTime date = (mail.date.isValid() ? mail.date : QDateTime::currentDateTimeUtc()).toUTC();

    QByteArray out;
    out += "Date: " + c.toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000\r\n";
    out += addressHeader("From", mail.from);
    out += addressHeader("To", mail.to);
    const QString subject = withoutControls(mail.subject).left(250);
    out += "Subject: " + encodeHeaderText(subject, 9) + "\r\n";
    out += "Message-ID: " + messageIdFor(mail.deliveryId) + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    // Tells mail servers and out-of-office robots not to answer automatically.
    out += "Auto-Submitted: auto-generated\r\n";
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n";
    out += "\r\n";
    out += "--" + boundary + "\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    out += base64Lines(mail.plainText.toUtf8());
    out += "--" + boundary + "\r\n";
    out += "Content-Type: text/html; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    out += base64Lines(mail.html.toUtf8());
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace relais::transport

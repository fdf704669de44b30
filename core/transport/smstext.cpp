// GSM 03.38 folding, counting and cutting for SMS texts.
#include "transport/smstext.h"

#include <algorithm>

namespace relais::transport {

namespace {

// GSM 03.38 basic alphabet (one septet each), excluding the escape code.
const QString &gsmBasic()
{
    static const QString chars =
        QStringLiteral("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                       "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return chars;
}

// The extension table: each costs an escape plus the character (two septets).
const QString &gsmExtension()
{
    static const QString chars = QStringLiteral("^{}\\[~]|€\f");
    return chars;
}

bool inBasic(QChar c)
{
    return gsmBasic().contains(c);
}
bool inExtension(QChar c)
{
    return gsmExtension().contains(c);
}
bool inGsm(QChar c)
{
    return inBasic(c) || inExtension(c);
}

// Replacements that decomposition does not give.
QString specialFold(char32_t c)
{
    switch (c) {
    case U'\u2018':
    case U'\u2019':
    case U'\u201A':
    case U'\u2032':
    case U'`':
        return QStringLiteral("'");
    case U'\u201C':
    case U'\u201D':
    case U'\u201E':
    case U'\u00AB':
    case U'\u00BB':
        return QStringLiteral("\"");
    case U'\u2010':
    case U'\u2011':
    case U'\u2012':
    case U'\u2013':
    case U'\u2014':
    case U'\u2212':
        return QStringLiteral("-");
    case U'\u2026':
        return QStringLiteral("...");
    case U'\u0153':
        return QStringLiteral("oe");
    case U'\u0152':
        return QStringLiteral("OE");
    case U'\u00B0':
        return QStringLiteral("o");
    default:
        return {};
    }
}

} // namespace

QString foldForSms(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool lastWasSpace = true; // drops leading spaces
    const auto appendSpace = [&] {
        if (!lastWasSpace)
            out += QLatin1Char(' ');
        lastWasSpace = true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || QChar::isSpace(c) || c == 0xFEFF) {
            appendSpace();
            continue;
        }
        if (QChar::isSurrogate(c)) // a lone half of a pair: invalid text
            continue;
        lastWasSpace = false;
        if (c < 0x10000 && inGsm(QChar(char16_t(c)))) {
            out += QChar(char16_t(c));
            continue;
        }
        if (const QString special = specialFold(c); !special.isEmpty()) {
            out += special;
            continue;
        }
        // An accented letter whose base letter is GSM-7: keep the base letter.
        const QString decomposed = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_D);
        if (!decomposed.isEmpty() && decomposed.at(0).unicode() < 0x80 && inGsm(decomposed.at(0))) {
            out += decomposed.at(0);
            continue;
        }
        out += QString::fromUcs4(&c, 1);
    }
    while (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

bool isGsm7(const QString &text)
{
    for (const QChar c : text)
        if (!inGsm(c))
            return false;
    return true;
}

int smsLength(const QString &text)
{
    if (!isGsm7(text))
        return int(text.size());
    int septets = 0;
    for (const QChar c : text)
        septets += inExtension(c) ? 2 : 1;
    return septets;
}

int smsLimitFor(const QString &text, const SmsLimits &limits)
{
    return isGsm7(text) ? limits.gsm7 : limits.unicode;
}

QString fitSms(const QString &text, const QString &suffix, const SmsLimits &limits)
{
    const QString whole = text + suffix;
    const int limit = smsLimitFor(whole, limits);
    if (smsLength(whole) <= limit)
        return whole;
    const QString ellipsis = QStringLiteral("...");
    // Drop characters from the end of `text` until it fits; removing a non-GSM character may turn
    // the text back into GSM-7 with the larger limit, so the limit is read again each time.
    // Septets are never fewer than UTF-16 units, so nothing longer than the larger limit can fit.
    QString cut = text.left(std::max(limits.gsm7, limits.unicode));
    if (!cut.isEmpty() && cut.back().isHighSurrogate())
        cut.chop(1);
    while (!cut.isEmpty()) {
        cut.chop(cut.size() >= 2 && cut.back().isLowSurrogate() ? 2 : 1);
        while (cut.endsWith(QLatin1Char(' ')))
            cut.chop(1);
        const QString candidate = cut + ellipsis + suffix;
        if (smsLength(candidate) <= smsLimitFor(candidate, limits))
            return candidate;
    }
    // Not even the suffix fits: cut the suffix itself, which keeps at least something sent.
    QString tail = suffix.trimmed();
    while (!tail.isEmpty() && smsLength(tail) > smsLimitFor(tail, limits))
        tail.chop(tail.size() >= 2 && tail.back().isLowSurrogate() ? 2 : 1);
    return tail;
}

} // namespace relais::transport

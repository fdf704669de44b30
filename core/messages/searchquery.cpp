// Reading operator input for message search: numbers in the forms operators type, or words.
#include "messages/searchquery.h"

namespace relais {

namespace {

bool isNumberSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('/') ||
           c == QLatin1Char('(') || c == QLatin1Char(')');
}

// The digits of `text` when it is written like a phone number (a leading + allowed), else empty.
QString numberDigits(const QString &text, bool *plus)
{
    const QString trimmed = text.trimmed();
    *plus = trimmed.startsWith(QLatin1Char('+'));
    QString digits;
    for (qsizetype i = *plus ? 1 : 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits += c;
        else if (!isNumberSeparator(c))
            return {};
    }
    return digits;
}

// The service's region: a national number starting with 0 is French (country code 33).
const QString nationalCountryCode = QStringLiteral("33");

} // namespace

QString SearchQuery::fold(const QString &word)
{
    const QString decomposed = word.toLower().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining &&
            c.category() != QChar::Mark_Enclosing)
            out += c;
    return out;
}

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    bool plus = false;
    const QString digits = text.size() <= 64 ? numberDigits(text, &plus) : QString();
    // "+33" names a country already: two digits after a + are enough.
    if (digits.size() >= (plus ? minNumberDigits - 1 : minNumberDigits)) {
        if (plus) {
            query.kind = Kind::NumberPrefix;
            query.number = QLatin1Char('+') + digits;
        } else if (digits.startsWith(QLatin1String("00"))) {
            query.kind = Kind::NumberPrefix;
            query.number = QLatin1Char('+') + digits.mid(2);
        } else if (digits.startsWith(QLatin1Char('0'))) {
            query.kind = Kind::NumberPrefix;
            query.number = QLatin1Char('+') + nationalCountryCode + digits.mid(1);
        } else {
            query.kind = Kind::NumberSuffix;
            query.number = digits;
        }
        if (query.number.size() > 1)
            return query;
        query = SearchQuery(); // "+00": no digit left to look for
    }

    // Words: only letters and digits survive, so nothing the operator types can reach a query
    // language (FTS5 operators, tsquery syntax, quotes) as anything but plain words.
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty() && query.words.size() < maxWords && !query.words.contains(word))
            query.words << word;
        word.clear();
    };
    const QString folded = fold(text.left(maxWords * (maxWordLength + 1) * 4));
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() && !c.isSurrogate()) {
            if (word.size() < maxWordLength)
                word += c;
        } else {
            flush();
        }
    }
    flush();
    if (!query.words.isEmpty())
        query.kind = Kind::Words;
    return query;
}

} // namespace relais

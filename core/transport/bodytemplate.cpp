// Template filling for SMS gateway bodies.
#include "transport/bodytemplate.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace relais::transport {

namespace {

struct Piece
{
    bool placeholder = false;
    QString text; // literal text, or the placeholder's name
};

bool isNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('_');
}

// A placeholder is "{name}" with a lower-case name; any other brace is literal text, so JSON
// objects need no escaping.
Result<QList<Piece>> split(const QString &templ)
{
    QList<Piece> pieces;
    QString literal;
    for (qsizetype i = 0; i < templ.size(); ++i) {
        const QChar c = templ.at(i);
        qsizetype close = i + 1;
        while (c == QLatin1Char('{') && close < templ.size() && isNameChar(templ.at(close)))
            ++close;
        if (c != QLatin1Char('{') || close == i + 1 || close >= templ.size() ||
            templ.at(close) != QLatin1Char('}')) {
            literal += c;
            continue;
        }
        const QString name = templ.mid(i + 1, close - i - 1);
        const bool known = std::any_of(std::begin(kBodyPlaceholders), std::end(kBodyPlaceholders),
                                       [&](const char *p) { return name == QLatin1String(p); });
        if (!known) {
            QStringList names;
            for (const char *p : kBodyPlaceholders)
                names << QLatin1Char('{') + QLatin1String(p) + QLatin1Char('}');
            return Error{QStringLiteral("unknown placeholder {%1}; known: %2")
                             .arg(name.left(40), names.join(QStringLiteral(", "))),
                         QStringLiteral("body template, character %1").arg(i + 1)};
        }
        if (!literal.isEmpty())
            pieces.append({false, literal});
        literal.clear();
        pieces.append({true, name});
        i = close;
    }
    if (!literal.isEmpty())
        pieces.append({false, literal});
    return pieces;
}

} // namespace

QByteArray jsonStringContent(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20 || c == 0x7F)
                out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    // U+2028/U+2029 are valid in JSON but break JavaScript readers of it.
    out.replace("\xE2\x80\xA8", "\\u2028").replace("\xE2\x80\xA9", "\\u2029");
    return out;
}

Result<QByteArray> fillBodyTemplate(const QString &templ, BodyType type, const QMap<QString, QString> &values)
{
    auto pieces = split(templ);
    if (!pieces)
        return pieces.error();
    QByteArray out;
    for (const Piece &p : *pieces) {
        if (!p.placeholder) {
            out += p.text.toUtf8();
            continue;
        }
        const QString value = values.value(p.text);
        out += type == BodyType::Json ? jsonStringContent(value) : QUrl::toPercentEncoding(value);
    }
    return out;
}

Result<QStringList> bodyTemplatePlaceholders(const QString &templ)
{
    auto pieces = split(templ);
    if (!pieces)
        return pieces.error();
    QStringList names;
    for (const Piece &p : *pieces)
        if (p.placeholder)
            names << p.text;
    return names;
}

} // namespace relais::transport

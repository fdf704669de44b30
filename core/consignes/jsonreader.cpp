// Recursive-descent JSON reader over UTF-8 bytes, keeping offsets for error messages.
#include "consignes/jsonreader.h"

#include <QCoreApplication>

namespace relais {
namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under JsonReaderText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct JsonReaderText
{
    Q_DECLARE_TR_FUNCTIONS(JsonReaderText)
};

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

} // namespace

TextPosition textPosition(const QByteArray &text, qsizetype offset)
{
    TextPosition pos;
    const qsizetype end = std::min(offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if (!isContinuation(c)) {
            ++pos.column;
        }
    }
    return pos;
}

qsizetype firstInvalidUtf8Byte(const QByteArray &text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned min = 0;
        unsigned code = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, min = 0x80, code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, min = 0x800, code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, min = 0x10000, code = c & 0x07;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if (!isContinuation(p[i + k]))
                return i;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

bool JsonReader::parse(const QByteArray &text, JsonNode *root)
{
    m_data = text.constData();
    m_size = text.size();
    m_pos = 0;
    m_errorOffset = -1;
    m_errorText.clear();
    // A byte order mark is what Windows editors put first; it carries no meaning.
    if (text.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    skipSpace();
    if (m_pos >= m_size)
        return fail(m_pos, JsonReaderText::tr("no JSON value: the text is empty"));
    if (!value(root, 0))
        return false;
    skipSpace();
    if (m_pos < m_size)
        return fail(m_pos,
                    JsonReaderText::tr("unexpected %1 after the end of the JSON value").arg(describeHere()));
    return true;
}

bool JsonReader::fail(qsizetype offset, const QString &what)
{
    if (m_errorOffset < 0) {
        m_errorOffset = offset;
        m_errorText = what;
    }
    return false;
}

QString JsonReader::describeHere() const
{
    if (m_pos >= m_size)
        return JsonReaderText::tr("end of input (the file looks truncated)");
    const char c = m_data[m_pos];
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7F)
        return JsonReaderText::tr("character");
    return QStringLiteral("'") + QLatin1Char(c) + QStringLiteral("'");
}

void JsonReader::skipSpace()
{
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

bool JsonReader::value(JsonNode *out, int depth)
{
    skipSpace();
    out->offset = m_pos;
    if (m_pos >= m_size)
        return fail(m_pos, JsonReaderText::tr("expected a value; found %1").arg(describeHere()));
    switch (m_data[m_pos]) {
    case '{':
        if (depth >= m_maxDepth)
            return fail(m_pos, JsonReaderText::tr("nested deeper than %1 levels").arg(m_maxDepth));
        return object(out, depth + 1);
    case '[':
        if (depth >= m_maxDepth)
            return fail(m_pos, JsonReaderText::tr("nested deeper than %1 levels").arg(m_maxDepth));
        return array(out, depth + 1);
    case '"':
        out->kind = JsonNode::Kind::String;
        return string(&out->text);
    case 't':
        out->kind = JsonNode::Kind::Bool;
        out->boolean = true;
        return literal("true", 4);
    case 'f':
        out->kind = JsonNode::Kind::Bool;
        return literal("false", 5);
    case 'n':
        out->kind = JsonNode::Kind::Null;
        return literal("null", 4);
    default:
        return number(out);
    }
}

bool JsonReader::literal(const char *word, qsizetype length)
{
    if (m_size - m_pos < length || qstrncmp(m_data + m_pos, word, static_cast<uint>(length)) != 0)
        return fail(m_pos, JsonReaderText::tr("expected a value; found %1").arg(describeHere()));
    m_pos += length;
    return true;
}

bool JsonReader::object(JsonNode *out, int depth)
{
    out->kind = JsonNode::Kind::Object;
    ++m_pos; // '{'
    skipSpace();
    if (m_pos < m_size && m_data[m_pos] == '}') {
        ++m_pos;
        return true;
    }
    for (;;) {
        skipSpace();
        if (m_pos >= m_size || m_data[m_pos] != '"')
            return fail(m_pos,
                        JsonReaderText::tr("expected a key in double quotes; found %1").arg(describeHere()));
        JsonMember member;
        member.keyOffset = m_pos;
        if (!string(&member.key))
            return false;
        // QJsonDocument keeps the last of two equal keys silently; a consignes file must not.
        if (out->member(member.key))
            return fail(member.keyOffset, JsonReaderText::tr("duplicate key \"%1\"").arg(member.key));
        skipSpace();
        if (m_pos >= m_size || m_data[m_pos] != ':')
            return fail(m_pos, JsonReaderText::tr("expected ':' after a key; found %1").arg(describeHere()));
        ++m_pos;
        if (!value(&member.value, depth))
            return false;
        out->members.push_back(std::move(member));
        skipSpace();
        if (m_pos < m_size && m_data[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        if (m_pos < m_size && m_data[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        return fail(m_pos,
                    JsonReaderText::tr("expected ',' or '}' in an object; found %1").arg(describeHere()));
    }
}

bool JsonReader::array(JsonNode *out, int depth)
{
    out->kind = JsonNode::Kind::Array;
    ++m_pos; // '['
    skipSpace();
    if (m_pos < m_size && m_data[m_pos] == ']') {
        ++m_pos;
        return true;
    }
    for (;;) {
        JsonNode item;
        if (!value(&item, depth))
            return false;
        out->items.push_back(std::move(item));
        skipSpace();
        if (m_pos < m_size && m_data[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        if (m_pos < m_size && m_data[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        return fail(m_pos,
                    JsonReaderText::tr("expected ',' or ']' in an array; found %1").arg(describeHere()));
    }
}

bool JsonReader::string(QString *out)
{
    const qsizetype start = m_pos;
    ++m_pos; // opening quote
    QString result;
    qsizetype runStart = m_pos;
    auto flush = [&] { result += QString::fromUtf8(m_data + runStart, m_pos - runStart); };
    auto hex4 = [&](qsizetype at, char16_t *unit) {
        if (m_size - at < 4)
            return false;
        unsigned v = 0;
        for (qsizetype k = 0; k < 4; ++k) {
            const char c = m_data[at + k];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= static_cast<unsigned>(c - 'A' + 10);
            else
                return false;
        }
        *unit = static_cast<char16_t>(v);
        return true;
    };
    while (m_pos < m_size) {
        const auto c = static_cast<unsigned char>(m_data[m_pos]);
        if (c == '"') {
            flush();
            ++m_pos;
            *out = std::move(result);
            return true;
        }
        if (c < 0x20)
            return fail(m_pos,
                        JsonReaderText::tr("control character in a string (write it as an escape like \\n)"));
        if (c != '\\') {
            ++m_pos;
            continue;
        }
        flush();
        const qsizetype escape = m_pos;
        if (m_pos + 1 >= m_size)
            break;
        const char e = m_data[m_pos + 1];
        m_pos += 2;
        switch (e) {
        case '"':
            result += QLatin1Char('"');
            break;
        case '\\':
            result += QLatin1Char('\\');
            break;
        case '/':
            result += QLatin1Char('/');
            break;
        case 'b':
            result += QLatin1Char('\b');
            break;
        case 'f':
            result += QLatin1Char('\f');
            break;
        case 'n':
            result += QLatin1Char('\n');
            break;
        case 'r':
            result += QLatin1Char('\r');
            break;
        case 't':
            result += QLatin1Char('\t');
            break;
        case 'u': {
            char16_t high = 0;
            if (!hex4(m_pos, &high))
                return fail(escape, JsonReaderText::tr("bad \\u escape: expected 4 hexadecimal digits"));
            m_pos += 4;
            if (QChar::isLowSurrogate(high))
                return fail(escape, JsonReaderText::tr("bad \\u escape: a lone low surrogate"));
            if (QChar::isHighSurrogate(high)) {
                char16_t low = 0;
                if (m_size - m_pos < 6 || m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u' ||
                    !hex4(m_pos + 2, &low) || !QChar::isLowSurrogate(low))
                    return fail(escape,
                                JsonReaderText::tr("bad \\u escape: a high surrogate without its low half"));
                m_pos += 6;
                result += QChar(high);
                result += QChar(low);
            } else {
                result += QChar(high);
            }
            break;
        }
        default:
            return fail(escape, JsonReaderText::tr("unknown escape in a string"));
        }
        runStart = m_pos;
    }
    return fail(start, JsonReaderText::tr("unterminated string (the file looks truncated)"));
}

bool JsonReader::number(JsonNode *out)
{
    const qsizetype start = m_pos;
    auto digit = [&] { return m_pos < m_size && m_data[m_pos] >= '0' && m_data[m_pos] <= '9'; };
    auto digits = [&] {
        const qsizetype from = m_pos;
        while (digit())
            ++m_pos;
        return m_pos > from;
    };
    bool integral = true;
    if (m_pos < m_size && m_data[m_pos] == '-')
        ++m_pos;
    if (m_pos < m_size && m_data[m_pos] == '0') {
        ++m_pos;
    } else if (!digits()) {
        m_pos = start;
        return fail(start, JsonReaderText::tr("expected a value; found %1").arg(describeHere()));
    }
    if (m_pos < m_size && m_data[m_pos] == '.') {
        ++m_pos;
        integral = false;
        if (!digits())
            return fail(m_pos, JsonReaderText::tr("expected digits after the decimal point"));
    }
    if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
        ++m_pos;
        integral = false;
        if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
            ++m_pos;
        if (!digits())
            return fail(m_pos, JsonReaderText::tr("expected digits in the exponent"));
    }
    out->kind = JsonNode::Kind::Number;
    out->text = QString::fromLatin1(m_data + start, m_pos - start);
    bool fits = false;
    const qint64 v = out->text.toLongLong(&fits);
    out->integral = integral && fits;
    out->integer = out->integral ? v : 0;
    return true;
}

} // namespace relais

// Writes JsonNode trees as canonical, readable UTF-8 JSON.
#include "consignes/jsonwriter.h"

namespace relais {
namespace {

// An array of scalars (or of arrays of scalars, like time spans) goes on one line when it fits:
// weekly hours and keyword lists stay readable without a line per item.
constexpr qsizetype kInlineWidth = 100;

void writeString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
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
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

bool isScalar(const JsonNode &node)
{
    return node.kind != JsonNode::Kind::Array && node.kind != JsonNode::Kind::Object;
}

bool isFlat(const JsonNode &node)
{
    if (isScalar(node))
        return true;
    if (node.kind != JsonNode::Kind::Array)
        return false;
    for (const JsonNode &item : node.items)
        if (!isScalar(item) && !(item.kind == JsonNode::Kind::Array && isFlat(item)))
            return false;
    return true;
}

void writeInline(QByteArray &out, const JsonNode &node)
{
    switch (node.kind) {
    case JsonNode::Kind::Null:
        out += "null";
        break;
    case JsonNode::Kind::Bool:
        out += node.boolean ? "true" : "false";
        break;
    case JsonNode::Kind::Number:
        out += node.text.toLatin1();
        break;
    case JsonNode::Kind::String:
        writeString(out, node.text);
        break;
    case JsonNode::Kind::Array:
        out += '[';
        for (size_t i = 0; i < node.items.size(); ++i) {
            if (i > 0)
                out += ", ";
            writeInline(out, node.items[i]);
        }
        out += ']';
        break;
    case JsonNode::Kind::Object:
        out += "{}";
        break;
    }
}

void writeNode(QByteArray &out, const JsonNode &node, int indent, qsizetype column)
{
    const QByteArray pad(indent * 2, ' ');
    const QByteArray innerPad((indent + 1) * 2, ' ');
    if (node.kind == JsonNode::Kind::Object && !node.members.empty()) {
        out += "{\n";
        for (size_t i = 0; i < node.members.size(); ++i) {
            const JsonMember &m = node.members[i];
            const qsizetype lineStart = out.size();
            out += innerPad;
            writeString(out, m.key);
            out += ": ";
            writeNode(out, m.value, indent + 1, out.size() - lineStart);
            out += i + 1 < node.members.size() ? ",\n" : "\n";
        }
        out += pad + '}';
        return;
    }
    if (node.kind == JsonNode::Kind::Array && !node.items.empty()) {
        if (isFlat(node)) {
            QByteArray line;
            writeInline(line, node);
            if (column + line.size() <= kInlineWidth) {
                out += line;
                return;
            }
        }
        out += "[\n";
        for (size_t i = 0; i < node.items.size(); ++i) {
            out += innerPad;
            writeNode(out, node.items[i], indent + 1, innerPad.size());
            out += i + 1 < node.items.size() ? ",\n" : "\n";
        }
        out += pad + ']';
        return;
    }
    writeInline(out, node);
}

} // namespace

QByteArray writeJson(const JsonNode &root)
{
    QByteArray out;
    writeNode(out, root, 0, 0);
    out += '\n';
    return out;
}

} // namespace relais

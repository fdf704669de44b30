// A strict JSON reader (RFC 8259) that builds a JsonNode tree with source offsets, refuses duplicate
// keys and deep nesting, and reports the byte offset of the first problem.
#pragma once

#include "consignes/jsontree.h"

#include <QByteArray>
#include <QString>

namespace relais {

struct TextPosition
{
    qsizetype line = 1;   // 1-based
    qsizetype column = 1; // 1-based, in characters (UTF-8 code points), not bytes
};

// The line:column of a byte offset in UTF-8 text.
TextPosition textPosition(const QByteArray &text, qsizetype offset);

// Offset of the first byte that is not part of well-formed UTF-8 (overlongs and surrogates included),
// or -1 when the whole text is valid.
qsizetype firstInvalidUtf8Byte(const QByteArray &text);

class JsonReader final
{
public:
    explicit JsonReader(int maxDepth = 64)
        : m_maxDepth(maxDepth)
    {}

    // Parses the whole of `text` (valid UTF-8 is expected; check it first). On failure returns false
    // and errorOffset()/errorText() say where and what.
    bool parse(const QByteArray &text, JsonNode *root);

    qsizetype errorOffset() const { return m_errorOffset; }
    const QString &errorText() const { return m_errorText; }

private:
    bool value(JsonNode *out, int depth);
    bool object(JsonNode *out, int depth);
    bool array(JsonNode *out, int depth);
    bool string(QString *out);
    bool number(JsonNode *out);
    bool literal(const char *word, qsizetype length);
    void skipSpace();
    bool fail(qsizetype offset, const QString &what);
    QString describeHere() const;

    const char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_pos = 0;
    int m_maxDepth;
    qsizetype m_errorOffset = -1;
    QString m_errorText;
};

} // namespace relais

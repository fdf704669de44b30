// One AMI message (a response or an event): its header lines kept as byte slices of one buffer,
// looked up by case-insensitive key, decoded to text only when asked.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

#include <string>

namespace relais {

class AmiMessage final
{
public:
    // Where one "Key: Value" line sits inside the message buffer.
    struct Field
    {
        int keyPos = 0;
        int keyLen = 0;
        int valuePos = 0;
        int valueLen = 0;
    };

    // Appends one header line; `key` and `value` are copied into the message buffer.
    void append(QByteArrayView key, QByteArrayView value);
    // Appends one raw header line whose key is line[0, keyLength) and value line[valueOffset, end):
    // one copy for the parser's hot path.
    void appendLine(QByteArrayView line, qsizetype keyLength, qsizetype valueOffset)
    {
        if (m_data.empty())
            m_data.reserve(1024);
        const int start = static_cast<int>(m_data.size());
        m_data.append(line.data(), static_cast<size_t>(line.size()));
        m_fields.append(Field{start, static_cast<int>(keyLength), start + static_cast<int>(valueOffset),
                              static_cast<int>(line.size() - valueOffset)});
    }
    // Appends one line of raw command output (the old `Response: Follows` format) under the key "Output".
    void appendOutput(QByteArrayView line) { append("Output", line); }

    int size() const { return static_cast<int>(m_fields.size()); }
    bool isEmpty() const { return m_fields.isEmpty(); }
    QByteArrayView key(int index) const;
    QByteArrayView valueAt(int index) const;

    // The first value under `key` (case-insensitive); empty when absent (see has()).
    QByteArrayView value(QByteArrayView key) const;
    bool has(QByteArrayView key) const { return find(key) >= 0; }
    // The value as text: UTF-8, or Latin-1 when the bytes are not valid UTF-8 (old PBXs, legacy phones).
    QString text(QByteArrayView key) const { return decode(value(key)); }
    static QString decode(QByteArrayView bytes);

    // Headers may come in any order: these look the key up anywhere in the message.
    bool isEvent() const { return has("Event"); }
    // OriginateResponse is an event that carries a Response header: an event is never a response.
    bool isResponse() const { return has("Response") && !has("Event"); }
    QByteArrayView event() const { return value("Event"); }
    QByteArrayView response() const { return value("Response"); }

    // Bytes held (for the parser's message size limit).
    int byteSize() const { return static_cast<int>(m_data.size()); }
    void clear();

    // "Event: Hangup\nChannel: …" for logs and test failures.
    QString toDebugString() const;

private:
    int find(QByteArrayView key) const;
    bool keyIs(int index, QByteArrayView key) const;

    std::string m_data; // std::string: its append is inlined, QByteArray's is not (the parser's hot path)
    QVarLengthArray<Field, 32> m_fields;
};

} // namespace relais

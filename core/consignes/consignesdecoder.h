// Reads one client's consignes from a JsonNode tree: types, required keys, unknown keys, enums, times,
// dates and phone numbers (stored as E.164). Cross-field checks live in consignesvalidator.h.
#pragma once

#include "consignes/consignes.h"
#include "consignes/jsontree.h"

#include <QHash>
#include <QString>

#include <optional>

namespace relais {

class PhoneNumbers;

// A value that could not be read: its JSON path ("$.clients[2].checklist[0].type"), the byte offset
// of the value in the source, and what was expected and found.
struct ConsignesFailure
{
    QString path;
    qsizetype offset = 0;
    QString what;
};

class ConsignesDecoder final
{
public:
    explicit ConsignesDecoder(const PhoneNumbers &phones)
        : m_phones(phones)
    {}

    // Fills `out` from `client`, found at `path`; stops at the first problem.
    std::optional<ConsignesFailure> decode(const JsonNode &client, const QString &path, Consignes *out);

    // The byte offset of the value at `path` seen by the last decode(), or -1: lets a later check on
    // plain values point at the source.
    qsizetype offsetOf(const QString &path) const { return m_offsets.value(path, -1); }

    // How a value is named in "found …": "\"txt\"", "a number (12.5)", "an array", "null".
    static QString describe(const JsonNode &node);

private:
    const PhoneNumbers &m_phones;
    QHash<QString, qsizetype> m_offsets;
};

} // namespace relais

// Reading and writing consignes as JSON (format: docs/consignes.md). Reading is strict: unknown keys,
// wrong types, bad enums, invalid phone numbers and contradictions are errors that name the source,
// line:column, the JSON path, what was expected and what was found. Writing is canonical, so
// export -> import -> export is byte-for-byte identical.
#pragma once

#include "common/result.h"
#include "consignes/consignes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace relais {

class PhoneNumbers;

// A document: {"format": "relais-consignes", "version": 1, "clients": [ … ]}.
// `sourceName` (a file name) is used in error messages.
Result<QList<Consignes>> parseConsignesDocument(const QByteArray &json, const QString &sourceName,
                                                const PhoneNumbers &phones);
// One client object alone (as stored in consigne_versions.document).
Result<Consignes> parseClientConsignes(const QByteArray &json, const QString &sourceName,
                                       const PhoneNumbers &phones);

QByteArray serializeConsignesDocument(const QList<Consignes> &clients);
QByteArray serializeClientConsignes(const Consignes &client);

// Documents larger than this are refused before parsing ("file too large: N MB, the limit is 8 MB").
inline constexpr qint64 kMaxConsignesBytes = 8 * 1024 * 1024;

// Reads and parses a document file; its size is checked before it is read.
Result<QList<Consignes>> readConsignesFile(const QString &path, const PhoneNumbers &phones);

// The demo client accounts shipped in resources (:/demo/demo-clients.json).
Result<QList<Consignes>> loadDemoConsignes(const PhoneNumbers &phones);

} // namespace relais

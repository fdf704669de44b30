// Fills an SMS gateway's body template: {to}, {text}, {sender}… replaced by values escaped for the
// body's content type, so a caller's text can never add a form field or break the JSON.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace relais::transport {

enum class BodyType
{
    Form, // application/x-www-form-urlencoded: values percent-encoded
    Json  // application/json: values written as the inside of a JSON string
};

// The placeholders a template may use; any other {name} is an error when the settings are read.
inline constexpr const char *kBodyPlaceholders[] = {"to", "to_national", "text", "sender",
                                                    "id", "token",       "user"};

// Each {name} of `templ` (a lower-case name in braces) replaced by the escaped value; other braces
// are kept as they are (JSON needs no escaping). An unknown {name} is an error naming it and where.
Result<QByteArray> fillBodyTemplate(const QString &templ, BodyType type,
                                    const QMap<QString, QString> &values);

// The names of the placeholders used in `templ` (or an error as above), to check a template when the
// settings are read rather than at the first send.
Result<QStringList> bodyTemplatePlaceholders(const QString &templ);

// The inside of a JSON string: quotes, backslashes and control characters escaped; non-ASCII as is.
QByteArray jsonStringContent(const QString &value);

} // namespace relais::transport

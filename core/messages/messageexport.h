// Messages written as a CSV for French spreadsheets or as a JSON document (values in, bytes out).
#pragma once

#include "messages/message.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace relais::messageexport {

enum class Format
{
    Csv,
    Json
};

// The CSV's header row, in column order.
QStringList csvHeader();
// UTF-8 with a byte order mark (so Excel reads accents right), ';' separators (the French list
// separator: ',' is the decimal mark), CRLF line ends, RFC 4180 quoting. Times in `zone`. A cell that
// a spreadsheet would run as a formula (=, @, or +/- not followed by a plain number) starts with '.
QByteArray toCsv(const QList<Message> &messages, const QTimeZone &zone);
// A JSON array of messagecodec::toJson objects, indented.
QByteArray toJson(const QList<Message> &messages);

QByteArray write(const QList<Message> &messages, Format format, const QTimeZone &zone);

} // namespace relais::messageexport

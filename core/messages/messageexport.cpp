// CSV and JSON exports of messages: what relais-cli messages export writes.
#include "messages/messageexport.h"

#include "messages/messagecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace relais::messageexport {

namespace {

// A spreadsheet runs a cell starting with = + - @ (or a tab/CR) as a formula; a plain number such as
// "+33612345678" or "-3" is safe and kept as is so phone numbers stay readable.
QString defused(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    static const QRegularExpression plainNumber(QStringLiteral("^[+-][0-9]+([.,][0-9]+)?$"));
    const QChar first = cell.front();
    const bool risky =
        first == QLatin1Char('=') || first == QLatin1Char('@') || first == QLatin1Char('\t') ||
        first == QLatin1Char('\r') ||
        ((first == QLatin1Char('+') || first == QLatin1Char('-')) && !plainNumber.match(cell).hasMatch());
    return risky ? QLatin1Char('\'') + cell : cell;
}

QString quoted(const QString &raw)
{
    const QString cell = defused(raw);
    if (!cell.contains(QLatin1Char(';')) && !cell.contains(QLatin1Char('"')) &&
        !cell.contains(QLatin1Char('\n')) && !cell.contains(QLatin1Char('\r')) && cell.trimmed() == cell)
        return cell;
    QString out = cell;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString answersText(const QMap<QString, QString> &answers)
{
    QStringList parts;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        parts << it.key() + QStringLiteral(": ") + it.value();
    return parts.join(QStringLiteral(" | "));
}

} // namespace

QStringList csvHeader()
{
    return {QStringLiteral("created_at"),  QStringLiteral("client"),   QStringLiteral("caller_number"),
            QStringLiteral("caller_name"), QStringLiteral("urgency"),  QStringLiteral("status"),
            QStringLiteral("incomplete"),  QStringLiteral("notes"),    QStringLiteral("answers"),
            QStringLiteral("operator"),    QStringLiteral("revision"), QStringLiteral("id")};
}

QByteArray toCsv(const QList<Message> &messages, const QTimeZone &zone)
{
    QString text = csvHeader().join(QLatin1Char(';')) + QStringLiteral("\r\n");
    for (const Message &m : messages) {
        const QStringList cells{m.createdAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                m.clientCode,
                                m.callerNumber,
                                m.callerName,
                                m.urgency,
                                toString(m.status),
                                m.incomplete ? QStringLiteral("1") : QStringLiteral("0"),
                                m.notes,
                                answersText(m.answers),
                                m.operatorLogin,
                                QString::number(m.revision),
                                m.id};
        QStringList row;
        for (const QString &cell : cells)
            row << quoted(cell);
        text += row.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray toJson(const QList<Message> &messages)
{
    QJsonArray array;
    for (const Message &m : messages)
        array.append(messagecodec::toJson(m));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray write(const QList<Message> &messages, Format format, const QTimeZone &zone)
{
    return format == Format::Csv ? toCsv(messages, zone) : toJson(messages);
}

} // namespace relais::messageexport

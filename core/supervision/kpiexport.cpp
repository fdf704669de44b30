// Table, JSON and CSV renderings of a KpiReport (see kpiexport.h).
#include "supervision/kpiexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cmath>

namespace relais {
namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under KpiExportText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct KpiExportText
{
    Q_DECLARE_TR_FUNCTIONS(KpiExportText)
};

struct Row
{
    QString scope; // "all", "client", "operator"
    QString key;
    const KpiFigures *figures;
};

QList<Row> rows(const KpiReport &report)
{
    QList<Row> list{{QStringLiteral("all"), QString(), &report.total}};
    for (auto it = report.byClient.cbegin(); it != report.byClient.cend(); ++it)
        list.append({QStringLiteral("client"), it.key(), &it.value()});
    for (auto it = report.byOperator.cbegin(); it != report.byOperator.cend(); ++it)
        list.append({QStringLiteral("operator"), it.key(), &it.value()});
    return list;
}

QString weekdayName(int index)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("KpiExportText", "Monday"),    QT_TRANSLATE_NOOP("KpiExportText", "Tuesday"),
        QT_TRANSLATE_NOOP("KpiExportText", "Wednesday"), QT_TRANSLATE_NOOP("KpiExportText", "Thursday"),
        QT_TRANSLATE_NOOP("KpiExportText", "Friday"),    QT_TRANSLATE_NOOP("KpiExportText", "Saturday"),
        QT_TRANSLATE_NOOP("KpiExportText", "Sunday")};
    return KpiExportText::tr(names[index]);
}

// A number with `decimals` places and the given decimal mark; "" when there is none.
QString decimal(const std::optional<double> &value, int decimals, QChar mark)
{
    if (!value)
        return {};
    QString text = QString::number(*value, 'f', decimals);
    if (mark != QLatin1Char('.'))
        text.replace(QLatin1Char('.'), mark);
    return text;
}

std::optional<double> percent(const std::optional<double> &rate)
{
    return rate ? std::optional<double>(*rate * 100.0) : std::nullopt;
}

QStringList headers()
{
    return {KpiExportText::tr("Scope"),          KpiExportText::tr("Key"),
            KpiExportText::tr("Offered"),        KpiExportText::tr("Answered"),
            KpiExportText::tr("Unanswered"),     KpiExportText::tr("Answer %"),
            KpiExportText::tr("Avg answer s"),   KpiExportText::tr("P90 answer s"),
            KpiExportText::tr("Avg handling s"), KpiExportText::tr("Messages"),
            KpiExportText::tr("Filtered"),       KpiExportText::tr("Incomplete"),
            KpiExportText::tr("Qualified %"),    KpiExportText::tr("Actions")};
}

QStringList cells(const Row &row, QChar mark)
{
    const KpiFigures &f = *row.figures;
    QString key = row.key;
    if (row.scope != QLatin1String("all") && key.isEmpty())
        key = KpiExportText::tr("(unknown)");
    const QString scope = row.scope == QLatin1String("all")      ? KpiExportText::tr("All")
                          : row.scope == QLatin1String("client") ? KpiExportText::tr("Client")
                                                                 : KpiExportText::tr("Operator");
    return {scope,
            key,
            QString::number(f.offered),
            QString::number(f.answered),
            QString::number(f.unanswered),
            decimal(percent(f.answerRate), 1, mark),
            decimal(f.averageAnswerSeconds, 1, mark),
            decimal(f.p90AnswerSeconds, 1, mark),
            decimal(f.averageHandlingSeconds, 1, mark),
            QString::number(f.messages),
            QString::number(f.filtered),
            QString::number(f.incomplete),
            decimal(percent(f.qualificationRate), 1, mark),
            QString::number(f.actions)};
}

QJsonValue optional(const std::optional<double> &value)
{
    // Rounded to the millisecond or the 1/1000 so the JSON reads the same on every machine.
    return value ? QJsonValue(std::round(*value * 1000.0) / 1000.0) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const KpiFigures &f)
{
    QJsonObject kinds;
    for (auto it = f.actionsByKind.cbegin(); it != f.actionsByKind.cend(); ++it)
        kinds.insert(it.key(), it.value());
    return {{QStringLiteral("offered"), f.offered},
            {QStringLiteral("answered"), f.answered},
            {QStringLiteral("unanswered"), f.unanswered},
            {QStringLiteral("messages"), f.messages},
            {QStringLiteral("filtered"), f.filtered},
            {QStringLiteral("incomplete"), f.incomplete},
            {QStringLiteral("answerRate"), optional(f.answerRate)},
            {QStringLiteral("averageAnswerSeconds"), optional(f.averageAnswerSeconds)},
            {QStringLiteral("p90AnswerSeconds"), optional(f.p90AnswerSeconds)},
            {QStringLiteral("averageHandlingSeconds"), optional(f.averageHandlingSeconds)},
            {QStringLiteral("qualificationRate"), optional(f.qualificationRate)},
            {QStringLiteral("actions"), f.actions},
            {QStringLiteral("actionsByKind"), kinds}};
}

template <typename Array> QJsonArray toJson(const Array &values)
{
    QJsonArray array;
    for (qint64 value : values)
        array.append(value);
    return array;
}

} // namespace

QString kpiTable(const KpiReport &report)
{
    QList<QStringList> table{headers()};
    for (const Row &row : rows(report)) {
        QStringList line = cells(row, QLatin1Char('.'));
        // A figure over no calls is "-" on screen, so the columns still line up and read as "none".
        for (qsizetype i = 2; i < line.size(); ++i)
            if (line[i].isEmpty())
                line[i] = QStringLiteral("-");
        table.append(line);
    }
    QList<qsizetype> widths(table.first().size(), 0);
    for (const QStringList &line : std::as_const(table))
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line[i].size());
    QString text;
    for (const QStringList &line : std::as_const(table)) {
        QStringList padded;
        for (qsizetype i = 0; i < line.size(); ++i)
            padded << (i < 2 ? line[i].leftJustified(widths[i]) : line[i].rightJustified(widths[i]));
        text += padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + KpiExportText::tr("Calls by hour (offered / answered):") + QLatin1Char('\n');
    for (int hour = 0; hour < 24; ++hour) {
        if (report.offeredByHour[size_t(hour)] == 0)
            continue;
        text += QStringLiteral("  %1h  %2 / %3\n")
                    .arg(hour, 2, 10, QLatin1Char('0'))
                    .arg(report.offeredByHour[size_t(hour)], 5)
                    .arg(report.answeredByHour[size_t(hour)]);
    }
    return text;
}

QByteArray kpiJson(const KpiReport &report)
{
    QJsonObject filter;
    filter.insert(QStringLiteral("from"), report.filter.from
                                              ? QJsonValue(report.filter.from->toString(Qt::ISODate))
                                              : QJsonValue(QJsonValue::Null));
    filter.insert(QStringLiteral("to"), report.filter.to ? QJsonValue(report.filter.to->toString(Qt::ISODate))
                                                         : QJsonValue(QJsonValue::Null));
    filter.insert(QStringLiteral("client"), report.filter.clientCode);
    filter.insert(QStringLiteral("operator"), report.filter.operatorLogin);
    QJsonObject clients;
    for (auto it = report.byClient.cbegin(); it != report.byClient.cend(); ++it)
        clients.insert(it.key(), toJson(it.value()));
    QJsonObject operators;
    for (auto it = report.byOperator.cbegin(); it != report.byOperator.cend(); ++it)
        operators.insert(it.key(), toJson(it.value()));
    QJsonArray matrix;
    for (const auto &day : report.offeredByWeekdayHour)
        matrix.append(toJson(day));
    const QJsonObject root{{QStringLiteral("filter"), filter},
                           {QStringLiteral("total"), toJson(report.total)},
                           {QStringLiteral("byClient"), clients},
                           {QStringLiteral("byOperator"), operators},
                           {QStringLiteral("offeredByHour"), toJson(report.offeredByHour)},
                           {QStringLiteral("answeredByHour"), toJson(report.answeredByHour)},
                           {QStringLiteral("offeredByWeekdayHour"), matrix}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray kpiCsv(const KpiReport &report)
{
    // A field holding ';', '"' or a line break is quoted, its quotes doubled (RFC 4180 with ';').
    const auto field = [](const QString &text) -> QString {
        if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"')) &&
            !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
            return text;
        QString quoted = text;
        quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    };
    const auto line = [&field](const QStringList &values) -> QString {
        QStringList out;
        for (const QString &value : values)
            out << field(value);
        return out.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    };
    QString text = line(headers());
    for (const Row &row : rows(report))
        text += line(cells(row, QLatin1Char(',')));
    text += QStringLiteral("\r\n");
    QStringList hours{KpiExportText::tr("Weekday")};
    for (int hour = 0; hour < 24; ++hour)
        hours << QStringLiteral("%1h").arg(hour, 2, 10, QLatin1Char('0'));
    text += line(hours);
    for (int day = 0; day < 7; ++day) {
        QStringList values{weekdayName(day)};
        for (qint64 count : report.offeredByWeekdayHour[size_t(day)])
            values << QString::number(count);
        text += line(values);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace relais

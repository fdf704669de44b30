// The report's content laid out as rich text: a title, the figures table, two bar charts (by day,
// by hour), messages by urgency and the message list.
#include "monthlyreportdocument.h"

#include "reportbarchart.h"
#include "supervision/monthlyreport.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>

namespace relais {
namespace {

QString cell(const QString &text, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    return QStringLiteral("<%1>%2</%1>").arg(tag, text.toHtmlEscaped());
}

QString row(const QStringList &cells, bool header = false)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &text : cells)
        html += cell(text, header);
    return html + QStringLiteral("</tr>");
}

QString table(const QString &rows)
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">") + rows +
           QStringLiteral("</table>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>") + text.toHtmlEscaped() + QStringLiteral("</h3>");
}

} // namespace

QString MonthlyReportDocument::clientLine(const MonthlyReport &report)
{
    return report.clientName.isEmpty() ? report.clientCode
                                       : tr("%1 (%2)").arg(report.clientName, report.clientCode);
}

QString MonthlyReportDocument::periodLine(const MonthlyReport &report)
{
    const QLocale locale;
    return tr("%1 %2").arg(locale.standaloneMonthName(report.firstDay.month())).arg(report.firstDay.year());
}

std::unique_ptr<QTextDocument> MonthlyReportDocument::build(const MonthlyReport &report, QPaintDevice *device,
                                                            double textWidth)
{
    auto document = std::make_unique<QTextDocument>();
    if (device)
        document->documentLayout()->setPaintDevice(device);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    if (textWidth > 0)
        document->setTextWidth(textWidth);
    document->setDefaultStyleSheet(QStringLiteral(
        "h1 { font-size: 16pt; } h3 { font-size: 11pt; margin-top: 12px; } th { background-color: #e8eef4; "
        "text-align: left; }"));
    ReportBarChart::registerOn(*document);

    const QLocale locale;
    const KpiFigures &f = report.figures;
    const QString none = QStringLiteral("—");
    auto percent = [&](const std::optional<double> &rate) -> QString {
        return rate ? locale.toString(*rate * 100.0, 'f', 1) + QStringLiteral(" %") : none;
    };
    auto duration = [&](const std::optional<double> &seconds) -> QString {
        if (!seconds)
            return none;
        const qint64 s = qRound64(*seconds);
        return s < 60 ? tr("%1 s").arg(s)
                      : tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    };

    QTextCursor cursor(document.get());
    QString html = QStringLiteral("<h1>") + tr("Monthly report").toHtmlEscaped() +
                   QStringLiteral("</h1><p><b>") + clientLine(report).toHtmlEscaped() +
                   QStringLiteral("</b><br/>") +
                   tr("%1, from %2 to %3 (times in %4)")
                       .arg(periodLine(report), locale.toString(report.firstDay, QLocale::ShortFormat),
                            locale.toString(report.lastDay, QLocale::ShortFormat), report.timeZone)
                       .toHtmlEscaped() +
                   QStringLiteral("</p>");
    if (report.isEmpty())
        html += QStringLiteral("<p>") +
                tr("No call was recorded for this client this month.").toHtmlEscaped() +
                QStringLiteral("</p>");

    html += heading(tr("Figures"));
    QString rows = row({tr("Figure"), tr("Value")}, true);
    const QList<std::pair<QString, QString>> figures{
        {tr("Calls offered"), locale.toString(f.offered)},
        {tr("Calls answered"), locale.toString(f.answered)},
        {tr("Calls missed"), locale.toString(report.missed)},
        {tr("Answer rate"), percent(f.answerRate)},
        {tr("Average time to answer"), duration(f.averageAnswerSeconds)},
        {tr("Average handling time"), duration(f.averageHandlingSeconds)},
        {tr("Qualification rate (messages per answered call)"), percent(f.qualificationRate)},
        {tr("Messages taken"), locale.toString(qint64(report.messages.size()))},
        {tr("Transfers"), locale.toString(report.transfers)},
        {tr("Appointment requests"), locale.toString(report.appointments)},
        {tr("Actions taken (all kinds)"), locale.toString(f.actions)},
    };
    for (const auto &[label, value] : figures)
        rows += row({label, value});
    html += table(rows);

    html += heading(tr("Messages by urgency"));
    rows = row({tr("Urgency"), tr("Messages")}, true);
    for (auto it = report.messagesByUrgency.cbegin(); it != report.messagesByUrgency.cend(); ++it)
        rows += row({it.key().isEmpty() ? tr("None") : it.key(), locale.toString(it.value())});
    if (report.messagesByUrgency.isEmpty())
        rows += row({tr("None"), locale.toString(0)});
    html += table(rows);
    html += heading(tr("Calls offered by day"));
    cursor.insertHtml(html);

    cursor.insertBlock();
    QStringList dayLabels;
    for (qsizetype i = 0; i < report.callsByDay.size(); ++i)
        dayLabels << QString::number(report.firstDay.addDays(i).day());
    ReportBarChart::insert(cursor, report.callsByDay, dayLabels);

    cursor.insertHtml(heading(tr("Calls offered by hour")));
    cursor.insertBlock();
    QList<qint64> hours(report.callsByHour.cbegin(), report.callsByHour.cend());
    QStringList hourLabels;
    for (int h = 0; h < 24; ++h)
        hourLabels << (h % 2 == 0 ? tr("%1h").arg(h) : QString());
    ReportBarChart::insert(cursor, hours, hourLabels);

    html = heading(tr("Messages (%1)").arg(report.messages.size()));
    if (report.messages.isEmpty()) {
        html += QStringLiteral("<p>") + tr("No message this month.").toHtmlEscaped() + QStringLiteral("</p>");
    } else {
        rows = row({tr("Time"), tr("Caller"), tr("Urgency"), tr("Object")}, true);
        for (const MonthlyReportMessage &m : report.messages) {
            QString caller = m.callerName;
            if (!m.callerNumber.isEmpty())
                caller += (caller.isEmpty() ? QString() : QStringLiteral(" ")) + m.callerNumber;
            QString object = m.object;
            if (m.incomplete)
                object = tr("[incomplete] %1").arg(object);
            rows += row({locale.toString(m.at, QStringLiteral("dd/MM HH:mm")), caller,
                         m.urgency.isEmpty() ? tr("None") : m.urgency, object});
        }
        html += table(rows);
    }
    cursor.insertHtml(html);
    return document;
}

} // namespace relais

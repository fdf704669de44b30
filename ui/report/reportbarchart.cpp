// The report's bar chart: axes, one bar per value scaled to the largest, the value above each bar
// and the labels under it.
#include "reportbarchart.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace relais {
namespace {

enum Property
{
    Values = QTextFormat::UserProperty + 1,
    Labels,
};

constexpr double kHeightRatio = 0.32; // of the text width

} // namespace

ReportBarChart::ReportBarChart(QObject *parent)
    : QObject(parent)
{}

void ReportBarChart::registerOn(QTextDocument &document)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    if (!layout->handlerForObject(ObjectType))
        layout->registerHandler(ObjectType, new ReportBarChart(&document));
}

void ReportBarChart::insert(QTextCursor &cursor, const QList<qint64> &values, const QStringList &labels)
{
    QVariantList stored;
    for (qint64 value : values)
        stored << value;
    QTextCharFormat format;
    format.setObjectType(ObjectType);
    format.setProperty(Values, stored);
    format.setProperty(Labels, labels);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ReportBarChart::intrinsicSize(QTextDocument *document, int, const QTextFormat &)
{
    const double width = document->textWidth() > 0 ? document->textWidth() - 2 : 600.0;
    return {width, width * kHeightRatio};
}

void ReportBarChart::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int,
                                const QTextFormat &format)
{
    const QVariantList values = format.property(Values).toList();
    const QStringList labels = format.property(Labels).toStringList();
    if (values.isEmpty())
        return;
    painter->save();
    QFont font = document->defaultFont();
    font.setPointSizeF(font.pointSizeF() * 0.8);
    painter->setFont(font);
    const QFontMetricsF metrics(font, painter->device());
    const double line = metrics.height();
    // Room for the labels under the axis and the values above the tallest bar.
    const QRectF plot = rect.adjusted(0, line * 1.2, 0, -line * 1.4);
    qint64 highest = 1;
    for (const QVariant &value : values)
        highest = std::max(highest, value.toLongLong());
    const double slot = plot.width() / double(values.size());
    const double barWidth = slot * 0.7;

    painter->setPen(QPen(Qt::black, std::max(1.0, line / 12)));
    painter->drawLine(plot.bottomLeft(), plot.bottomRight());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const qint64 value = values[i].toLongLong();
        const double height = plot.height() * double(value) / double(highest);
        const QRectF bar(plot.left() + slot * double(i) + (slot - barWidth) / 2, plot.bottom() - height,
                         barWidth, height);
        if (value > 0) {
            painter->fillRect(bar, QColor(0x2e, 0x6d, 0xa4));
            painter->drawText(QRectF(bar.left() - slot, bar.top() - line * 1.1, barWidth + 2 * slot, line),
                              Qt::AlignHCenter | Qt::AlignBottom, QString::number(value));
        }
        if (i < labels.size() && !labels[i].isEmpty())
            painter->drawText(
                QRectF(bar.left() - slot, plot.bottom() + line * 0.2, barWidth + 2 * slot, line),
                Qt::AlignHCenter | Qt::AlignTop, labels[i]);
    }
    painter->restore();
}

} // namespace relais

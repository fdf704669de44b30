// Paints the daily volume bars (left scale: calls) and the answer-rate line
// (right scale: 0-100 %).
#include "supervisiontrendchart.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace relais {
namespace {

constexpr int kMargin = 28;

} // namespace

SupervisionTrendChart::SupervisionTrendChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Calls per day and answer rate"));
}

void SupervisionTrendChart::setPoints(QList<TrendPoint> points)
{
    m_points = std::move(points);
    update();
}

QSize SupervisionTrendChart::sizeHint() const
{
    return {560, 180};
}

QSize SupervisionTrendChart::minimumSizeHint() const
{
    return {200, 100};
}

void SupervisionTrendChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QRectF plot = QRectF(rect()).adjusted(kMargin, 8, -kMargin, -kMargin + 8);
    painter.setPen(palette().mid().color());
    painter.drawRect(plot);
    if (m_points.isEmpty()) {
        painter.setPen(palette().text().color());
        painter.drawText(plot, Qt::AlignCenter, tr("No calls in this period"));
        return;
    }
    qint64 most = 1;
    for (const TrendPoint &p : m_points)
        most = std::max(most, p.offered);
    const double step = plot.width() / double(m_points.size());
    QColor bar = palette().highlight().color();
    bar.setAlphaF(0.35);
    QPainterPath line;
    bool drawing = false;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const TrendPoint &p = m_points[i];
        const double x = plot.left() + double(i) * step;
        const double h = plot.height() * double(p.offered) / double(most);
        painter.fillRect(QRectF(x + step * 0.15, plot.bottom() - h, step * 0.7, h), bar);
        if (p.answerRate) {
            const QPointF point(x + step / 2, plot.bottom() - plot.height() * *p.answerRate);
            drawing ? line.lineTo(point) : line.moveTo(point);
            drawing = true;
        }
    }
    painter.setPen(QPen(palette().text().color(), 2));
    painter.drawPath(line);
    painter.setPen(palette().text().color());
    painter.drawText(QRectF(0, plot.top() - 4, kMargin - 2, 16), Qt::AlignRight, QString::number(most));
    painter.drawText(QRectF(plot.right() + 2, plot.top() - 4, kMargin, 16), Qt::AlignLeft, tr("100%"));
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width() / 2, 16), Qt::AlignLeft,
                     m_points.first().day.toString(Qt::ISODate));
    painter.drawText(QRectF(plot.center().x(), plot.bottom() + 2, plot.width() / 2, 16), Qt::AlignRight,
                     m_points.last().day.toString(Qt::ISODate));
}

} // namespace relais

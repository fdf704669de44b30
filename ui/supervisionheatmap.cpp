// Paints the weekday × hour matrix as shaded cells with the day names on the
// left and the hours below.
#include "supervisionheatmap.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace relais {
namespace {

constexpr int kLabelWidth = 44;
constexpr int kLabelHeight = 16;

} // namespace

SupervisionHeatMap::SupervisionHeatMap(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Calls by weekday and hour"));
}

void SupervisionHeatMap::setMatrix(const Matrix &matrix)
{
    m_matrix = matrix;
    m_max = 0;
    for (const auto &day : m_matrix)
        m_max = std::max(m_max, *std::max_element(day.cbegin(), day.cend()));
    update();
}

QSize SupervisionHeatMap::sizeHint() const
{
    return {kLabelWidth + 24 * 22, kLabelHeight + 7 * 20};
}

QSize SupervisionHeatMap::minimumSizeHint() const
{
    return {kLabelWidth + 24 * 8, kLabelHeight + 7 * 10};
}

void SupervisionHeatMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const double cellW = double(width() - kLabelWidth) / 24.0;
    const double cellH = double(height() - kLabelHeight) / 7.0;
    const QColor busiest = palette().highlight().color();
    const QLocale locale;
    painter.setPen(palette().text().color());
    for (int day = 0; day < 7; ++day) {
        const QRectF label(0, day * cellH, kLabelWidth - 4, cellH);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                         locale.dayName(day + 1, QLocale::ShortFormat));
        for (int hour = 0; hour < 24; ++hour) {
            const qint64 count = m_matrix[size_t(day)][size_t(hour)];
            QColor shade = busiest;
            // An empty hour stays the background; the busiest hour is the full
            // highlight colour.
            shade.setAlphaF(m_max > 0 ? 0.08 + 0.92 * double(count) / double(m_max) : 0.0);
            const QRectF cell(kLabelWidth + hour * cellW, day * cellH, cellW - 1, cellH - 1);
            painter.fillRect(cell, count > 0 ? shade : palette().alternateBase().color());
        }
    }
    for (int hour = 0; hour < 24; hour += 3)
        painter.drawText(QRectF(kLabelWidth + hour * cellW, 7 * cellH, cellW * 3, kLabelHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("%1h").arg(hour));
}

} // namespace relais

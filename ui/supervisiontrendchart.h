// A small trend chart drawn with QPainter: calls offered per day as bars, the
// answer rate as a line.
#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

namespace relais {

struct TrendPoint
{
    QDate day;
    qint64 offered = 0;
    std::optional<double> answerRate; // none on a day without calls: the line skips it
};

class SupervisionTrendChart final : public QWidget
{
    Q_OBJECT
public:
    explicit SupervisionTrendChart(QWidget *parent = nullptr);

    void setPoints(QList<TrendPoint> points);
    const QList<TrendPoint> &points() const { return m_points; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<TrendPoint> m_points;
};

} // namespace relais

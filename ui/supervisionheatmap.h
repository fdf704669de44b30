// A small hour × weekday heat map of offered calls, drawn with QPainter: darker
// is busier.
#pragma once

#include <QWidget>

#include <array>

namespace relais {

class SupervisionHeatMap final : public QWidget
{
    Q_OBJECT
public:
    using Matrix = std::array<std::array<qint64, 24>, 7>; // [weekday 0 = Monday][hour]

    explicit SupervisionHeatMap(QWidget *parent = nullptr);

    void setMatrix(const Matrix &matrix);
    const Matrix &matrix() const { return m_matrix; }
    qint64 maximum() const { return m_max; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Matrix m_matrix{};
    qint64 m_max = 0;
};

} // namespace relais

// A word-wrapped plain-text label that remembers its height for each width it was asked about.
// Qt's nested layouts ask a wrapped label's heightForWidth() many times per layout pass, often at
// the same few widths, and QLabel lays its text out again every time: on a pop that was most of
// the time to show it.
#pragma once

#include <QHash>
#include <QLabel>

namespace relais {

class WrappingLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit WrappingLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    mutable QHash<int, int> m_heights; // width -> height, for m_heightsText
    mutable QString m_heightsText;
};

} // namespace relais

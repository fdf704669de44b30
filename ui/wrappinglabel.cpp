// The caching wrapped label (see wrappinglabel.h).
#include "wrappinglabel.h"

#include <QEvent>

namespace relais {
namespace {

constexpr int kMaxRememberedWidths = 32; // a window resize asks for many widths: keep the recent

} // namespace

WrappingLabel::WrappingLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
}

int WrappingLabel::heightForWidth(int width) const
{
    // setText() is not virtual: compare the text instead (shared data, so usually a pointer check).
    if (text() != m_heightsText || m_heights.size() > kMaxRememberedWidths) {
        m_heights.clear();
        m_heightsText = text();
    }
    const auto found = m_heights.constFind(width);
    if (found != m_heights.constEnd())
        return *found;
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

void WrappingLabel::changeEvent(QEvent *event)
{
    // Anything that changes how the text is laid out forgets the heights.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::ContentsRectChange)
        m_heights.clear();
    QLabel::changeEvent(event);
}

} // namespace relais

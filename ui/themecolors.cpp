// Meaningful colours for light and dark palettes (see themecolors.h).
#include "themecolors.h"

#include <QWidget>

#include <algorithm>
#include <cmath>

namespace relais::theme {
namespace {

QColor pick(const QPalette &palette, const char *light, const char *dark)
{
    return QColor(QLatin1String(isDark(palette) ? dark : light));
}

double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Light shades are Tailwind's 700s (dark enough on white); dark shades their 300-400s.
QColor ok(const QPalette &palette)
{
    return pick(palette, "#15803d", "#4ade80");
}

QColor problem(const QPalette &palette)
{
    return pick(palette, "#b42318", "#fca5a5");
}

QColor warning(const QPalette &palette)
{
    return pick(palette, "#b45309", "#fbbf24");
}

QColor muted(const QPalette &palette)
{
    return pick(palette, "#4b5563", "#b0b7c3");
}

QString textCss(const QColor &colour)
{
    return QStringLiteral("color: %1;").arg(colour.name());
}

void setTextColour(QWidget *widget, const QColor &colour)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, colour);
    palette.setColor(QPalette::Text, colour);
    widget->setPalette(palette);
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace relais::theme

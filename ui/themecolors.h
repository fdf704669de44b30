// Colours that carry a meaning (all is well, a problem, a warning, a side note), in a shade that reads
// on the current palette: the system's light or dark theme. Qt 6.4 has no colour-scheme hint, so the
// palette's window lightness decides.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

namespace relais::theme {

bool isDark(const QPalette &palette);

QColor ok(const QPalette &palette);      // green: open, saved, connected
QColor problem(const QPalette &palette); // red: closed, refused, never say
QColor warning(const QPalette &palette); // amber: ringing, waiting
QColor muted(const QPalette &palette);   // grey: explanations, placeholders

// "color: #15803d;" for a style sheet.
QString textCss(const QColor &colour);

// Colours a label's text through its palette: unlike a style sheet of its own, this costs no
// re-polish, so it suits widgets refilled on every call.
void setTextColour(QWidget *widget, const QColor &colour);

// WCAG contrast ratio of two colours, 1 (none) to 21 (black on white).
double contrast(const QColor &a, const QColor &b);

} // namespace relais::theme

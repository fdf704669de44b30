// The console follows the system's light or dark palette: text that carries a meaning (never say,
// open/closed, why this urgency) stays readable on the window's background in both.
#include "keyboardconsole.h"

#include "callarea.h"
#include "poppanel.h"
#include "themecolors.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>

using namespace relais;
using namespace relais::test;

namespace {

QPalette darkPalette()
{
    QPalette dark(QColor(0x3a, 0x3a, 0x3a), QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x12, 0x12, 0x12));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    return dark;
}

// Restores the application's palette however the test ends.
struct PaletteScope
{
    explicit PaletteScope(const QPalette &palette)
        : saved(QApplication::palette())
    {
        QApplication::setPalette(palette);
    }
    ~PaletteScope() { QApplication::setPalette(saved); }
    QPalette saved;
};

double readability(const QWidget *parent, const char *objectName)
{
    auto *label = parent->findChild<QLabel *>(QLatin1String(objectName));
    REQUIRE(label != nullptr);
    label->ensurePolished();
    const QColor text = label->palette().color(QPalette::WindowText);
    const QColor background = QApplication::palette().color(QPalette::Window);
    return theme::contrast(text, background);
}

} // namespace

TEST_CASE("meaningful colours read on a dark palette as on a light one")
{
    const bool dark = GENERATE(false, true);
    PaletteScope scope(dark ? darkPalette() : QPalette(QColor(0xef, 0xef, 0xef), QColor(0xf5, 0xf5, 0xf5)));
    CHECK(theme::isDark(QApplication::palette()) == dark);

    KeyboardConsole console;
    console.offer(QStringLiteral("call-theme"));
    PopPanel *panel = console.window->callArea().panel(QStringLiteral("call-theme"));
    REQUIRE(panel != nullptr);
    INFO((dark ? "dark" : "light") << " palette");
    // 4.5:1 is WCAG AA for body text.
    CHECK(readability(panel, "popNeverSay") >= 4.5);
    CHECK(readability(panel, "popOpenLabel") >= 4.5);
    CHECK(readability(console.window.get(), "formUrgencyWhy") >= 4.5);
}

// The greeting's size (see greetingzoom.h).
#include "greetingzoom.h"

#include "actionregistry.h"
#include "callarea.h"
#include "settings/settings.h"

#include <QAction>

#include <algorithm>

namespace relais {

GreetingZoom::GreetingZoom(const ActionRegistry &actions, Settings &settings, CallArea &calls,
                           QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_calls(calls)
{
    connect(actions.greetingLarger(), &QAction::triggered, this, [this] { setPoints(points() + kStep); });
    connect(actions.greetingSmaller(), &QAction::triggered, this, [this] { setPoints(points() - kStep); });
    connect(actions.greetingReset(), &QAction::triggered, this,
            [this] { setPoints(settings::greetingFontPoints.defaultValue); });
}

int GreetingZoom::points() const
{
    return std::clamp(m_settings.value(settings::greetingFontPoints), kMinPoints, kMaxPoints);
}

void GreetingZoom::setPoints(int points)
{
    const int clamped = std::clamp(points, kMinPoints, kMaxPoints);
    m_settings.setValue(settings::greetingFontPoints, clamped);
    m_calls.setGreetingFontPoints(clamped);
}

} // namespace relais

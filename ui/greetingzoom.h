// Ctrl++ / Ctrl+- / Ctrl+0 on the pop's greeting: the size the operator reads aloud from, kept in the
// settings so it is the same tomorrow.
#pragma once

#include <QObject>

namespace relais {

class ActionRegistry;
class CallArea;
class Settings;

class GreetingZoom final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinPoints = 10;
    static constexpr int kMaxPoints = 40;
    static constexpr int kStep = 2;

    GreetingZoom(const ActionRegistry &actions, Settings &settings, CallArea &calls,
                 QObject *parent = nullptr);

    int points() const;
    // Sets the greeting size (clamped), on every open pop and the next ones, and remembers it.
    void setPoints(int points);

private:
    Settings &m_settings;
    CallArea &m_calls;
};

} // namespace relais

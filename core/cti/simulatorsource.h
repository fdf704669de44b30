// The call simulator, the embedded default call source: rings realistic calls to the demo clients'
// dialed numbers from known and unknown callers, now and then to a number no client owns.
#pragma once

#include "cti/ctisource.h"

#include <QStringList>
#include <QTimer>

#include <functional>
#include <random>

namespace relais {

class Clock;

class SimulatorSource final : public CtiSource
{
    Q_OBJECT
public:
    struct Options
    {
        QStringList dialedNumbers; // E.164 numbers of the client accounts
        QStringList knownCallers;  // numbers that have called before (history, directory)
        int intervalSeconds = 0;   // 0: ring only on ringNow()
        int answerAfterMs = 2500;  // a simulated call is answered after this, then ends later
        int endAfterMs = 45000;
        double unknownNumberRate = 0.1;
        quint32 seed = 0;              // 0: random
        int callControlAfterMs = 1500; // a simulated transfer or callback ends after this
    };

    // How a simulated transfer or callback ends; by default the destination answers.
    using CallControlOutcome = std::function<CallControlResult::Outcome(const CallControlRequest &)>;

    SimulatorSource(Options options, const Clock &clock, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    State state() const override { return m_state; }
    QString description() const override;
    void setCallControlOutcome(CallControlOutcome outcome) { m_callControlOutcome = std::move(outcome); }

public Q_SLOTS:
    // Rings one call now (the "simulate a call" action). Returns its call id.
    QString ringNow();

protected:
    void placeCallControl(const QString &requestId, const CallControlRequest &request) override;

private:
    QString randomCaller();
    QString dialedNumber();
    void emitEvent(CallEvent event, CallEvent::Kind kind, const QString &endCause = {});

    Options m_options;
    const Clock &m_clock;
    State m_state = State::Disconnected;
    QTimer m_timer;
    std::mt19937 m_random;
    quint64 m_calls = 0;
    // Parent of the pending answer/end timers: deleting it on stop() cancels them.
    QObject *m_pending = nullptr;
    CallControlOutcome m_callControlOutcome;
};

} // namespace relais

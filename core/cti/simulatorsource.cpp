// SimulatorSource: calls from a seeded random generator, answered and ended on timers.
#include "cti/simulatorsource.h"

#include "common/clock.h"

#include <QCoreApplication>

namespace relais {

namespace {

QString digits(std::mt19937 &random, int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out += QLatin1Char(static_cast<char>('0' + random() % 10));
    return out;
}

} // namespace

SimulatorSource::SimulatorSource(Options options, const Clock &clock, QObject *parent)
    : CtiSource(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_random(m_options.seed != 0 ? m_options.seed : std::random_device{}())
    , m_pending(new QObject(this))
{
    connect(&m_timer, &QTimer::timeout, this, [this] { ringNow(); });
}

void SimulatorSource::start()
{
    if (m_state == State::Connected)
        return;
    m_state = State::Connected;
    Q_EMIT stateChanged(m_state, {});
    if (m_options.intervalSeconds > 0)
        m_timer.start(m_options.intervalSeconds * 1000);
}

void SimulatorSource::stop()
{
    m_timer.stop();
    delete m_pending;
    m_pending = new QObject(this);
    if (m_state == State::Disconnected)
        return;
    m_state = State::Disconnected;
    Q_EMIT stateChanged(m_state, {});
}

QString SimulatorSource::description() const
{
    return m_options.intervalSeconds > 0
               ? tr("Simulator (a call every %n s)", nullptr, m_options.intervalSeconds)
               : tr("Simulator");
}

QString SimulatorSource::randomCaller()
{
    const auto roll = m_random() % 100;
    if (!m_options.knownCallers.isEmpty() && roll < 30)
        return m_options.knownCallers.at(static_cast<int>(m_random() % m_options.knownCallers.size()));
    if (roll < 75) // a French mobile: +33 6 or +33 7
        return QStringLiteral("+33") + QLatin1Char(m_random() % 4 == 0 ? '7' : '6') + digits(m_random, 8);
    // A French landline: +33 1 to +33 5, or 9 (box numbers).
    static const char areas[] = {'1', '2', '3', '4', '5', '9'};
    return QStringLiteral("+33") + QLatin1Char(areas[m_random() % sizeof(areas)]) + digits(m_random, 8);
}

QString SimulatorSource::dialedNumber()
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    if (m_options.dialedNumbers.isEmpty() || unit(m_random) < m_options.unknownNumberRate) {
        // +33 1 99 00 … is set aside by ARCEP for fiction: no client owns it.
        return QStringLiteral("+3319900") + digits(m_random, 4);
    }
    return m_options.dialedNumbers.at(static_cast<int>(m_random() % m_options.dialedNumbers.size()));
}

QString SimulatorSource::ringNow()
{
    CallEvent event;
    event.callId = QStringLiteral("sim-%1-%2").arg(++m_calls).arg(m_random(), 8, 16, QLatin1Char('0'));
    event.callerNumber = randomCaller();
    event.dialedNumber = dialedNumber();
    emitEvent(event, CallEvent::Kind::Offered);

    const bool answered = m_options.answerAfterMs >= 0 && m_options.answerAfterMs < m_options.endAfterMs;
    if (answered) {
        QTimer::singleShot(m_options.answerAfterMs, m_pending,
                           [this, event] { emitEvent(event, CallEvent::Kind::Answered); });
    }
    QTimer::singleShot(std::max(0, m_options.endAfterMs), m_pending, [this, event, answered] {
        emitEvent(event, CallEvent::Kind::Ended,
                  answered ? QStringLiteral("answered") : QStringLiteral("caller-hangup"));
    });
    return event.callId;
}

void SimulatorSource::emitEvent(CallEvent event, CallEvent::Kind kind, const QString &endCause)
{
    event.kind = kind;
    event.time = m_clock.now();
    event.receivedAt = std::chrono::steady_clock::now();
    event.endCause = endCause;
    Q_EMIT callEvent(event);
}

void SimulatorSource::placeCallControl(const QString &id, const CallControlRequest &request)
{
    if (m_state != State::Connected) {
        reportLater({id, request, CallControlResult::Outcome::Failed, tr("the simulator is stopped")});
        return;
    }
    if (!isDialable(request.destination)) {
        reportLater({id, request, CallControlResult::Outcome::Failed,
                     tr("cannot dial \"%1\"").arg(request.destination.left(40))});
        return;
    }
    reportLater({id, request, CallControlResult::Outcome::Accepted, tr("simulated")});
    const CallControlResult::Outcome outcome =
        m_callControlOutcome ? m_callControlOutcome(request) : CallControlResult::Outcome::Answered;
    QTimer::singleShot(m_options.callControlAfterMs, m_pending, [this, id, request, outcome] {
        Q_EMIT callControlResult({id, request, outcome, tr("simulated")});
    });
}

} // namespace relais

// The time source, injected so tests can set the hour (night, weekend, a holiday, a DST change).
#pragma once

#include <QDateTime>

namespace relais {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime time)
        : m_time(std::move(time))
    {}
    QDateTime now() const override { return m_time; }
    void set(QDateTime time) { m_time = std::move(time); }
    void advanceSeconds(qint64 seconds) { m_time = m_time.addSecs(seconds); }

private:
    QDateTime m_time;
};

} // namespace relais

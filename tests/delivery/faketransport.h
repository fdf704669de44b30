// A transport for tests: records every Outgoing it gets and answers as scripted (Sent when the
// script is empty). Thread-safe, so two workers on two threads can share one.
#pragma once

#include "transport/transport.h"

#include <QList>
#include <QMap>
#include <QMutex>
#include <QThread>

namespace relais::test {

class FakeTransport final : public transport::Transport
{
public:
    explicit FakeTransport(Channel channel)
        : m_channel(channel)
    {}

    Channel channel() const override { return m_channel; }

    transport::SendResult send(const transport::Outgoing &outgoing) override
    {
        if (m_delayMs > 0)
            QThread::msleep(m_delayMs);
        QMutexLocker lock(&m_mutex);
        m_sent << outgoing;
        m_counts[outgoing.deliveryId] += 1;
        const transport::SendOutcome outcome =
            m_script.isEmpty() ? transport::SendOutcome::Sent : m_script.takeFirst();
        switch (outcome) {
        case transport::SendOutcome::Sent:
            return {outcome, QStringLiteral("250 2.0.0 Ok: queued")};
        case transport::SendOutcome::TemporaryFailure:
            return {outcome, QStringLiteral("421 4.7.0 Try again later")};
        case transport::SendOutcome::PermanentFailure:
            return {outcome, QStringLiteral("550 5.1.1 No such user")};
        }
        return {};
    }

    void script(QList<transport::SendOutcome> outcomes)
    {
        QMutexLocker lock(&m_mutex);
        m_script = std::move(outcomes);
    }
    void setDelayMs(int ms) { m_delayMs = ms; }
    QList<transport::Outgoing> sent() const
    {
        QMutexLocker lock(&m_mutex);
        return m_sent;
    }
    QMap<QString, int> counts() const
    {
        QMutexLocker lock(&m_mutex);
        return m_counts;
    }

private:
    Channel m_channel;
    mutable QMutex m_mutex;
    QList<transport::Outgoing> m_sent;
    QMap<QString, int> m_counts;
    QList<transport::SendOutcome> m_script;
    int m_delayMs = 0;
};

} // namespace relais::test

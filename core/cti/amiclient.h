// The Asterisk Manager Interface call source: a TCP client that logs in, keeps the link alive with
// pings, reconnects with backoff, and feeds the event stream through AmiParser and AmiCallTracker.
#pragma once

#include "cti/amicallcontrol.h"
#include "cti/amicalltracker.h"
#include "cti/amiparser.h"
#include "cti/ctisource.h"

#include <QByteArray>
#include <QTcpSocket>
#include <QTimer>

#include <random>

namespace relais {

class Clock;

class AmiClient final : public CtiSource
{
    Q_OBJECT
public:
    struct Options
    {
        QString host;
        quint16 port = 5038;
        QString username;
        QString secret; // sent in the Login action only; never logged, never in a state detail
        AmiCallTracker::Options tracker;
        int pingIntervalMs = 20000;
        int pongTimeoutMs = 10000;
        int handshakeTimeoutMs = 10000; // banner + login answer
        int minBackoffMs = 500;
        int maxBackoffMs = 30000;
        // The Login's `Events:` filter; empty: the classes the tracker needs.
        QString events;
        // The dialplan context transfers and callbacks are dialed in.
        QString dialContext = QStringLiteral("from-internal");
        int callControlTimeoutMs = 60000;
    };

    AmiClient(Options options, const Clock &clock, QObject *parent = nullptr);
    ~AmiClient() override;

    void start() override;
    void stop() override;
    State state() const override { return m_state; }
    QString description() const override;

    QString endpoint() const; // "host:port"
    const Options &options() const { return m_options; }
    // How many TCP connections were attempted since start() (for tests and the status bar).
    int connectionAttempts() const { return m_connectionAttempts; }

protected:
    void placeCallControl(const QString &requestId, const CallControlRequest &request) override;

private:
    enum class Phase
    {
        Idle,
        Connecting,
        AwaitingBanner,
        LoggingIn,
        Ready
    };

    void connectNow();
    void onConnected();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void handleMessage(const AmiMessage &message, std::chrono::steady_clock::time_point receivedAt);
    void sendLogin();
    void sendPing();
    QByteArray nextActionId(const char *what);
    // Closes the link and tries again after a backoff; `state` and `detail` say why.
    void retryLater(State state, const QString &detail);
    void setState(State state, const QString &detail);
    QString eventsFilter() const;

    Options m_options;
    const Clock &m_clock;
    QTcpSocket m_socket;
    QTimer m_reconnectTimer;
    QTimer m_handshakeTimer;
    QTimer m_pingTimer;
    QTimer m_pongTimer;
    AmiParser m_parser;
    AmiCallControl m_control;
    AmiCallTracker m_tracker; // outlives connections, so a call popped before a reconnect is not popped again
    State m_state = State::Disconnected;
    QString m_detail;
    Phase m_phase = Phase::Idle;
    bool m_running = false;
    int m_failures = 0; // consecutive, for the backoff
    int m_connectionAttempts = 0;
    quint64 m_actionCounter = 0;
    quint64 m_connectionGeneration = 0;
    QByteArray m_loginActionId;
    QByteArray m_pingActionId;
    std::mt19937 m_jitter;
};

} // namespace relais

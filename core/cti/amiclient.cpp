// AmiClient: connection life cycle (connect, banner, login, ping, backoff) around the parser and tracker.
#include "cti/amiclient.h"

#include "common/clock.h"
#include "logging/logging.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace relais {

namespace {

// CR and LF would end the header early and let a value inject another header.
QByteArray headerValue(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    bytes.replace('\r', "").replace('\n', "");
    return bytes;
}

} // namespace

AmiClient::AmiClient(Options options, const Clock &clock, QObject *parent)
    : CtiSource(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_control({m_options.tracker.device, m_options.dialContext, m_options.callControlTimeoutMs})
    , m_tracker(m_options.tracker)
    , m_jitter(std::random_device{}())
{
    m_reconnectTimer.setSingleShot(true);
    m_handshakeTimer.setSingleShot(true);
    m_pongTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &AmiClient::connectNow);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        retryLater(State::Disconnected, tr("no AMI greeting or login answer from %1 within %2 s")
                                            .arg(endpoint())
                                            .arg(m_options.handshakeTimeoutMs / 1000.0));
    });
    connect(&m_pingTimer, &QTimer::timeout, this, &AmiClient::sendPing);
    connect(&m_pongTimer, &QTimer::timeout, this, [this] {
        retryLater(State::Disconnected, tr("no answer to the keep-alive from %1 within %2 s")
                                            .arg(endpoint())
                                            .arg(m_options.pongTimeoutMs / 1000.0));
    });
    connect(&m_control, &AmiCallControl::result, this, &CtiSource::callControlResult);
    connect(&m_socket, &QTcpSocket::connected, this, &AmiClient::onConnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &AmiClient::onReadyRead);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &AmiClient::onSocketError);
    connect(&m_socket, &QTcpSocket::disconnected, this, &AmiClient::onDisconnected);
}

AmiClient::~AmiClient()
{
    m_running = false;
    m_phase = Phase::Idle;
    m_socket.disconnect(this);
    m_socket.abort();
}

QString AmiClient::endpoint() const
{
    return m_options.host + QLatin1Char(':') + QString::number(m_options.port);
}

QString AmiClient::description() const
{
    switch (m_state) {
    case State::Connected:
        return tr("Asterisk %1 connected").arg(endpoint());
    case State::Connecting:
        return tr("Asterisk %1 connecting").arg(endpoint());
    case State::Failed:
        return tr("Asterisk %1 failed: %2").arg(endpoint(), m_detail);
    case State::Disconnected:
        break;
    }
    return m_detail.isEmpty() ? tr("Asterisk %1 disconnected").arg(endpoint())
                              : tr("Asterisk %1 disconnected: %2").arg(endpoint(), m_detail);
}

void AmiClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_failures = 0;
    m_connectionAttempts = 0;
    connectNow();
}

void AmiClient::stop()
{
    m_running = false;
    m_phase = Phase::Idle;
    m_reconnectTimer.stop();
    m_handshakeTimer.stop();
    m_pingTimer.stop();
    m_pongTimer.stop();
    ++m_connectionGeneration;
    m_socket.abort();
    m_control.abandonAll(tr("the link to the phone system was stopped"));
    setState(State::Disconnected, tr("stopped"));
}

void AmiClient::placeCallControl(const QString &id, const CallControlRequest &request)
{
    if (m_phase != Phase::Ready) {
        reportLater({id, request, CallControlResult::Outcome::Failed,
                     tr("not connected to the phone system (%1)").arg(endpoint())});
        return;
    }
    const auto action = m_control.prepare(id, request, nextActionId("control"), m_tracker);
    if (!action) {
        reportLater({id, request, CallControlResult::Outcome::Failed, action.error().what});
        return;
    }
    m_socket.write(*action);
}

void AmiClient::connectNow()
{
    if (!m_running)
        return;
    ++m_connectionGeneration;
    ++m_connectionAttempts;
    m_phase = Phase::Connecting;
    m_socket.abort();
    m_parser.reset();
    setState(State::Connecting, tr("connecting to %1").arg(endpoint()));
    logging::module("cti")->info("connecting to Asterisk AMI {} as {}", endpoint().toStdString(),
                                 m_options.username.toStdString());
    m_handshakeTimer.start(m_options.handshakeTimeoutMs);
    m_socket.connectToHost(m_options.host, m_options.port);
}

void AmiClient::onConnected()
{
    if (m_phase != Phase::Connecting)
        return;
    m_phase = Phase::AwaitingBanner;
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket.setSocketOption(QAbstractSocket::KeepAliveOption, 1);
}

void AmiClient::onReadyRead()
{
    // Taken before anything else: the pop latency is measured from here.
    const auto receivedAt = std::chrono::steady_clock::now();
    if (m_phase == Phase::Idle || m_phase == Phase::Connecting) {
        m_socket.readAll();
        return;
    }
    const QByteArray bytes = m_socket.readAll();
    std::vector<AmiMessage> messages;
    m_parser.feed(bytes, messages);
    for (const QString &error : m_parser.takeErrors())
        logging::module("cti")->warn("AMI stream from {}: {}", endpoint().toStdString(), error.toStdString());

    if (m_phase == Phase::AwaitingBanner && m_parser.hasBanner()) {
        const QByteArray banner = m_parser.banner();
        if (!banner.startsWith("Asterisk Call Manager"))
            logging::module("cti")->warn("unexpected AMI greeting from {}: {}", endpoint().toStdString(),
                                         AmiMessage::decode(banner.left(200)).toStdString());
        sendLogin();
    }
    const quint64 generation = m_connectionGeneration;
    for (const AmiMessage &message : messages) {
        handleMessage(message, receivedAt);
        // A slot may have stopped us, or a refused login closed this connection.
        if (generation != m_connectionGeneration || m_phase == Phase::Idle)
            return;
    }
}

void AmiClient::handleMessage(const AmiMessage &message, std::chrono::steady_clock::time_point receivedAt)
{
    if (message.isResponse()) {
        const QByteArrayView actionId = message.value("ActionID");
        if (m_phase == Phase::LoggingIn && (actionId.isEmpty() || actionId == m_loginActionId)) {
            if (message.response() == QByteArrayView("Success")) {
                m_phase = Phase::Ready;
                m_failures = 0;
                m_handshakeTimer.stop();
                if (m_options.pingIntervalMs > 0)
                    m_pingTimer.start(m_options.pingIntervalMs);
                logging::module("cti")->info("logged in to Asterisk AMI {}", endpoint().toStdString());
                setState(State::Connected, {});
            } else {
                QString why = message.text("Message");
                if (why.isEmpty())
                    why = tr("no reason given");
                retryLater(State::Failed, tr("login refused by %1: %2").arg(endpoint(), why));
            }
            return;
        }
        if (m_control.handleResponse(message))
            return;
        if (!m_pingActionId.isEmpty() &&
            (actionId == m_pingActionId || message.value("Ping") == QByteArrayView("Pong"))) {
            m_pongTimer.stop();
            m_pingActionId.clear();
        }
        return;
    }
    if (m_phase != Phase::Ready || !message.isEvent())
        return;
    m_control.handleEvent(message);
    std::vector<CallEvent> events;
    m_tracker.consume(message, receivedAt, m_clock.now(), events);
    const quint64 generation = m_connectionGeneration;
    for (const CallEvent &event : events) {
        logging::module("cti")->debug("call {} {} from {} to {}", event.callId.toStdString(),
                                      toString(event.kind).toStdString(), event.callerNumber.toStdString(),
                                      event.dialedNumber.toStdString());
        Q_EMIT callEvent(event);
        if (generation != m_connectionGeneration)
            return;
    }
}

QByteArray AmiClient::nextActionId(const char *what)
{
    return QByteArray("relais-").append(what).append('-').append(QByteArray::number(++m_actionCounter));
}

QString AmiClient::eventsFilter() const
{
    if (!m_options.events.isEmpty())
        return m_options.events;
    // VarSet is a dialplan-class event, and the noisiest: ask for it only when the dialed number needs it.
    return m_options.tracker.dialedSource == AmiCallTracker::DialedSource::Variable
               ? QStringLiteral("call,agent,dialplan")
               : QStringLiteral("call,agent");
}

void AmiClient::sendLogin()
{
    m_phase = Phase::LoggingIn;
    m_loginActionId = nextActionId("login");
    QByteArray action;
    action.append("Action: Login\r\nUsername: ")
        .append(headerValue(m_options.username))
        .append("\r\nSecret: ")
        .append(headerValue(m_options.secret))
        .append("\r\nActionID: ")
        .append(m_loginActionId)
        .append("\r\nEvents: ")
        .append(headerValue(eventsFilter()))
        .append("\r\n\r\n");
    m_socket.write(action);
}

void AmiClient::sendPing()
{
    if (m_phase != Phase::Ready)
        return;
    if (!m_pingActionId.isEmpty())
        return; // still waiting for the previous pong; the pong timer decides
    m_pingActionId = nextActionId("ping");
    m_socket.write(QByteArray("Action: Ping\r\nActionID: ").append(m_pingActionId).append("\r\n\r\n"));
    m_pongTimer.start(m_options.pongTimeoutMs);
}

void AmiClient::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_phase == Phase::Idle)
        return;
    QString detail;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        detail = tr("connection refused by %1").arg(endpoint());
        break;
    case QAbstractSocket::HostNotFoundError:
        detail = tr("host not found: %1").arg(m_options.host);
        break;
    case QAbstractSocket::RemoteHostClosedError:
        detail = tr("connection closed by %1").arg(endpoint());
        break;
    default:
        detail = tr("%1: %2").arg(endpoint(), m_socket.errorString());
        break;
    }
    retryLater(State::Disconnected, detail);
}

void AmiClient::onDisconnected()
{
    if (m_phase == Phase::Idle)
        return;
    retryLater(State::Disconnected, tr("connection closed by %1").arg(endpoint()));
}

void AmiClient::retryLater(State state, const QString &detail)
{
    m_phase = Phase::Idle;
    ++m_connectionGeneration;
    m_handshakeTimer.stop();
    m_pingTimer.stop();
    m_pongTimer.stop();
    m_pingActionId.clear();
    m_socket.abort();
    m_control.abandonAll(tr("the link to the phone system was lost: %1").arg(detail));
    if (!m_running)
        return;
    const double base = std::min<double>(m_options.maxBackoffMs,
                                         m_options.minBackoffMs * std::pow(2.0, std::min(m_failures, 20)));
    ++m_failures;
    // ±20 % jitter so a room of consoles does not reconnect in step after a PBX restart.
    std::uniform_real_distribution<double> spread(0.8, 1.2);
    const int delayMs = static_cast<int>(std::min<double>(m_options.maxBackoffMs, base * spread(m_jitter)));
    logging::module("cti")->warn("{}; retrying in {} ms", detail.toStdString(), delayMs);
    setState(state, tr("%1; retrying in %2 s").arg(detail).arg(delayMs / 1000.0, 0, 'f', 1));
    m_reconnectTimer.start(delayMs);
}

void AmiClient::setState(State state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    Q_EMIT stateChanged(state, detail);
}

} // namespace relais

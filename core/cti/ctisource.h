// A source of call events: the Asterisk AMI client or the simulator. The console and relais-cli
// only see this interface.
#pragma once

#include "cti/callcontrol.h"
#include "cti/callevent.h"
#include "cti/dialingrules.h"

#include <QObject>
#include <QString>

namespace relais {

class CtiSource : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Disconnected,
        Connecting,
        Connected,
        Failed
    };
    Q_ENUM(State)

    using QObject::QObject;
    ~CtiSource() override = default;

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual State state() const = 0;
    // One line for the status bar: "Asterisk 127.0.0.1:5038 connecté", "Simulateur".
    virtual QString description() const = 0;

    // Transfers a call or places one from the operator's phone. Returns the request's id; results
    // with that id follow as callControlResult: maybe Accepted, then exactly one final outcome.
    // The destination goes through the dialing rules first, here for every source: a refused number
    // fails (with why) and never reaches the PBX; an accepted one reaches it in the PBX's format.
    QString requestCallControl(const CallControlRequest &request);
    void setDialingRules(DialingRules rules) { m_dialingRules = std::move(rules); }
    const DialingRules &dialingRules() const { return m_dialingRules; }

Q_SIGNALS:
    void callEvent(const relais::CallEvent &event);
    // `detail` explains a failure in words (refused login, unreachable host); never holds a secret.
    void stateChanged(relais::CtiSource::State state, const QString &detail);
    void callControlResult(const relais::CallControlResult &result);

protected:
    // Sends a request whose destination the dialing rules accepted and rewrote. The default says
    // Unsupported (later, from the event loop, like every outcome).
    virtual void placeCallControl(const QString &requestId, const CallControlRequest &request);
    // Emits `result` from the event loop, never from inside requestCallControl().
    void reportLater(const CallControlResult &result);
    QString nextRequestId();

private:
    quint64 m_requests = 0;
    DialingRules m_dialingRules;
};

} // namespace relais

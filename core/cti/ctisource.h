// A source of call events: the Asterisk AMI client or the simulator. The console and relais-cli
// only see this interface.
#pragma once

#include "cti/callcontrol.h"
#include "cti/callevent.h"

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
    // The default says Unsupported (later, from the event loop, like every outcome).
    virtual QString requestCallControl(const CallControlRequest &request);

Q_SIGNALS:
    void callEvent(const relais::CallEvent &event);
    // `detail` explains a failure in words (refused login, unreachable host); never holds a secret.
    void stateChanged(relais::CtiSource::State state, const QString &detail);
    void callControlResult(const relais::CallControlResult &result);

protected:
    // Emits `result` from the event loop, never from inside requestCallControl().
    void reportLater(const CallControlResult &result);
    QString nextRequestId();

private:
    quint64 m_requests = 0;
};

} // namespace relais

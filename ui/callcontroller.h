// Walks a call event to the screen: an offered call is routed to a Pop and shown in the call area;
// answered and ended calls update their tab; a client picked by hand re-routes the call.
#pragma once

#include <QObject>

namespace relais {

class CallArea;
class CallRouter;
class CtiSource;
struct CallEvent;

class CallController final : public QObject
{
    Q_OBJECT
public:
    CallController(CtiSource &source, const CallRouter &router, CallArea &area, QObject *parent = nullptr);

    void handle(const CallEvent &event);
    void pickClient(const QString &callId, const QString &clientCode);

Q_SIGNALS:
    void callEnded(const QString &callId);

private:
    const CallRouter &m_router;
    CallArea &m_area;
};

} // namespace relais

// Call events to pops (see callcontroller.h).
#include "callcontroller.h"

#include "callarea.h"
#include "cti/ctisource.h"
#include "logging/logging.h"
#include "routing/callrouter.h"
#include "routing/pop.h"

#include <chrono>

namespace relais {

CallController::CallController(CtiSource &source, const CallRouter &router, CallArea &area, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_area(area)
{
    connect(&source, &CtiSource::callEvent, this, &CallController::handle);
    connect(&area, &CallArea::clientPicked, this, &CallController::pickClient);
}

void CallController::handle(const CallEvent &event)
{
    switch (event.kind) {
    case CallEvent::Kind::Offered: {
        const Pop pop = m_router.route(event);
        m_area.showPop(event, pop);
        if (event.receivedAt != std::chrono::steady_clock::time_point{}) {
            const double shownMs =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - event.receivedAt)
                    .count();
            logging::module("ui")->debug("pop {} shown {:.2f} ms after the event (routed in {:.2f} ms)",
                                         event.callId.toStdString(), shownMs, pop.latencyMs());
        }
        break;
    }
    case CallEvent::Kind::Answered:
        m_area.setCallState(event.callId, CallState::InProgress);
        break;
    case CallEvent::Kind::Ended:
        m_area.setCallState(event.callId, CallState::Ended);
        Q_EMIT callEnded(event.callId);
        break;
    }
}

void CallController::pickClient(const QString &callId, const QString &clientCode)
{
    const std::optional<CallEvent> offered = m_area.offeredEvent(callId);
    if (!offered)
        return;
    logging::module("ui")->info("call {}: client {} picked by hand", callId.toStdString(),
                                clientCode.toStdString());
    m_area.showPop(*offered, m_router.routeTo(*offered, clientCode));
}

} // namespace relais

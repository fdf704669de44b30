// The call source's shared call-control plumbing (see ctisource.h).
#include "cti/ctisource.h"

#include "logging/logging.h"

#include <QTimer>

namespace relais {

QString CtiSource::requestCallControl(const CallControlRequest &request)
{
    const QString id = nextRequestId();
    const Result<QString> dial = m_dialingRules.dialString(request.destination);
    if (!dial) {
        logging::module("cti")->warn("call control {} refused: {}", id.toStdString(),
                                     dial.error().what.toStdString());
        reportLater({id, request, CallControlResult::Outcome::Failed, dial.error().what});
        return id;
    }
    CallControlRequest toPbx = request;
    toPbx.destination = dial.value();
    placeCallControl(id, toPbx);
    return id;
}

void CtiSource::placeCallControl(const QString &requestId, const CallControlRequest &request)
{
    reportLater({requestId, request, CallControlResult::Outcome::Unsupported, {}});
}

void CtiSource::reportLater(const CallControlResult &result)
{
    QTimer::singleShot(0, this, [this, result] { Q_EMIT callControlResult(result); });
}

QString CtiSource::nextRequestId()
{
    return QStringLiteral("control-%1").arg(++m_requests);
}

} // namespace relais

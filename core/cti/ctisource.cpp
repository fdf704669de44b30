// The call source's shared call-control plumbing (see ctisource.h).
#include "cti/ctisource.h"

#include <QTimer>

namespace relais {

QString CtiSource::requestCallControl(const CallControlRequest &request)
{
    const QString id = nextRequestId();
    reportLater({id, request, CallControlResult::Outcome::Unsupported, {}});
    return id;
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

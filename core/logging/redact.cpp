// Masks passwords and secrets in URLs before they are logged or shown.
#include "logging/redact.h"

#include <QRegularExpression>

namespace relais::logging {

QString redactUrl(const QString &url)
{
    static const QRegularExpression userInfo(
        QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@?#]*):[^@/?#]*@"));
    static const QRegularExpression queryParam(QStringLiteral("([?&](?:password|secret|pass|pwd)=)[^&#]*"),
                                               QRegularExpression::CaseInsensitiveOption);
    QString out = url;
    out.replace(userInfo, QStringLiteral("\\1:***@"));
    out.replace(queryParam, QStringLiteral("\\1***"));
    return out;
}

} // namespace relais::logging

// Call control words (see callcontrol.h).
#include "cti/callcontrol.h"

#include <QCoreApplication>

namespace relais {
namespace {

struct CallControlText
{
    Q_DECLARE_TR_FUNCTIONS(CallControl)
};

} // namespace

QString toString(CallControlRequest::Kind kind)
{
    switch (kind) {
    case CallControlRequest::Kind::BlindTransfer:
        return QStringLiteral("blind-transfer");
    case CallControlRequest::Kind::AttendedTransfer:
        return QStringLiteral("attended-transfer");
    case CallControlRequest::Kind::Originate:
        return QStringLiteral("originate");
    }
    return {};
}

QString toString(CallControlResult::Outcome outcome)
{
    switch (outcome) {
    case CallControlResult::Outcome::Accepted:
        return QStringLiteral("accepted");
    case CallControlResult::Outcome::Answered:
        return QStringLiteral("answered");
    case CallControlResult::Outcome::Busy:
        return QStringLiteral("busy");
    case CallControlResult::Outcome::NoAnswer:
        return QStringLiteral("no-answer");
    case CallControlResult::Outcome::Unavailable:
        return QStringLiteral("unavailable");
    case CallControlResult::Outcome::Failed:
        return QStringLiteral("failed");
    case CallControlResult::Outcome::Unsupported:
        return QStringLiteral("unsupported");
    }
    return {};
}

QString outcomeInWords(CallControlResult::Outcome outcome)
{
    switch (outcome) {
    case CallControlResult::Outcome::Accepted:
        return CallControlText::tr("in progress");
    case CallControlResult::Outcome::Answered:
        return CallControlText::tr("answered");
    case CallControlResult::Outcome::Busy:
        return CallControlText::tr("busy");
    case CallControlResult::Outcome::NoAnswer:
        return CallControlText::tr("no answer");
    case CallControlResult::Outcome::Unavailable:
        return CallControlText::tr("unreachable");
    case CallControlResult::Outcome::Failed:
        return CallControlText::tr("failed");
    case CallControlResult::Outcome::Unsupported:
        return CallControlText::tr("not possible with this phone system");
    }
    return {};
}

bool isDialable(const QString &destination)
{
    if (destination.isEmpty() || destination.size() > 32)
        return false;
    for (qsizetype i = 0; i < destination.size(); ++i) {
        const QChar c = destination.at(i);
        const bool ok = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('*') ||
                        c == QLatin1Char('#') || (i == 0 && c == QLatin1Char('+'));
        if (!ok)
            return false;
    }
    return destination != QStringLiteral("+");
}

} // namespace relais

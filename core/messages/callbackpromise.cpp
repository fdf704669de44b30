// Callback promises (see callbackpromise.h).
#include "messages/callbackpromise.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace relais {
namespace {

struct CallbackText
{
    Q_DECLARE_TR_FUNCTIONS(CallbackText)
};

constexpr qint64 kGraceSeconds = 60;
constexpr qint64 kMaxAheadDays = 31;

} // namespace

QString toString(CallbackState state)
{
    switch (state) {
    case CallbackState::None:
        return {};
    case CallbackState::Pending:
        return QStringLiteral("pending");
    case CallbackState::Attempted:
        return QStringLiteral("attempted");
    case CallbackState::Done:
        return QStringLiteral("done");
    }
    return {};
}

CallbackState callbackStateFromString(const QString &text)
{
    if (text == QLatin1String("pending"))
        return CallbackState::Pending;
    if (text == QLatin1String("attempted"))
        return CallbackState::Attempted;
    if (text == QLatin1String("done"))
        return CallbackState::Done;
    return CallbackState::None;
}

Status validateNewCallback(const CallbackPromise &promise, const QDateTime &now)
{
    const QString where = CallbackText::tr("callback");
    if (!promise.at.isValid())
        return Error{CallbackText::tr("say when: \"30 min\", \"1 h\" or a time such as 14:30"), where};
    if (promise.at < now.addSecs(-kGraceSeconds))
        return Error{CallbackText::tr("the time %1 is already past")
                         .arg(promise.at.toLocalTime().toString(QStringLiteral("HH:mm"))),
                     where};
    if (promise.at > now.addDays(kMaxAheadDays))
        return Error{
            CallbackText::tr("more than %1 days ahead: note it in the message instead").arg(kMaxAheadDays),
            where};
    if (promise.number.trimmed().isEmpty())
        return Error{CallbackText::tr("no number to call back"), where};
    return success();
}

QDateTime parseCallbackTime(const QString &input, const QDateTime &now, const QTimeZone &local)
{
    const QString text = input.simplified().toLower();
    if (text.isEmpty() || text.size() > 20)
        return {};
    // "30", "30 min", "45mn", "+30", "in 30 min", "dans 30 min": minutes from now.
    static const QRegularExpression minutes(
        QStringLiteral("^(?:\\+|in |dans )?\\s*(\\d{1,4})\\s*(?:m|min|mn|minutes?)?$"));
    // "+1h", "+1 h 30", "in 2 h", "dans 1h30": hours (and minutes) from now.
    static const QRegularExpression hours(
        QStringLiteral("^(?:\\+|in |dans )\\s*(\\d{1,2})\\s*h\\s*(\\d{1,2})?(?:\\s*(?:m|min|mn))?$"));
    // "14:30", "14.30", "14h30", "9h", "at 9:15", "à 14h": that time today (French writes 14h30).
    static const QRegularExpression clock(
        QStringLiteral("^(?:at |à |a )?(\\d{1,2})\\s*(?:[:.]|h)\\s*(\\d{2})?$"));
    if (const auto m = minutes.match(text); m.hasMatch())
        return now.addSecs(m.captured(1).toLongLong() * 60);
    if (const auto m = hours.match(text); m.hasMatch()) {
        const int min = m.captured(2).toInt();
        if (min > 59)
            return {};
        return now.addSecs(m.captured(1).toInt() * 3600LL + min * 60LL);
    }
    if (const auto m = clock.match(text); m.hasMatch()) {
        const int h = m.captured(1).toInt();
        const int min = m.captured(2).toInt();
        // "14." or "14:" without minutes is a typo, not 14:00.
        if (h > 23 || min > 59 || (m.captured(2).isEmpty() && !text.endsWith(QLatin1Char('h'))))
            return {};
        const QDateTime localNow = now.toTimeZone(local);
        return QDateTime(localNow.date(), QTime(h, min), local).toUTC();
    }
    return {};
}

} // namespace relais

// Greeting variant choice and template rendering in one pass over the text.
#include "rules/greeting.h"

namespace relais {

GreetingVariant chooseGreetingVariant(const Greetings &greetings, bool open, bool overflow)
{
    if (overflow && !greetings.overflow.trimmed().isEmpty())
        return GreetingVariant::Overflow;
    if (!open && !greetings.closed.trimmed().isEmpty())
        return GreetingVariant::Closed;
    return GreetingVariant::Open;
}

const QString &greetingText(const Greetings &greetings, GreetingVariant variant)
{
    switch (variant) {
    case GreetingVariant::Overflow:
        return greetings.overflow;
    case GreetingVariant::Closed:
        return greetings.closed;
    case GreetingVariant::Open:
        break;
    }
    return greetings.open;
}

QString salutationAt(const QTime &localTime)
{
    const int hour = localTime.isValid() ? localTime.hour() : 12;
    if (hour >= kEveningStartsHour || hour < kMorningStartsHour)
        return QStringLiteral("Bonsoir");
    return QStringLiteral("Bonjour");
}

QString renderGreetingTemplate(const QString &text, const GreetingValues &values)
{
    QString out;
    out.reserve(text.size() + values.client.size() + values.operatorFirstName.size());
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype open = text.indexOf(QLatin1Char('{'), pos);
        if (open < 0) {
            out += QStringView(text).mid(pos);
            break;
        }
        out += QStringView(text).mid(pos, open - pos);
        const qsizetype close = text.indexOf(QLatin1Char('}'), open + 1);
        if (close < 0) {
            out += QStringView(text).mid(open);
            break;
        }
        // Braces before the innermost '{' are stray: kept as written, in one step so a text full of
        // '{' stays linear.
        const qsizetype inner = text.lastIndexOf(QLatin1Char('{'), close);
        out += QStringView(text).mid(open, inner - open);
        open = inner;
        const QStringView name = QStringView(text).mid(open + 1, close - open - 1);
        if (name == QLatin1String("salutation"))
            out += values.salutation;
        else if (name == QLatin1String("client"))
            out += values.client;
        else if (name == QLatin1String("operator"))
            out += values.operatorFirstName;
        else
            out += QStringView(text).mid(open, close - open + 1);
        pos = close + 1;
    }
    return out;
}

QString renderGreeting(const Greetings &greetings, bool open, bool overflow, const QTime &localTime,
                       const QString &clientName, const QString &operatorFirstName)
{
    const GreetingVariant variant = chooseGreetingVariant(greetings, open, overflow);
    return renderGreetingTemplate(greetingText(greetings, variant),
                                  {salutationAt(localTime), clientName, operatorFirstName});
}

} // namespace relais

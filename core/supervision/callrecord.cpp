// Stored names of call outcomes and call log kinds, and the outcome a saved message stands for.
#include "supervision/callrecord.h"

#include "messages/message.h"

#include <array>
#include <utility>

namespace relais {
namespace {

constexpr std::array<std::pair<CallOutcome, const char *>, 6> kOutcomes{{
    {CallOutcome::Open, ""},
    {CallOutcome::Message, "message"},
    {CallOutcome::Filtered, "filtered"},
    {CallOutcome::Incomplete, "incomplete"},
    {CallOutcome::Unanswered, "unanswered"},
    {CallOutcome::Elsewhere, "elsewhere"},
}};

constexpr std::array<std::pair<CallLogKind, const char *>, 10> kLogKinds{{
    {CallLogKind::Offered, "offered"},
    {CallLogKind::Answered, "answered"},
    {CallLogKind::Ended, "ended"},
    {CallLogKind::PopShown, "pop-shown"},
    {CallLogKind::ClientPicked, "client-picked"},
    {CallLogKind::FieldFilled, "field-filled"},
    {CallLogKind::UrgencyShown, "urgency-shown"},
    {CallLogKind::ActionConfirmed, "action-confirmed"},
    {CallLogKind::Saved, "saved"},
    {CallLogKind::Other, "other"},
}};

} // namespace

QString toString(CallOutcome outcome)
{
    for (const auto &[value, name] : kOutcomes)
        if (value == outcome)
            return QString::fromLatin1(name);
    return {};
}

CallOutcome callOutcomeFromString(const QString &text)
{
    const QString key = text.trimmed().toLower();
    for (const auto &[value, name] : kOutcomes)
        if (key == QLatin1String(name))
            return value;
    return CallOutcome::Open;
}

CallOutcome callOutcomeOf(const Message &message)
{
    if (message.status == MessageStatus::Draft)
        return CallOutcome::Open;
    if (message.incomplete)
        return CallOutcome::Incomplete;
    if (message.answers.contains(QStringLiteral("filtered")))
        return CallOutcome::Filtered;
    return CallOutcome::Message;
}

QString toString(CallLogKind kind)
{
    for (const auto &[value, name] : kLogKinds)
        if (value == kind)
            return QString::fromLatin1(name);
    return QStringLiteral("other");
}

CallLogKind callLogKindFromString(const QString &text)
{
    const QString key = text.trimmed().toLower();
    for (const auto &[value, name] : kLogKinds)
        if (key == QLatin1String(name))
            return value;
    return CallLogKind::Other;
}

} // namespace relais

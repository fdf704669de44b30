// Stored names of the delivery states and channels.
#include "delivery/delivery.h"

#include "consignes/consignesnames.h"

#include <array>
#include <utility>

namespace relais::delivery {

namespace {

constexpr std::array<std::pair<DeliveryState, const char *>, 6> kStates{{
    {DeliveryState::Queued, "queued"},
    {DeliveryState::Sending, "sending"},
    {DeliveryState::Sent, "sent"},
    {DeliveryState::Failed, "failed"},
    {DeliveryState::Acknowledged, "acknowledged"},
    {DeliveryState::Delivered, "delivered"},
}};

} // namespace

QString toString(DeliveryState state)
{
    for (const auto &[value, name] : kStates)
        if (value == state)
            return QString::fromLatin1(name);
    return QStringLiteral("queued");
}

DeliveryState deliveryStateFromString(const QString &text)
{
    for (const auto &[value, name] : kStates)
        if (text == QLatin1String(name))
            return value;
    return DeliveryState::Queued;
}

QString channelName(Channel channel)
{
    return consignesnames::channels().value(static_cast<int>(channel));
}

std::optional<Channel> channelFromName(const QString &name)
{
    const qsizetype index = consignesnames::channels().indexOf(name);
    if (index < 0)
        return std::nullopt;
    return static_cast<Channel>(index);
}

} // namespace relais::delivery

// The transports of a service's delivery settings.
#include "transport/transportfactory.h"

#include "transport/emailtransport.h"
#include "transport/messagelayout.h"
#include "transport/smsgatewaytransport.h"

namespace relais::transport {

Transports makeTransports(const DeliverySettings &settings, const Clock &clock, const QTimeZone &zone,
                          MessageLayout::ZoneLookup zoneFor)
{
    auto layout = std::make_shared<const MessageLayout>(settings.smsLimits, zone, std::move(zoneFor));
    Transports out;
    if (settings.email)
        out[Channel::Email] = std::make_unique<EmailTransport>(*settings.email, clock, layout);
    if (settings.sms)
        out[Channel::Sms] = std::make_unique<SmsGatewayTransport>(*settings.sms, layout);
    return out;
}

} // namespace relais::transport

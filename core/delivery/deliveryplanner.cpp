// Transmission rules applied to one message: recipients resolved, addresses found, times computed.
#include "delivery/deliveryplanner.h"

#include "consignes/consignesnames.h"
#include "delivery/deliveryids.h"
#include "phone/phonenumbers.h"
#include "rules/clienttimezone.h"
#include "rules/oncall.h"
#include "supervision/callrecord.h"

#include <QCoreApplication>

#include <algorithm>

namespace relais::delivery {

namespace {

struct DeliveryPlanText
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryPlanText)
};

std::optional<CallType> callTypeOf(const Message &message)
{
    switch (callOutcomeOf(message)) {
    case CallOutcome::Message:
        return CallType::Message;
    case CallOutcome::Filtered:
        return CallType::Filtered;
    case CallOutcome::Incomplete:
        return CallType::Incomplete;
    default:
        return std::nullopt; // a draft is not delivered
    }
}

bool looksLikeMobileLabel(const QString &label)
{
    static const QStringList words{QStringLiteral("portable"), QStringLiteral("mobile"),
                                   QStringLiteral("sms"), QStringLiteral("gsm"), QStringLiteral("cell")};
    for (const QString &word : words)
        if (label.contains(word, Qt::CaseInsensitive))
            return true;
    return false;
}

// The rule's urgency level applies to the message's.
bool ruleMatches(const TransmissionRule &rule, const QString &level, CallType callType)
{
    const bool urgencyMatches = rule.urgency == QLatin1String("*") || rule.urgency == level;
    const bool typeMatches = rule.callType == CallType::Any || rule.callType == callType;
    return urgencyMatches && typeMatches;
}

QString channelLabel(Channel channel)
{
    return channel == Channel::Email ? DeliveryPlanText::tr("email") : DeliveryPlanText::tr("SMS");
}

// The distinct people of the on-call shifts, in the consignes order, who are in the directory.
QList<const Person *> rota(const Consignes &consignes)
{
    QList<const Person *> people;
    for (const OnCallShift &shift : consignes.onCall)
        if (const Person *person = consignes.person(shift.person); person && !people.contains(person))
            people << person;
    return people;
}

} // namespace

DeliveryPlanner::DeliveryPlanner(const PhoneNumbers &phones)
    : m_phones(phones)
{}

QString DeliveryPlanner::addressOf(const Person &person, Channel channel) const
{
    if (channel == Channel::Email)
        return person.email.trimmed();
    for (const ContactNumber &number : person.numbers)
        if (looksLikeMobileLabel(number.label) && !number.number.trimmed().isEmpty())
            return m_phones.normalize(number.number);
    for (const ContactNumber &number : person.numbers) {
        const Result<PhoneNumber> parsed = m_phones.parse(number.number);
        if (parsed &&
            (parsed->type == PhoneNumber::Type::Mobile || parsed->type == PhoneNumber::Type::FixedOrMobile))
            return parsed->e164;
    }
    return {};
}

QDateTime nextDigestTime(const QList<QTime> &times, const QDateTime &now, const QTimeZone &zone)
{
    const QDateTime utcNow = now.toUTC();
    const QDate today = utcNow.toTimeZone(zone).date();
    QDateTime best;
    for (const QDate &day : {today, today.addDays(1)})
        for (const QTime &time : times) {
            if (!time.isValid())
                continue;
            // A time skipped by a spring-forward change is moved forward by Qt, which is what we want.
            const QDateTime candidate = QDateTime(day, time, zone).toUTC();
            if (candidate >= utcNow && (!best.isValid() || candidate < best))
                best = candidate;
        }
    return best.isValid() ? best : utcNow;
}

DeliveryPlan DeliveryPlanner::plan(const Message &message, const Consignes &consignes,
                                   const QDateTime &now) const
{
    DeliveryPlan plan;
    const QString level = message.urgency.isEmpty() ? consignes.defaultUrgency : message.urgency;
    const UrgencyLevel *urgency = consignes.urgencyLevel(level);
    int lowestRank = std::numeric_limits<int>::max();
    for (const UrgencyLevel &l : consignes.urgencyLevels)
        lowestRank = std::min(lowestRank, l.rank);
    plan.payload.message = message;
    plan.payload.clientName = consignes.name;
    plan.payload.urgencyLabel = urgency ? urgency->label : level;
    // Above the client's lowest level is urgent: the transports put it first in the subject and SMS.
    plan.payload.urgent = urgency && urgency->rank > lowestRank;
    for (const ChecklistField &field : consignes.checklist)
        plan.payload.fieldLabels.insert(field.id, field.label);

    const std::optional<CallType> callType = callTypeOf(message);
    if (!callType) {
        plan.issues << DeliveryPlanText::tr("message %1 is a draft: nothing is sent before it is saved")
                           .arg(message.id);
        return plan;
    }
    const QTimeZone zone = resolveClientTimeZone(consignes.timeZone);
    const QDateTime utcNow = now.toUTC();
    const QList<const Person *> onCallRota = rota(consignes);
    bool anyRule = false;

    for (const TransmissionRule &rule : consignes.transmission) {
        if (!ruleMatches(rule, level, *callType))
            continue;
        anyRule = true;
        QDateTime due = utcNow;
        if (rule.digest) {
            if (rule.digestTimes.isEmpty())
                plan.issues << DeliveryPlanText::tr(
                                   "a digest rule for level '%1' has no digest time: sent at once")
                                   .arg(rule.urgency);
            due = nextDigestTime(rule.digestTimes, utcNow, zone);
        }
        for (const QString &recipientId : rule.recipients) {
            std::optional<Person> person;
            if (recipientId == consignesnames::onCallRecipient()) {
                person = onCallAt(consignes, utcNow, zone);
                if (!person) {
                    plan.issues << DeliveryPlanText::tr(
                                       "nobody is on call at %1 (client time): the rule for level "
                                       "'%2' cannot reach the on-call person")
                                       .arg(utcNow.toTimeZone(zone).toString(
                                                QStringLiteral("yyyy-MM-dd HH:mm")),
                                            rule.urgency);
                    continue;
                }
            } else if (const Person *found = consignes.person(recipientId)) {
                person = *found;
            } else {
                plan.issues << DeliveryPlanText::tr("recipient '%1' is not in the client's directory")
                                   .arg(recipientId);
                continue;
            }
            for (const Channel channel : rule.channels) {
                const QString address = addressOf(*person, channel);
                if (address.isEmpty()) {
                    plan.issues
                        << (channel == Channel::Email
                                ? DeliveryPlanText::tr("%1 has no email address: no email sent to them")
                                : DeliveryPlanText::tr("%1 has no mobile number: no SMS sent to them"))
                               .arg(person->name);
                    continue;
                }
                PlannedDelivery d;
                d.messageId = message.id;
                d.channel = channel;
                d.recipient = Contact{person->id, person->name, address};
                d.dueAt = due;
                d.acknowledgeWithinMinutes = std::max(0, rule.acknowledgeWithinMinutes);
                // Two rules for one address and channel: one delivery, the sooner and the stricter.
                auto same = std::find_if(
                    plan.deliveries.begin(), plan.deliveries.end(), [&](const PlannedDelivery &o) {
                        return o.channel == channel &&
                               o.recipient.address.compare(address, Qt::CaseInsensitive) == 0;
                    });
                if (same != plan.deliveries.end()) {
                    same->dueAt = std::min(same->dueAt, due);
                    if (d.acknowledgeWithinMinutes > 0 &&
                        (same->acknowledgeWithinMinutes == 0 ||
                         d.acknowledgeWithinMinutes < same->acknowledgeWithinMinutes))
                        same->acknowledgeWithinMinutes = d.acknowledgeWithinMinutes;
                    continue;
                }
                plan.deliveries << d;
            }
        }
    }
    if (!anyRule)
        plan.issues << DeliveryPlanText::tr(
                           "no transmission rule of %1 covers level '%2' for this call: the message "
                           "is not sent to the client")
                           .arg(consignes.code, level);

    for (PlannedDelivery &d : plan.deliveries) {
        d.deliveryId = deliveryId(d.messageId, d.channel, d.recipient.address, d.step);
        d.acknowledgeCode = acknowledgeCode(d.deliveryId);
        if (d.acknowledgeWithinMinutes <= 0)
            continue;
        d.acknowledgeBy = d.dueAt.addSecs(qint64(d.acknowledgeWithinMinutes) * 60);
        // The rota after the recipient, wrapping; the recipient itself is never its own escalation.
        // A recipient outside the rota escalates to the rota's first person (at = -1).
        qsizetype at = -1;
        for (qsizetype i = 0; i < onCallRota.size(); ++i)
            if (onCallRota.at(i)->id == d.recipient.personId)
                at = i;
        for (qsizetype i = 1; i <= onCallRota.size(); ++i) {
            const Person *next = onCallRota.at((at + i) % onCallRota.size());
            if (next->id == d.recipient.personId)
                continue;
            const QString address = addressOf(*next, d.channel);
            if (address.isEmpty()) {
                const QString issue =
                    DeliveryPlanText::tr("%1 is next in the on-call rota but has no %2 address: "
                                         "skipped for escalation")
                        .arg(next->name, channelLabel(d.channel));
                if (!plan.issues.contains(issue))
                    plan.issues << issue;
                continue;
            }
            d.escalation << Contact{next->id, next->name, address};
            break;
        }
    }
    return plan;
}

} // namespace relais::delivery

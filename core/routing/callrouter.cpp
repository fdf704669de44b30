// Call routing: numbers normalized, client found by dialed number, then the pop filled from the rules
// module at the client's local time. Work that depends only on the consignes is prepared once per
// client version (see Prepared) so a pop costs lookups and a few short strings.
#include "routing/callrouter.h"

#include "common/clock.h"
#include "cti/callevent.h"
#include "logging/logging.h"
#include "phone/phonenumbers.h"
#include "routing/callerhistory.h"
#include "routing/clientindex.h"
#include "rules/clienttimezone.h"
#include "rules/coveragehours.h"
#include "rules/greeting.h"
#include "rules/oncall.h"
#include "rules/ruleswords.h"

#include <QSet>

#include <algorithm>

namespace relais {
namespace {

constexpr int kHistoryLimit = 5;

// A caller worth looking up: withheld numbers come as "", "anonymous", "unknown"…, which would pull
// together every withheld caller's messages.
bool hasDigits(const QString &number)
{
    return std::any_of(number.cbegin(), number.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

CallRouter::CallRouter(const ClientIndex &index, const PhoneNumbers &phones, const CallerHistory &history,
                       const Clock &clock)
    : m_index(index)
    , m_phones(phones)
    , m_history(history)
    , m_clock(clock)
{}

Pop CallRouter::route(const CallEvent &offered) const
{
    const QString dialed = m_phones.normalize(offered.dialedNumber);
    const ClientEntry *entry = m_index.findByDialedNumber(dialed);
    if (!entry) {
        logging::module("routing")->info("call {}: dialed number \"{}\" belongs to no client",
                                         offered.callId.toStdString(), dialed.toStdString());
    }
    return build(offered, entry, dialed);
}

Pop CallRouter::routeTo(const CallEvent &offered, const QString &clientCode) const
{
    return build(offered, m_index.findByCode(clientCode));
}

void CallRouter::prepareAll() const
{
    QSet<QString> codes;
    for (const ClientEntry *entry : m_index.all()) {
        codes.insert(entry->consignes->code);
        prepared(entry->consignes);
    }
    std::lock_guard lock(m_preparedMutex);
    for (auto it = m_prepared.begin(); it != m_prepared.end();) {
        if (codes.contains(it.key()))
            ++it;
        else
            it = m_prepared.erase(it);
    }
}

Pop CallRouter::build(const CallEvent &offered, const ClientEntry *entry) const
{
    return build(offered, entry, m_phones.normalize(offered.dialedNumber));
}

std::shared_ptr<const CallRouter::Prepared>
CallRouter::prepared(const std::shared_ptr<const Consignes> &consignes) const
{
    {
        std::lock_guard lock(m_preparedMutex);
        const auto it = m_prepared.constFind(consignes->code);
        if (it != m_prepared.cend() && (*it)->consignes == consignes)
            return *it;
    }

    auto made = std::make_shared<Prepared>();
    made->consignes = consignes;
    made->timeZone = resolveClientTimeZone(consignes->timeZone);
    const NumberDisplay display = [this](const QString &number) { return m_phones.display(number); };
    for (qsizetype i = 0; i < consignes->urgencyRules.size(); ++i) {
        const UrgencyRule &rule = consignes->urgencyRules.at(i);
        made->urgencyRulesInWords << urgencyRuleInWords(rule, *consignes, nullptr, display);
        if (rule.procedure.action == ProcedureAction::PageOnCall)
            made->pageOnCallRules << static_cast<int>(i);
    }
    for (const FilteringRule &rule : consignes->filteringRules)
        made->filteringRulesInWords << filteringRuleInWords(rule, *consignes, display);
    for (qsizetype i = 0; i < consignes->directory.size(); ++i) {
        for (const ContactNumber &contact : consignes->directory.at(i).numbers) {
            const QString number = m_phones.normalize(contact.number);
            if (hasDigits(number) && !made->personByNumber.contains(number))
                made->personByNumber.insert(number, static_cast<int>(i));
        }
    }

    std::lock_guard lock(m_preparedMutex);
    m_prepared.insert(consignes->code, made);
    return made;
}

Pop CallRouter::build(const CallEvent &offered, const ClientEntry *entry, const QString &dialedE164) const
{
    Pop pop;
    pop.callId = offered.callId;
    pop.callerNumber = m_phones.normalize(offered.callerNumber);
    pop.callerDisplay = pop.callerNumber.isEmpty() ? QString() : m_phones.display(pop.callerNumber);
    pop.callerName = offered.callerName.trimmed();
    pop.dialedNumber = dialedE164;
    pop.dialedDisplay = dialedE164.isEmpty() ? QString() : m_phones.display(dialedE164);
    pop.offeredAt = offered.time.isValid() ? offered.time.toUTC() : QDateTime();
    pop.receivedAt = offered.receivedAt;
    const QDateTime now = m_clock.now();

    if (!entry || !entry->consignes) {
        // No client, no coverage: the operator still greets by time of day (Paris time).
        pop.clientLocalTime = now.toTimeZone(defaultClientTimeZone());
        pop.greeting = salutationAt(pop.clientLocalTime.time());
        pop.readyAt = std::chrono::steady_clock::now();
        return pop;
    }

    const Consignes &client = *entry->consignes;
    const std::shared_ptr<const Prepared> prep = prepared(entry->consignes);
    pop.client = entry->consignes;
    pop.consignesVersion = entry->version;
    pop.consignesChangedAt = entry->changedAt;

    const CoverageStatus coverage = coverageAt(client.hours, now, prep->timeZone);
    pop.open = coverage.open;
    pop.openLabel = coverage.label();
    pop.clientLocalTime = coverage.localTime;
    if (!coverage.open) {
        pop.reopensAt = nextOpening(client.hours, now, prep->timeZone);
        pop.reopensLabel = reopeningInWords(pop.reopensAt, now, prep->timeZone);
    }
    const QTime localTime = coverage.localTime.time();
    pop.greeting =
        renderGreeting(client.greetings, coverage.open, false, localTime, client.name, m_operatorFirstName);
    if (!client.greetings.overflow.trimmed().isEmpty())
        pop.overflowGreeting = renderGreeting(client.greetings, coverage.open, true, localTime, client.name,
                                              m_operatorFirstName);

    if (const OnCallShift *shift = onCallShiftAt(client.onCall, coverage.localTime)) {
        if (const Person *person = client.person(shift->person))
            pop.onCallNow = *person;
    }

    pop.urgencyRulesInWords = prep->urgencyRulesInWords;
    if (pop.onCallNow && !prep->pageOnCallRules.isEmpty()) {
        const NumberDisplay display = [this](const QString &number) { return m_phones.display(number); };
        for (const int i : prep->pageOnCallRules)
            pop.urgencyRulesInWords[i] =
                urgencyRuleInWords(client.urgencyRules.at(i), client, &*pop.onCallNow, display);
    }
    pop.filteringRulesInWords = prep->filteringRulesInWords;

    if (hasDigits(pop.callerNumber)) {
        const auto person = prep->personByNumber.constFind(pop.callerNumber);
        if (person != prep->personByNumber.cend()) {
            pop.knownContact = client.directory.at(*person);
            if (pop.callerName.isEmpty())
                pop.callerName = pop.knownContact->name;
        }
        pop.callerHistory = m_history.history(client.code, pop.callerNumber, kHistoryLimit);
    }

    pop.readyAt = std::chrono::steady_clock::now();
    return pop;
}

} // namespace relais

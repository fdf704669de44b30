// Turns an offered call into a Pop: dialed number -> client, caller -> history and known contact,
// then the greeting and rules for this moment at the client's local time.
#pragma once

#include "routing/pop.h"

#include <QString>

namespace relais {

class CallerHistory;
class ClientIndex;
class Clock;
class PhoneNumbers;
struct CallEvent;

class CallRouter final
{
public:
    CallRouter(const ClientIndex &index, const PhoneNumbers &phones, const CallerHistory &history,
               const Clock &clock);

    void setOperatorFirstName(const QString &name) { m_operatorFirstName = name; }

    // Never fails: an unknown dialed number gives a Pop with client == nullptr.
    Pop route(const CallEvent &offered) const;
    // The operator picked the client by hand for an unknown number: same pop, that client.
    Pop routeTo(const CallEvent &offered, const QString &clientCode) const;

private:
    Pop build(const CallEvent &offered, const struct ClientEntry *entry) const;

    const ClientIndex &m_index;
    const PhoneNumbers &m_phones;
    const CallerHistory &m_history;
    const Clock &m_clock;
    QString m_operatorFirstName;
};

} // namespace relais

// Turns an offered call into a Pop: dialed number -> client, caller -> history and known contact,
// then the greeting and rules for this moment at the client's local time.
#pragma once

#include "routing/pop.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <mutex>

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

    // Optional: prepares every client of the index (at start, after a full reload) so even a
    // client's first pop skips that work, and forgets clients no longer in the index. Without it,
    // each client is prepared at its first pop after a change.
    void prepareAll() const;

private:
    // What the router derives once per client version and reuses on every pop: the resolved time
    // zone, the rules in words, and the directory's numbers for the known-contact match.
    struct Prepared
    {
        std::shared_ptr<const Consignes> consignes; // the version this was made from
        QTimeZone timeZone;
        QStringList urgencyRulesInWords; // "the on-call person" unnamed
        QList<int> pageOnCallRules;      // indexes of rules naming the on-call person
        QStringList filteringRulesInWords;
        QHash<QString, int> personByNumber; // E.164 -> index in directory
    };

    Pop build(const CallEvent &offered, const struct ClientEntry *entry) const;
    Pop build(const CallEvent &offered, const struct ClientEntry *entry, const QString &dialedE164) const;
    std::shared_ptr<const Prepared> prepared(const std::shared_ptr<const Consignes> &consignes) const;

    const ClientIndex &m_index;
    const PhoneNumbers &m_phones;
    const CallerHistory &m_history;
    const Clock &m_clock;
    QString m_operatorFirstName;

    mutable std::mutex m_preparedMutex;
    mutable QHash<QString, std::shared_ptr<const Prepared>> m_prepared; // by client code
};

} // namespace relais

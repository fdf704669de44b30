// The in-memory index the pop reads: dialed number (E.164) -> client account and its latest
// consignes. Built from the store at start and updated when consignes change, so a pop needs no
// database round trip.
#pragma once

#include "consignes/consignes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace relais {

struct ClientEntry
{
    std::shared_ptr<const Consignes> consignes;
    int version = 0;          // consigne_versions row number for this client
    QDateTime changedAt;      // when that version was saved (UTC)
    QString changedBy;
};

class ClientIndex final
{
public:
    // Replaces everything (start, or a full reload).
    void reset(const QList<ClientEntry> &entries);
    // Adds or replaces one client; its old dialed numbers are dropped.
    void upsert(const ClientEntry &entry);
    void remove(const QString &clientCode);

    // nullptr when no client owns this number: the pop then says "unknown", never guesses.
    const ClientEntry *findByDialedNumber(const QString &e164) const;
    const ClientEntry *findByCode(const QString &code) const;
    // For picking a client by hand: code, name or sector containing every word of `text`
    // (case- and accent-insensitive), best matches first.
    QList<const ClientEntry *> search(const QString &text, int limit = 20) const;

    int size() const { return static_cast<int>(m_byCode.size()); }
    QList<const ClientEntry *> all() const; // sorted by name

private:
    QHash<QString, ClientEntry> m_byCode;
    QHash<QString, QString> m_codeByNumber;
};

} // namespace relais

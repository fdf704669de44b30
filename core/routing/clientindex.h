// The in-memory index the pop reads: dialed number (E.164) -> client account and its latest
// consignes. Built from the store at start and updated when consignes change, so a pop needs no
// database round trip. Pointers it returns stay valid until the index next changes (reset, upsert,
// remove); a Pop keeps its own shared_ptr to the consignes.
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
    int version = 0;     // consigne_versions row number for this client
    QDateTime changedAt; // when that version was saved (UTC)
    QString changedBy;
};

class ClientIndex final
{
public:
    // Replaces everything (start, or a full reload).
    void reset(const QList<ClientEntry> &entries);
    // Adds or replaces one client; its old dialed numbers are dropped. An entry without consignes or
    // without a code is refused (logged). A dialed number already owned by another client moves to
    // this one (the newer consignes win) and the conflict is logged.
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

    // Case- and accent-folded text for matching: NFD, marks dropped, case folded, "œ" -> "oe".
    static QString fold(const QString &text);

private:
    // Folded forms of a client's code, name and sector, made once per upsert for search().
    struct SearchKeys
    {
        QString code;
        QString name;
        QString all; // code, name and sector, space separated
    };

    QHash<QString, ClientEntry> m_byCode;
    QHash<QString, QString> m_codeByNumber;
    QHash<QString, SearchKeys> m_searchKeys;
};

} // namespace relais

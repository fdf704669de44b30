// Client accounts and their versioned consignes in the store.
#pragma once

#include "common/result.h"
#include "consignes/consignes.h"
#include "routing/clientindex.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace relais {

class Database;
class PhoneNumbers;

class ClientRepository final
{
public:
    // Reads stored documents with its own PhoneNumbers (default region FR).
    explicit ClientRepository(Database &db);
    // Reads stored documents with the caller's PhoneNumbers (its default region), which must outlive this.
    ClientRepository(Database &db, const PhoneNumbers &phones);
    ~ClientRepository();
    ClientRepository(const ClientRepository &) = delete;
    ClientRepository &operator=(const ClientRepository &) = delete;

    // Saves the consignes as a new version of the client (creating the client if new), in one
    // transaction together with its dialed numbers. With `expectedVersion`, refuses the save when
    // somebody else saved a newer version since (optimistic check). A dialed number owned by another
    // client is refused, naming both. Returns the new version number.
    Result<int> save(const Consignes &consignes, const QString &author,
                     std::optional<int> expectedVersion = std::nullopt);
    // Several clients at once, all or nothing. Returns how many were saved.
    Result<int> saveAll(const QList<Consignes> &clients, const QString &author);

    // Latest version of every client, for the routing index (one query), sorted by code.
    Result<QList<ClientEntry>> loadLatest();
    Result<int> count();

private:
    Result<int> saveInTransaction(const Consignes &consignes, const QString &author,
                                  std::optional<int> expectedVersion);

    Database &m_db;
    std::unique_ptr<PhoneNumbers> m_ownPhones;
    const PhoneNumbers &m_phones;
};

} // namespace relais

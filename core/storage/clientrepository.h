// Client accounts and their versioned consignes in the store.
#pragma once

#include "common/result.h"
#include "consignes/consignes.h"
#include "routing/clientindex.h"

#include <QList>
#include <QString>

#include <optional>

namespace relais {

class Database;

class ClientRepository final
{
public:
    explicit ClientRepository(Database &db);

    // Saves the consignes as a new version of the client (creating the client if new), in one
    // transaction together with its dialed numbers. With `expectedVersion`, refuses the save when
    // somebody else saved a newer version since (optimistic check). A dialed number owned by another
    // client is refused, naming both. Returns the new version number.
    Result<int> save(const Consignes &consignes, const QString &author,
                     std::optional<int> expectedVersion = std::nullopt);
    // Several clients at once, all or nothing.
    Result<int> saveAll(const QList<Consignes> &clients, const QString &author);

    // Latest version of every client, for the routing index.
    Result<QList<ClientEntry>> loadLatest();
    Result<int> count();

private:
    Database &m_db;
};

} // namespace relais

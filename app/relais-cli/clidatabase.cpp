// Opens, migrates and (where allowed) seeds the database a relais-cli command works on.
#include "clidatabase.h"

#include "storage/demoseed.h"

namespace relais::cli {

Result<OpenedDatabase> openDatabase(const GlobalOptions &global, const PhoneNumbers *seedDemoWith)
{
    Result<DatabaseUrl> url = global.databaseUrl.isEmpty() ? Result<DatabaseUrl>(DatabaseUrl::defaultLocal())
                                                           : DatabaseUrl::parse(global.databaseUrl);
    if (!url)
        return url.error();
    Result<std::unique_ptr<Database>> opened = Database::open(*url);
    if (!opened)
        return opened.error();
    OpenedDatabase result{std::move(url).value(), std::move(opened).value()};
    const bool fresh = result.db->schemaVersion() == 0;
    if (Status migrated = result.db->migrate(); !migrated)
        return migrated.error();
    // A shared PostgreSQL is never filled with demo data; the embedded store and a new file are.
    const bool seedable = result.url == DatabaseUrl::defaultLocal() ||
                          (result.url.engine == DatabaseUrl::Engine::Sqlite && fresh);
    if (seedDemoWith && seedable)
        if (Status seeded = seedDemoClientsIfEmpty(*result.db, *seedDemoWith); !seeded)
            return seeded.error();
    return result;
}

} // namespace relais::cli

// The database every relais-cli command opens: --db (else the embedded default), migrated, and for
// commands that show clients, an empty embedded or new SQLite store filled with the demo clients.
#pragma once

#include "commands.h"
#include "common/result.h"
#include "storage/database.h"
#include "storage/databaseurl.h"

#include <memory>

namespace relais {
class PhoneNumbers;
}

namespace relais::cli {

struct OpenedDatabase
{
    DatabaseUrl url;
    std::unique_ptr<Database> db;
};

// `seedDemoWith` non-null: seed the demo clients where seedDemoClientsIfEmpty's rule allows it (never a
// shared PostgreSQL).
Result<OpenedDatabase> openDatabase(const GlobalOptions &global, const PhoneNumbers *seedDemoWith = nullptr);

} // namespace relais::cli

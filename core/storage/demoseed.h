// The demo client accounts, written into an empty store so a fresh install has something to show.
#pragma once

#include "common/result.h"

namespace relais {

class Database;
class PhoneNumbers;

// When the database holds no client at all, saves the demo clients (loadDemoConsignes) as version 1,
// authored by "demo", all or nothing. A database with any client is left alone. The caller decides
// whether seeding fits (the embedded default or a fresh SQLite file, never a shared PostgreSQL).
Status seedDemoClientsIfEmpty(Database &db, const PhoneNumbers &phones);

} // namespace relais

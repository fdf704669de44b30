// What the shared PostgreSQL server needs beyond the migrations: the change number of every message.
#pragma once

#include "common/result.h"

namespace relais {

class Database;

namespace syncserver {

// Key of the advisory lock that serializes message writes on the server (see syncserverschema.cpp).
constexpr qint64 writeLockKey = 0x52656c616953; // "RelaiS"

// Installs, when missing, the sequence and trigger that stamp messages.server_seq on every insert
// and update, and stamps rows that were there before. PostgreSQL only; the schema must be migrated.
Status install(Database &server);

// Takes the write lock for the current transaction.
Status lockWrites(Database &server);

} // namespace syncserver

} // namespace relais

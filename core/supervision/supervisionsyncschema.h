// What the sync of call records and reviews needs beyond the migrations: a local outbox of the keys
// changed on this console (filled by triggers) and, on the shared server, a change log read by cursor.
#pragma once

#include "common/result.h"

namespace relais {

class Database;

namespace supervisionsyncschema {

// Names of what a key designates in the outbox and the log.
inline constexpr const char *callKind = "call";     // key1 call_id, key2 operator_login: the row + its events
inline constexpr const char *reviewKind = "review"; // key1 message_id

// Creates sync_supervision_outbox and its triggers on calls, call_events and reviews, unless they
// exist; the first time it also marks every call and review already stored, so they reach the server.
// SQLite only (a console's store).
Status installLocal(Database &local);

// Creates sync_supervision_log on the shared PostgreSQL, unless it exists.
Status installServer(Database &server);

} // namespace supervisionsyncschema

} // namespace relais

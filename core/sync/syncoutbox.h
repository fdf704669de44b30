// The local outbox: the messages a console must still push, marked by triggers in the same
// transaction as the save, so finding them never scans the whole messages table.
#pragma once

#include "common/result.h"

namespace relais {

class Database;

namespace syncoutbox {

// Creates sync_outbox and the triggers that fill it, unless they exist; the first time, it also marks
// every message whose version the server has not acknowledged (the one full scan in a store's life).
Status install(Database &local);

} // namespace syncoutbox

} // namespace relais

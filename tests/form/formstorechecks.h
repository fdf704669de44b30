// Store checks under the message form, run on SQLite (test_form_store) and PostgreSQL (test_form_store_pg).
#pragma once

#include "messages/message.h"
#include "storage/database.h"

#include <QString>

#include <memory>

namespace relais::test {

std::unique_ptr<Database> openStore(const QString &url);
// A draft with two actions (a transfer and a callback with odd characters in its result).
Message draftWithActions(const QString &id);
// Actions and the dialed number survive save and read back, an update replaces the actions.
void checkActionsRoundTrip(const QString &url);
// Only drafts neither completed nor closed as incomplete are listed for reopening.
void checkUnfinishedDrafts(const QString &url);

} // namespace relais::test

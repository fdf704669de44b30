// Consoles and server checks shared by the sync tests.
#pragma once

#include "messages/message.h"
#include "storage/database.h"
#include "sync/syncengine.h"

#include <QTemporaryDir>

#include <memory>

namespace relais::test {

// A console: its own local SQLite store in a temp dir, migrated, and an engine for `sharedUrl`.
struct Console
{
    explicit Console(const QString &sharedUrl, int batchSize = 500);

    Message save(const QString &notes, qint64 updatedAtMs = 0); // a new message
    Message amend(const QString &id, const QString &notes, int revision, qint64 updatedAtMs);
    std::optional<Message> find(const QString &id);
    qint64 count();
    qint64 conflictRows();

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<SyncEngine> engine;
};

std::unique_ptr<Database> openUrl(const QString &url);
// One number from a query on the database, e.g. "SELECT COUNT(*) FROM messages".
qint64 scalar(Database &db, const QString &sql);

} // namespace relais::test

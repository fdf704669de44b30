// Which consignes version each operator last had on screen for a client (table operator_seen), so a
// pop can tell the operator what changed since their last call for that client.
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>

namespace relais {

class Database;

class LastSeenRepository final
{
public:
    explicit LastSeenRepository(Database &db);

    // The version `operatorLogin` last saw for `clientCode`; 0 when they never handled a call for it.
    // One primary-key lookup: cheap enough for the pop path.
    Result<int> lastSeen(const QString &operatorLogin, const QString &clientCode) const;

    // Records that `operatorLogin` had `version` of `clientCode` on screen at `at` (UTC), replacing what
    // was recorded before.
    Status record(const QString &operatorLogin, const QString &clientCode, int version, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace relais

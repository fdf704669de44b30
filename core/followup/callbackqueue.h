// The callbacks promised in messages, as follow-up items: the open ones (not dialed yet, or dialed
// without reaching the caller) due before now + a look-ahead, soonest first.
#pragma once

#include "common/result.h"
#include "followup/followupitem.h"

#include <QList>

namespace relais {

class Database;

class CallbackQueue final
{
public:
    // `lookAheadMinutes`: a callback shows this long before it is due, so the operator can plan.
    explicit CallbackQueue(Database &db, int lookAheadMinutes = 30);

    // FollowUpKind::Callback items; a provider for FollowUpList.
    Result<QList<FollowUpItem>> followUps(const QDateTime &now) const;

private:
    Database &m_db;
    int m_lookAheadMinutes;
};

} // namespace relais

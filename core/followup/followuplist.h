// The follow-up list: what the operators must see to before a deadline, from several providers
// (callbacks promised in messages, deliveries not sent or not acknowledged), sorted by deadline.
#pragma once

#include "common/result.h"
#include "followup/followupitem.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <vector>

namespace relais {

// One source of items at `now` (UTC). A provider that returns a plain QList<FollowUpItem>
// (DeliveryRepository::followUps) plugs in as is: the list converts to the Result.
using FollowUpProvider = std::function<Result<QList<FollowUpItem>>(const QDateTime &now)>;

struct FollowUpSnapshot
{
    QList<FollowUpItem> items; // by deadline, then kind, then message id
    QStringList errors;        // a provider that failed: said, while the others' items still show
};

class FollowUpList final
{
public:
    void addProvider(FollowUpProvider provider);
    FollowUpSnapshot collect(const QDateTime &now) const;
    int providerCount() const { return static_cast<int>(m_providers.size()); }

private:
    std::vector<FollowUpProvider> m_providers;
};

// Past its deadline at `now`.
bool isOverdue(const FollowUpItem &item, const QDateTime &now);
// Items whose deadline passed in (since, now]: the ones to remind the operator of once.
QList<FollowUpItem> fallenDue(const QList<FollowUpItem> &items, const QDateTime &since, const QDateTime &now);

} // namespace relais

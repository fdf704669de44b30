// The follow-up list (see followuplist.h).
#include "followup/followuplist.h"

#include "logging/logging.h"

#include <algorithm>

namespace relais {

void FollowUpList::addProvider(FollowUpProvider provider)
{
    m_providers.push_back(std::move(provider));
}

FollowUpSnapshot FollowUpList::collect(const QDateTime &now) const
{
    FollowUpSnapshot snapshot;
    for (const FollowUpProvider &provider : m_providers) {
        Result<QList<FollowUpItem>> items = provider(now);
        if (!items) {
            logging::module("followup")
                ->warn("follow-up provider: {}", items.error().toString().toStdString());
            snapshot.errors << items.error().toString();
            continue;
        }
        snapshot.items += items.value();
    }
    // A missing deadline sorts first: nobody knows how late it is, so it is looked at.
    std::stable_sort(
        snapshot.items.begin(), snapshot.items.end(), [](const FollowUpItem &a, const FollowUpItem &b) {
            if (a.deadline != b.deadline)
                return !a.deadline.isValid() || (b.deadline.isValid() && a.deadline < b.deadline);
            if (a.kind != b.kind)
                return a.kind < b.kind;
            return a.messageId < b.messageId;
        });
    return snapshot;
}

bool isOverdue(const FollowUpItem &item, const QDateTime &now)
{
    return item.deadline.isValid() && item.deadline <= now;
}

QList<FollowUpItem> fallenDue(const QList<FollowUpItem> &items, const QDateTime &since, const QDateTime &now)
{
    QList<FollowUpItem> due;
    for (const FollowUpItem &item : items)
        if (item.deadline.isValid() && item.deadline <= now && (!since.isValid() || item.deadline > since))
            due << item;
    return due;
}

} // namespace relais

// Messages in the local store: saved durably (the transaction is committed before save() returns).
#pragma once

#include "common/result.h"
#include "messages/message.h"
#include "routing/callerhistory.h"

#include <QList>

#include <optional>

namespace relais {

class Database;

class MessageRepository final : public CallerHistory
{
public:
    explicit MessageRepository(Database &db);

    Status save(const Message &message); // insert or update by id
    Result<QList<Message>> recent(int limit);
    Result<qint64> count();
    // Drafts the console must reopen at start (status Draft, not closed as incomplete), oldest first.
    Result<QList<Message>> unfinishedDrafts(int limit);
    // One message by id; nullopt when there is none.
    Result<std::optional<Message>> find(const QString &id);

    QList<MessageSummary> history(const QString &clientCode, const QString &callerE164,
                                  int limit) const override;

private:
    Database &m_db;
};

} // namespace relais

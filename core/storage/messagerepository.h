// Messages in the local store: saved durably (the transaction is committed before save() returns).
#pragma once

#include "common/result.h"
#include "messages/message.h"
#include "messages/messageamendment.h"
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
    // The newest messages; with `operatorLogin`, only those that operator took.
    Result<QList<Message>> recent(int limit, const QString &operatorLogin = {});
    Result<qint64> count();
    // Drafts the console must reopen at start (status Draft, not closed as incomplete), oldest first:
    // those `operatorLogin` was writing (every operator's when empty).
    Result<QList<Message>> unfinishedDrafts(int limit, const QString &operatorLogin = {});
    // One message by id; nullopt when there is none.
    Result<std::optional<Message>> find(const QString &id);

    // Amends a completed (or delivered, acknowledged) message in one transaction: the stored version
    // goes to the amendment history with who, when and why, and the message takes `amended`'s caller
    // name and number, answers, notes, urgency and actions at revision + 1 (so sync pushes it).
    // `amended.revision` must be the stored revision: an amendment made over an older version is
    // refused rather than silently overwriting the newer one. Drafts are edited by save(), not amended.
    // Returns the message as stored.
    Result<Message> amend(const Message &amended, const QString &operatorLogin, const QString &reason = {});
    // A message's amendments, oldest first.
    Result<QList<MessageAmendment>> amendments(const QString &messageId);
    // Messages created in [from, to) (an invalid bound is open), optionally of one client, oldest
    // first: what an export writes.
    Result<QList<Message>> createdBetween(const QDateTime &from, const QDateTime &to,
                                          const QString &clientCode = {});

    QList<MessageSummary> history(const QString &clientCode, const QString &callerE164,
                                  int limit) const override;

private:
    Database &m_db;
};

} // namespace relais

// Messages as a signed-in person may reach them: the MessageRepository calls that need a right, each
// checked against Permissions and audited (amendments, supervisors reading others' messages, exports).
#pragma once

#include "common/result.h"
#include "messages/message.h"
#include "messages/messagesearch.h"
#include "security/role.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace relais {

class AuditLog;
class Database;
class MessageRepository;

class GuardedMessages final
{
public:
    GuardedMessages(Database &db, MessageRepository &messages, AuditLog &audit);

    // The newest messages the actor may see: everyone's with ViewAllMessages, else only their own.
    Result<QList<Message>> recent(const Actor &actor, int limit);
    // A search within what the actor may see, as recent() narrows it.
    Result<QList<Message>> search(const Actor &actor, MessageSearchRequest request);

    // One message. An operator reads only their own (another's is refused); a supervisor or admin
    // reading someone else's message leaves a messages.view audit row.
    Result<std::optional<Message>> find(const Actor &actor, const QString &id);
    // Amends as MessageRepository::amend does, after checking the actor may amend this message (an
    // operator only their own), and audits it.
    Result<Message> amend(const Actor &actor, const Message &amended, const QString &reason = {});
    // Messages for an export: needs ExportMessages; audited with the range and the count.
    Result<QList<Message>> exportBetween(const Actor &actor, const QDateTime &from, const QDateTime &to,
                                         const QString &clientCode = {});

private:
    MessageRepository &m_messages;
    MessageSearch m_search;
    AuditLog &m_audit;
};

} // namespace relais

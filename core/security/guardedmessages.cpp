// Permission checks and audit rows around MessageRepository.
#include "security/guardedmessages.h"

#include "security/auditlog.h"
#include "security/permissions.h"
#include "storage/messagerepository.h"

#include <QCoreApplication>

namespace relais {

namespace {

// Whose messages a list shows the actor: empty for all, else the actor's own login.
QString visibleAuthor(const Actor &actor)
{
    return Permissions::allows(actor.role, Permission::ViewAllMessages) ? QString() : actor.login;
}

} // namespace

GuardedMessages::GuardedMessages(Database &db, MessageRepository &messages, AuditLog &audit)
    : m_messages(messages)
    , m_search(db)
    , m_audit(audit)
{}

Result<QList<Message>> GuardedMessages::recent(const Actor &actor, int limit)
{
    if (Status s = Permissions::check(actor, Permission::TakeCalls); !s)
        return s.error();
    return m_messages.recent(limit, visibleAuthor(actor));
}

Result<QList<Message>> GuardedMessages::search(const Actor &actor, MessageSearchRequest request)
{
    if (Status s = Permissions::check(actor, Permission::TakeCalls); !s)
        return s.error();
    // An operator's own filter may only narrow further (it can never name a colleague).
    request.operatorLogin = visibleAuthor(actor);
    return m_search.search(request);
}

Result<std::optional<Message>> GuardedMessages::find(const Actor &actor, const QString &id)
{
    auto found = m_messages.find(id);
    if (!found || !found->has_value())
        return found;
    const QString author = (*found)->operatorLogin;
    if (author.compare(actor.login, Qt::CaseInsensitive) == 0) {
        if (Status s = Permissions::check(actor, Permission::TakeCalls); !s)
            return s.error();
        return found;
    }
    if (Status s = Permissions::check(actor, Permission::ViewAllMessages); !s)
        return s.error();
    if (Status s = m_audit.record(actor.login, audit::messagesView, id, author); !s)
        return s.error();
    return found;
}

Result<Message> GuardedMessages::amend(const Actor &actor, const Message &amended, const QString &reason)
{
    const auto stored = m_messages.find(amended.id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error{QCoreApplication::translate("GuardedMessages", "there is no message %1").arg(amended.id),
                     QStringLiteral("messages")};
    if (Status s = Permissions::checkAmend(actor, (*stored)->operatorLogin); !s)
        return s.error();
    auto result = m_messages.amend(amended, actor.login, reason);
    if (!result)
        return result;
    // The amendment is committed; its audit row follows. Should that insert fail, the amendment
    // history (message_amendments) still names who amended what and when.
    if (Status s = m_audit.record(actor.login, audit::messageAmend, amended.id,
                                  QStringLiteral("revision %1").arg(result->revision));
        !s)
        return s.error();
    return result;
}

Result<QList<Message>> GuardedMessages::exportBetween(const Actor &actor, const QDateTime &from,
                                                      const QDateTime &to, const QString &clientCode)
{
    if (Status s = Permissions::check(actor, Permission::ExportMessages); !s)
        return s.error();
    auto messages = m_messages.createdBetween(from, to, clientCode);
    if (!messages)
        return messages;
    const QString range = QStringLiteral("%1 .. %2 client=%3 count=%4")
                              .arg(from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("*"),
                                   to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("*"),
                                   clientCode.isEmpty() ? QStringLiteral("*") : clientCode)
                              .arg(messages->size());
    if (Status s = m_audit.record(actor.login, audit::messagesExport, clientCode, range); !s)
        return s.error();
    return messages;
}

} // namespace relais

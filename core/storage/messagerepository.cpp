// Messages in the store: upserted by their console-made UUID, read newest first.
#include "storage/messagerepository.h"

#include "logging/logging.h"
#include "messages/messagecodec.h"
#include "storage/database.h"
#include "storage/sqlbind.h"
#include "storage/sqlerrortext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace relais {

namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under MessageRepositoryText, the context tr() uses
// at runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct MessageRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(MessageRepositoryText)
};

constexpr int excerptLength = 80;

QDateTime fromMsecs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// The first words of the notes, cut at a word boundary, on one line.
QString excerptOf(const QString &notes)
{
    const QString flat = notes.simplified();
    if (flat.size() <= excerptLength)
        return flat;
    qsizetype cut = flat.lastIndexOf(QLatin1Char(' '), excerptLength);
    if (cut < excerptLength / 2)
        cut = excerptLength;
    return flat.left(cut) + QStringLiteral("…");
}

Message readMessage(const QSqlQuery &query)
{
    return messagecodec::read(query);
}

const QString &messageColumns = messagecodec::columns();

} // namespace

MessageRepository::MessageRepository(Database &db)
    : m_db(db)
{}

Status MessageRepository::save(const Message &message)
{
    const QString where = m_db.url().redacted();
    if (message.id.trimmed().isEmpty())
        return Error{MessageRepositoryText::tr("a message needs an id"), where};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 createdAt = message.createdAt.isValid() ? message.createdAt.toMSecsSinceEpoch() : now;
    // updated_at never goes back: a save is always at least as new as the one it replaces.
    const qint64 updatedAt =
        std::max(now, message.updatedAt.isValid() ? message.updatedAt.toMSecsSinceEpoch() : now);

    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("INSERT INTO messages (") + messageColumns +
        QStringLiteral(
            ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO "
            "UPDATE SET "
            "call_id = excluded.call_id, client_code = excluded.client_code, caller_number = "
            "excluded.caller_number, caller_name = excluded.caller_name, answers = excluded.answers, "
            "notes = excluded.notes, urgency = excluded.urgency, status = excluded.status, incomplete = "
            "excluded.incomplete, consignes_version = excluded.consignes_version, operator_login = "
            "excluded.operator_login, actions = excluded.actions, dialed_number = excluded.dialed_number, "
            "callback_at = excluded.callback_at, callback_number = excluded.callback_number, "
            "callback_state = excluded.callback_state, "
            "updated_at = CASE WHEN excluded.updated_at > messages.updated_at "
            "THEN excluded.updated_at ELSE messages.updated_at + 1 END, revision = CASE WHEN "
            "excluded.revision > messages.revision THEN excluded.revision ELSE messages.revision + 1 END"));
    for (const QVariant &value : messagecodec::bindValues(message, createdAt, updatedAt))
        query.addBindValue(value);
    // Outside an explicit transaction each statement commits on its own: with synchronous=FULL the
    // message is on disk when exec() returns.
    if (!query.exec())
        return Error{MessageRepositoryText::tr("cannot save message %1: %2")
                         .arg(message.id, sqlErrorText(query.lastError())),
                     where};
    logging::module("store")->debug("saved message {}", message.id.toStdString());
    return success();
}

Result<QList<Message>> MessageRepository::recent(int limit, const QString &operatorLogin)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT ") + messageColumns + QStringLiteral(" FROM messages") +
        (operatorLogin.isEmpty() ? QString() : QStringLiteral(" WHERE lower(operator_login) = lower(?)")) +
        QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?"));
    if (!operatorLogin.isEmpty())
        query.addBindValue(operatorLogin);
    query.addBindValue(std::max(0, limit));
    if (!query.exec())
        return Error{MessageRepositoryText::tr("cannot read the recent messages: %1")
                         .arg(sqlErrorText(query.lastError())),
                     m_db.url().redacted()};
    QList<Message> messages;
    while (query.next())
        messages.append(readMessage(query));
    return messages;
}

Result<QList<Message>> MessageRepository::unfinishedDrafts(int limit, const QString &operatorLogin)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // status and incomplete as literals, as migration 0013's partial index says them: a bound value
    // would not let SQLite use that index.
    query.prepare(QStringLiteral("SELECT ") + messageColumns +
                  QStringLiteral(" FROM messages WHERE status = '") + toString(MessageStatus::Draft) +
                  QStringLiteral("' AND incomplete = 0") +
                  (operatorLogin.isEmpty() ? QString() : QStringLiteral(" AND operator_login = ?")) +
                  QStringLiteral(" ORDER BY created_at, id LIMIT ?"));
    if (!operatorLogin.isEmpty())
        query.addBindValue(operatorLogin);
    query.addBindValue(std::max(0, limit));
    if (!query.exec())
        return Error{MessageRepositoryText::tr("cannot read the unfinished drafts: %1")
                         .arg(sqlErrorText(query.lastError())),
                     m_db.url().redacted()};
    QList<Message> messages;
    while (query.next())
        messages.append(readMessage(query));
    return messages;
}

Result<std::optional<Message>> MessageRepository::find(const QString &id)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + messageColumns + QStringLiteral(" FROM messages WHERE id = ?"));
    query.addBindValue(textValue(id));
    if (!query.exec())
        return Error{
            MessageRepositoryText::tr("cannot read message %1: %2").arg(id, sqlErrorText(query.lastError())),
            m_db.url().redacted()};
    if (!query.next())
        return std::optional<Message>();
    return std::optional<Message>(readMessage(query));
}

Result<Message> MessageRepository::amend(const Message &amended, const QString &operatorLogin,
                                         const QString &reason)
{
    const QString where = m_db.url().redacted();
    if (operatorLogin.trimmed().isEmpty())
        return Error{MessageRepositoryText::tr("an amendment needs the operator's login"), where};
    if (Status begun = m_db.beginWrite(); !begun)
        return begun.error();
    QSqlDatabase &db = m_db.connection();
    const auto fail = [&](const QString &what) -> Result<Message> {
        db.rollback();
        return Error{what, where};
    };

    Message current;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT ") + messageColumns +
                      QStringLiteral(" FROM messages WHERE id = ?"));
        query.addBindValue(textValue(amended.id));
        if (!query.exec())
            return fail(MessageRepositoryText::tr("cannot read message %1: %2")
                            .arg(amended.id, sqlErrorText(query.lastError())));
        if (!query.next())
            return fail(MessageRepositoryText::tr("there is no message %1 to amend").arg(amended.id));
        current = readMessage(query);
    }
    if (current.status == MessageStatus::Draft)
        return fail(
            MessageRepositoryText::tr("message %1 is still a draft: only a completed message can be amended")
                .arg(amended.id));
    if (amended.revision != current.revision)
        return fail(MessageRepositoryText::tr(
                        "message %1 changed meanwhile (now revision %2, the amendment was made on revision "
                        "%3): reopen it and amend again")
                        .arg(amended.id)
                        .arg(current.revision)
                        .arg(amended.revision));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Message next = current;
    next.callerName = amended.callerName;
    next.callerNumber = amended.callerNumber;
    next.answers = amended.answers;
    next.notes = amended.notes;
    next.urgency = amended.urgency;
    next.actions = amended.actions;
    next.revision = current.revision + 1;
    // updated_at moves forward even within one millisecond, so (revision, updated_at) always grows.
    const qint64 updatedAt = std::max(now, current.updatedAt.toMSecsSinceEpoch() + 1);
    next.updatedAt = QDateTime::fromMSecsSinceEpoch(updatedAt, Qt::UTC);

    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO message_amendments (message_id, revision, amended_by, amended_at, "
                       "reason, previous_row) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(textValue(current.id));
    query.addBindValue(current.revision);
    query.addBindValue(textValue(operatorLogin));
    query.addBindValue(now);
    query.addBindValue(textValue(reason));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(messagecodec::toJson(current)).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return fail(MessageRepositoryText::tr("cannot keep the previous version of message %1: %2")
                        .arg(current.id, sqlErrorText(query.lastError())));
    query.prepare(
        QStringLiteral("UPDATE messages SET caller_name = ?, caller_number = ?, answers = ?, notes = ?, "
                       "urgency = ?, actions = ?, revision = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant &value :
         {textValue(next.callerName), textValue(next.callerNumber),
          QVariant(messagecodec::answersToJson(next.answers)), textValue(next.notes), textValue(next.urgency),
          QVariant(messagecodec::actionsToJson(next.actions)), QVariant(next.revision), QVariant(updatedAt),
          textValue(next.id)})
        query.addBindValue(value);
    if (!query.exec())
        return fail(MessageRepositoryText::tr("cannot amend message %1: %2")
                        .arg(current.id, sqlErrorText(query.lastError())));
    query.finish();
    if (!db.commit())
        return fail(MessageRepositoryText::tr("cannot amend message %1: %2")
                        .arg(current.id, sqlErrorText(db.lastError())));
    logging::module("store")->info("message {} amended to revision {}", next.id.toStdString(), next.revision);
    return next;
}

Result<QList<MessageAmendment>> MessageRepository::amendments(const QString &messageId)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT message_id, revision, amended_by, amended_at, reason, previous_row "
                                 "FROM message_amendments WHERE message_id = ? ORDER BY revision, id"));
    query.addBindValue(textValue(messageId));
    if (!query.exec())
        return Error{MessageRepositoryText::tr("cannot read the amendments of message %1: %2")
                         .arg(messageId, sqlErrorText(query.lastError())),
                     m_db.url().redacted()};
    QList<MessageAmendment> list;
    while (query.next()) {
        MessageAmendment a;
        a.messageId = query.value(0).toString();
        a.revision = query.value(1).toInt();
        a.amendedBy = query.value(2).toString();
        a.amendedAt = fromMsecs(query.value(3));
        a.reason = query.value(4).toString();
        a.previous =
            messagecodec::fromJson(QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object());
        list.append(a);
    }
    return list;
}

Result<QList<Message>> MessageRepository::createdBetween(const QDateTime &from, const QDateTime &to,
                                                         const QString &clientCode)
{
    QString where = QStringLiteral(" WHERE created_at >= ? AND created_at < ?");
    if (!clientCode.isEmpty())
        where += QStringLiteral(" AND client_code = ?");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + messageColumns + QStringLiteral(" FROM messages") + where +
                  QStringLiteral(" ORDER BY created_at, id"));
    query.addBindValue(from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    query.addBindValue(to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    if (!clientCode.isEmpty())
        query.addBindValue(clientCode);
    if (!query.exec())
        return Error{MessageRepositoryText::tr("cannot read the messages to export: %1")
                         .arg(sqlErrorText(query.lastError())),
                     m_db.url().redacted()};
    QList<Message> messages;
    while (query.next())
        messages.append(readMessage(query));
    return messages;
}

Result<qint64> MessageRepository::count()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM messages")) || !query.next())
        return Error{
            MessageRepositoryText::tr("cannot count the messages: %1").arg(sqlErrorText(query.lastError())),
            m_db.url().redacted()};
    return query.value(0).toLongLong();
}

QList<MessageSummary> MessageRepository::history(const QString &clientCode, const QString &callerE164,
                                                 int limit) const
{
    QList<MessageSummary> summaries;
    if (callerE164.isEmpty() || limit <= 0)
        return summaries;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // Only the start of the notes is read: the excerpt needs no more, and notes can be long.
    query.prepare(
        QStringLiteral("SELECT id, created_at, caller_name, urgency, SUBSTR(notes, 1, 200), status, "
                       "incomplete FROM messages WHERE client_code = ? AND caller_number = ? "
                       "ORDER BY created_at DESC, id DESC LIMIT ?"));
    query.addBindValue(textValue(clientCode));
    query.addBindValue(textValue(callerE164));
    query.addBindValue(limit);
    if (!query.exec()) {
        // The pop still shows without history; the failure goes to the log.
        logging::module("store")->error("cannot read the history of {} for {}: {}", callerE164.toStdString(),
                                        clientCode.toStdString(),
                                        sqlErrorText(query.lastError()).toStdString());
        return summaries;
    }
    while (query.next()) {
        MessageSummary s;
        s.id = query.value(0).toString();
        s.createdAt = fromMsecs(query.value(1));
        s.callerName = query.value(2).toString();
        s.urgency = query.value(3).toString();
        s.excerpt = excerptOf(query.value(4).toString());
        s.status = messageStatusFromString(query.value(5).toString());
        s.incomplete = query.value(6).toInt() != 0;
        summaries.append(s);
    }
    return summaries;
}

} // namespace relais

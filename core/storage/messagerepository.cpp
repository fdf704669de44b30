// Messages in the store: upserted by their console-made UUID, read newest first.
#include "storage/messagerepository.h"

#include "logging/logging.h"
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

namespace relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MessageRepository", text);
}

constexpr int excerptLength = 80;

const QString messageColumns = QStringLiteral(
    "id, call_id, client_code, caller_number, caller_name, answers, notes, urgency, status, incomplete, "
    "consignes_version, operator_login, created_at, updated_at, revision, actions, dialed_number");

QDateTime fromMsecs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString answersToJson(const QMap<QString, QString> &answers)
{
    QJsonObject object;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> answersFromJson(const QString &text)
{
    QMap<QString, QString> answers;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        answers.insert(it.key(), it.value().toString());
    return answers;
}

// Actions as a JSON array of objects; times as UTC milliseconds, like every stored time.
QString actionsToJson(const QList<ActionTaken> &actions)
{
    QJsonArray array;
    for (const ActionTaken &a : actions)
        array.append(QJsonObject{{QStringLiteral("at"), a.at.isValid() ? a.at.toMSecsSinceEpoch() : 0},
                                 {QStringLiteral("kind"), toString(a.kind)},
                                 {QStringLiteral("targetPersonId"), a.targetPersonId},
                                 {QStringLiteral("targetName"), a.targetName},
                                 {QStringLiteral("targetNumber"), a.targetNumber},
                                 {QStringLiteral("result"), a.result},
                                 {QStringLiteral("confirmedBy"), a.confirmedBy}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// A damaged document gives no actions rather than a message that cannot be read at all; entries
// that are not objects are skipped, odd values read as empty.
QList<ActionTaken> actionsFromJson(const QString &text)
{
    QList<ActionTaken> actions;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray()) {
        if (!text.isEmpty() && text != QLatin1String("[]"))
            logging::module("store")->warn("unreadable stored actions ignored");
        return actions;
    }
    for (const QJsonValue &value : document.array()) {
        if (!value.isObject())
            continue;
        const QJsonObject o = value.toObject();
        ActionTaken a;
        const qint64 at = static_cast<qint64>(o.value(QStringLiteral("at")).toDouble());
        if (at > 0)
            a.at = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        a.kind = actionKindFromString(o.value(QStringLiteral("kind")).toString());
        a.targetPersonId = o.value(QStringLiteral("targetPersonId")).toString();
        a.targetName = o.value(QStringLiteral("targetName")).toString();
        a.targetNumber = o.value(QStringLiteral("targetNumber")).toString();
        a.result = o.value(QStringLiteral("result")).toString();
        a.confirmedBy = o.value(QStringLiteral("confirmedBy")).toString();
        actions.append(a);
    }
    return actions;
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
    Message m;
    m.id = query.value(0).toString();
    m.callId = query.value(1).toString();
    m.clientCode = query.value(2).toString();
    m.callerNumber = query.value(3).toString();
    m.callerName = query.value(4).toString();
    m.answers = answersFromJson(query.value(5).toString());
    m.notes = query.value(6).toString();
    m.urgency = query.value(7).toString();
    m.status = messageStatusFromString(query.value(8).toString());
    m.incomplete = query.value(9).toInt() != 0;
    m.consignesVersion = query.value(10).toInt();
    m.operatorLogin = query.value(11).toString();
    m.createdAt = fromMsecs(query.value(12));
    m.updatedAt = fromMsecs(query.value(13));
    m.revision = query.value(14).toInt();
    m.actions = actionsFromJson(query.value(15).toString());
    m.dialedNumber = query.value(16).toString();
    return m;
}

} // namespace

MessageRepository::MessageRepository(Database &db)
    : m_db(db)
{}

Status MessageRepository::save(const Message &message)
{
    const QString where = m_db.url().redacted();
    if (message.id.trimmed().isEmpty())
        return Error{tr("a message needs an id"), where};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 createdAt = message.createdAt.isValid() ? message.createdAt.toMSecsSinceEpoch() : now;
    // updated_at never goes back: a save is always at least as new as the one it replaces.
    const qint64 updatedAt =
        std::max(now, message.updatedAt.isValid() ? message.updatedAt.toMSecsSinceEpoch() : now);

    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("INSERT INTO messages (") + messageColumns +
        QStringLiteral(
            ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "call_id = excluded.call_id, client_code = excluded.client_code, caller_number = "
            "excluded.caller_number, caller_name = excluded.caller_name, answers = excluded.answers, "
            "notes = excluded.notes, urgency = excluded.urgency, status = excluded.status, incomplete = "
            "excluded.incomplete, consignes_version = excluded.consignes_version, operator_login = "
            "excluded.operator_login, actions = excluded.actions, dialed_number = excluded.dialed_number, "
            "updated_at = CASE WHEN excluded.updated_at > messages.updated_at "
            "THEN excluded.updated_at ELSE messages.updated_at + 1 END, revision = CASE WHEN "
            "excluded.revision > messages.revision THEN excluded.revision ELSE messages.revision + 1 END"));
    for (const QVariant &value :
         {textValue(message.id), textValue(message.callId), textValue(message.clientCode),
          textValue(message.callerNumber), textValue(message.callerName),
          QVariant(answersToJson(message.answers)), textValue(message.notes), textValue(message.urgency),
          QVariant(toString(message.status)), QVariant(message.incomplete ? 1 : 0),
          QVariant(message.consignesVersion), textValue(message.operatorLogin), QVariant(createdAt),
          QVariant(updatedAt), QVariant(std::max(1, message.revision)),
          QVariant(actionsToJson(message.actions)), textValue(message.dialedNumber)})
        query.addBindValue(value);
    // Outside an explicit transaction each statement commits on its own: with synchronous=FULL the
    // message is on disk when exec() returns.
    if (!query.exec())
        return Error{tr("cannot save message %1: %2").arg(message.id, sqlErrorText(query.lastError())),
                     where};
    logging::module("store")->debug("saved message {}", message.id.toStdString());
    return success();
}

Result<QList<Message>> MessageRepository::recent(int limit)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + messageColumns +
                  QStringLiteral(" FROM messages ORDER BY created_at DESC, id DESC LIMIT ?"));
    query.addBindValue(std::max(0, limit));
    if (!query.exec())
        return Error{tr("cannot read the recent messages: %1").arg(sqlErrorText(query.lastError())),
                     m_db.url().redacted()};
    QList<Message> messages;
    while (query.next())
        messages.append(readMessage(query));
    return messages;
}

Result<QList<Message>> MessageRepository::unfinishedDrafts(int limit)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + messageColumns +
                  QStringLiteral(" FROM messages WHERE status = ? AND incomplete = 0 "
                                 "ORDER BY created_at, id LIMIT ?"));
    query.addBindValue(toString(MessageStatus::Draft));
    query.addBindValue(std::max(0, limit));
    if (!query.exec())
        return Error{tr("cannot read the unfinished drafts: %1").arg(sqlErrorText(query.lastError())),
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
        return Error{tr("cannot read message %1: %2").arg(id, sqlErrorText(query.lastError())),
                     m_db.url().redacted()};
    if (!query.next())
        return std::optional<Message>();
    return std::optional<Message>(readMessage(query));
}

Result<qint64> MessageRepository::count()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM messages")) || !query.next())
        return Error{tr("cannot count the messages: %1").arg(sqlErrorText(query.lastError())),
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

// Message <-> stored row and JSON: one place, so the repository, search, export and history agree.
#include "messages/messagecodec.h"

#include "logging/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace relais::messagecodec {

namespace {

QDateTime fromMsecs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString isoUtc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace

const QString &columns()
{
    static const QString list = QStringLiteral(
        "id, call_id, client_code, caller_number, caller_name, answers, notes, urgency, status, incomplete, "
        "consignes_version, operator_login, created_at, updated_at, revision, actions, dialed_number, "
        "callback_at, "
        "callback_number, callback_state");
    return list;
}

QString columns(const QString &alias)
{
    QStringList names = columns().split(QStringLiteral(", "));
    for (QString &name : names)
        name.prepend(alias + QLatin1Char('.'));
    return names.join(QStringLiteral(", "));
}

Message read(const QSqlQuery &query, int first)
{
    Message m;
    m.id = query.value(first + 0).toString();
    m.callId = query.value(first + 1).toString();
    m.clientCode = query.value(first + 2).toString();
    m.callerNumber = query.value(first + 3).toString();
    m.callerName = query.value(first + 4).toString();
    m.answers = answersFromJson(query.value(first + 5).toString());
    m.notes = query.value(first + 6).toString();
    m.urgency = query.value(first + 7).toString();
    m.status = messageStatusFromString(query.value(first + 8).toString());
    m.incomplete = query.value(first + 9).toInt() != 0;
    m.consignesVersion = query.value(first + 10).toInt();
    m.operatorLogin = query.value(first + 11).toString();
    m.createdAt = fromMsecs(query.value(first + 12));
    m.updatedAt = fromMsecs(query.value(first + 13));
    m.revision = query.value(first + 14).toInt();
    m.actions = actionsFromJson(query.value(first + 15).toString());
    m.dialedNumber = query.value(first + 16).toString();
    if (const qint64 callbackAt = query.value(first + 17).toLongLong(); callbackAt > 0)
        m.callback.at = QDateTime::fromMSecsSinceEpoch(callbackAt, Qt::UTC);
    m.callback.number = query.value(first + 18).toString();
    m.callback.state = callbackStateFromString(query.value(first + 19).toString());
    return m;
}

QVariantList bindValues(const Message &m, qint64 createdAt, qint64 updatedAt)
{
    return {text(m.id),
            text(m.callId),
            text(m.clientCode),
            text(m.callerNumber),
            text(m.callerName),
            QVariant(answersToJson(m.answers)),
            text(m.notes),
            text(m.urgency),
            QVariant(toString(m.status)),
            QVariant(m.incomplete ? 1 : 0),
            QVariant(m.consignesVersion),
            text(m.operatorLogin),
            QVariant(createdAt),
            QVariant(updatedAt),
            QVariant(std::max(1, m.revision)),
            QVariant(actionsToJson(m.actions)),
            text(m.dialedNumber),
            QVariant(m.callback.at.isValid() ? m.callback.at.toMSecsSinceEpoch() : qint64(0)),
            text(m.callback.number),
            text(toString(m.callback.state))};
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

namespace {

QJsonArray actionsArray(const QList<ActionTaken> &actions)
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
    return array;
}

// Entries that are not objects are skipped, odd values read as empty.
QList<ActionTaken> actionsFromArray(const QJsonArray &array)
{
    QList<ActionTaken> actions;
    for (const QJsonValue &value : array) {
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

} // namespace

QString actionsToJson(const QList<ActionTaken> &actions)
{
    return QString::fromUtf8(QJsonDocument(actionsArray(actions)).toJson(QJsonDocument::Compact));
}

// A damaged document gives no actions rather than a message that cannot be read at all.
QList<ActionTaken> actionsFromJson(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray()) {
        if (!text.isEmpty() && text != QLatin1String("[]"))
            logging::module("store")->warn("unreadable stored actions ignored");
        return {};
    }
    return actionsFromArray(document.array());
}

QJsonObject toJson(const Message &m)
{
    QJsonObject answers;
    for (auto it = m.answers.cbegin(); it != m.answers.cend(); ++it)
        answers.insert(it.key(), it.value());
    QJsonObject object{{QStringLiteral("id"), m.id},
                       {QStringLiteral("callId"), m.callId},
                       {QStringLiteral("client"), m.clientCode},
                       {QStringLiteral("callerNumber"), m.callerNumber},
                       {QStringLiteral("callerName"), m.callerName},
                       {QStringLiteral("dialedNumber"), m.dialedNumber},
                       {QStringLiteral("answers"), answers},
                       {QStringLiteral("notes"), m.notes},
                       {QStringLiteral("urgency"), m.urgency},
                       {QStringLiteral("status"), toString(m.status)},
                       {QStringLiteral("incomplete"), m.incomplete},
                       {QStringLiteral("consignesVersion"), m.consignesVersion},
                       {QStringLiteral("operator"), m.operatorLogin},
                       {QStringLiteral("createdAt"), isoUtc(m.createdAt)},
                       {QStringLiteral("updatedAt"), isoUtc(m.updatedAt)},
                       {QStringLiteral("revision"), m.revision},
                       {QStringLiteral("actions"), actionsArray(m.actions)}};
    // Only when promised, so the exports of messages without one stay as they were.
    if (m.callback.state != CallbackState::None)
        object.insert(QStringLiteral("callback"),
                      QJsonObject{{QStringLiteral("at"), isoUtc(m.callback.at)},
                                  {QStringLiteral("number"), m.callback.number},
                                  {QStringLiteral("state"), toString(m.callback.state)}});
    return object;
}

Message fromJson(const QJsonObject &o)
{
    Message m;
    m.id = o.value(QStringLiteral("id")).toString();
    m.callId = o.value(QStringLiteral("callId")).toString();
    m.clientCode = o.value(QStringLiteral("client")).toString();
    m.callerNumber = o.value(QStringLiteral("callerNumber")).toString();
    m.callerName = o.value(QStringLiteral("callerName")).toString();
    m.dialedNumber = o.value(QStringLiteral("dialedNumber")).toString();
    const QJsonObject answers = o.value(QStringLiteral("answers")).toObject();
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it)
        m.answers.insert(it.key(), it.value().toString());
    m.notes = o.value(QStringLiteral("notes")).toString();
    m.urgency = o.value(QStringLiteral("urgency")).toString();
    m.status = messageStatusFromString(o.value(QStringLiteral("status")).toString());
    m.incomplete = o.value(QStringLiteral("incomplete")).toBool();
    m.consignesVersion = o.value(QStringLiteral("consignesVersion")).toInt();
    m.operatorLogin = o.value(QStringLiteral("operator")).toString();
    m.createdAt = fromIso(o.value(QStringLiteral("createdAt")));
    m.updatedAt = fromIso(o.value(QStringLiteral("updatedAt")));
    m.revision = std::max(1, o.value(QStringLiteral("revision")).toInt(1));
    m.actions = actionsFromArray(o.value(QStringLiteral("actions")).toArray());
    const QJsonObject callback = o.value(QStringLiteral("callback")).toObject();
    m.callback.at = fromIso(callback.value(QStringLiteral("at")));
    m.callback.number = callback.value(QStringLiteral("number")).toString();
    m.callback.state = callbackStateFromString(callback.value(QStringLiteral("state")).toString());
    return m;
}

} // namespace relais::messagecodec

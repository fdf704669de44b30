// The deliveries table's row reading and the helpers every repository file shares.
#include "delivery/deliveryrows.h"

#include "logging/logging.h"
#include "storage/sqlbind.h"
#include "storage/sqlerrortext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace relais::delivery::rows {

namespace {

struct DeliveryStoreText
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryStoreText)
};

const QStringList &columnNames()
{
    static const QStringList names{QStringLiteral("id"),
                                   QStringLiteral("message_id"),
                                   QStringLiteral("client_code"),
                                   QStringLiteral("channel"),
                                   QStringLiteral("person_id"),
                                   QStringLiteral("recipient_name"),
                                   QStringLiteral("address"),
                                   QStringLiteral("step"),
                                   QStringLiteral("state"),
                                   QStringLiteral("due_at"),
                                   QStringLiteral("acknowledge_minutes"),
                                   QStringLiteral("acknowledge_by"),
                                   QStringLiteral("acknowledge_code"),
                                   QStringLiteral("attempts"),
                                   QStringLiteral("next_attempt_at"),
                                   QStringLiteral("lease_owner"),
                                   QStringLiteral("lease_until"),
                                   QStringLiteral("last_answer"),
                                   QStringLiteral("sent_at"),
                                   QStringLiteral("acknowledged_at"),
                                   QStringLiteral("acknowledged_by"),
                                   QStringLiteral("acknowledged_how"),
                                   QStringLiteral("escalated_at"),
                                   QStringLiteral("escalation")};
    return names;
}

} // namespace

QString recordColumns(const QString &alias)
{
    QStringList prefixed;
    for (const QString &name : columnNames())
        prefixed << alias + QLatin1Char('.') + name;
    return prefixed.join(QStringLiteral(", "));
}

DeliveryRecord readRecord(const QSqlQuery &q, int first)
{
    int i = first;
    auto next = [&q, &i]() { return q.value(i++); };
    DeliveryRecord r;
    PlannedDelivery &p = r.planned;
    p.deliveryId = next().toString();
    p.messageId = next().toString();
    r.clientCode = next().toString();
    p.channel = channelFromName(next().toString()).value_or(Channel::Email);
    p.recipient.personId = next().toString();
    p.recipient.name = next().toString();
    p.recipient.address = next().toString();
    p.step = next().toInt();
    r.state = deliveryStateFromString(next().toString());
    p.dueAt = fromMs(next().toLongLong());
    p.acknowledgeWithinMinutes = next().toInt();
    p.acknowledgeBy = fromMs(next().toLongLong());
    p.acknowledgeCode = next().toString();
    r.attempts = next().toInt();
    r.nextAttemptAt = fromMs(next().toLongLong());
    r.leaseOwner = next().toString();
    r.leaseUntil = fromMs(next().toLongLong());
    r.lastAnswer = next().toString();
    r.sentAt = fromMs(next().toLongLong());
    r.acknowledgedAt = fromMs(next().toLongLong());
    r.acknowledgedBy = next().toString();
    r.acknowledgedHow = next().toString();
    r.escalatedAt = fromMs(next().toLongLong());
    p.escalation = contactsFromJson(next().toString());
    return r;
}

QString contactsToJson(const QList<Contact> &contacts)
{
    QJsonArray array;
    for (const Contact &c : contacts)
        array.append(QJsonObject{{QStringLiteral("personId"), c.personId},
                                 {QStringLiteral("name"), c.name},
                                 {QStringLiteral("address"), c.address}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Contact> contactsFromJson(const QString &text)
{
    QList<Contact> contacts;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        const QString address = o.value(QStringLiteral("address")).toString();
        if (!address.isEmpty())
            contacts << Contact{o.value(QStringLiteral("personId")).toString(),
                                o.value(QStringLiteral("name")).toString(), address};
    }
    return contacts;
}

Status exec(QSqlQuery &query, const Database &db, const QString &what)
{
    if (query.exec())
        return success();
    return Error{DeliveryStoreText::tr("cannot %1: %2").arg(what, sqlErrorText(query.lastError())),
                 db.url().redacted()};
}

Status addEvent(Database &db, const QString &deliveryId, const QDateTime &at, const QString &kind,
                const QString &actor, const QString &detail)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO delivery_events (delivery_id, at, kind, actor, detail) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(deliveryId);
    q.addBindValue(ms(at));
    q.addBindValue(kind);
    q.addBindValue(textValue(actor));
    q.addBindValue(textValue(detail));
    return exec(q, db, DeliveryStoreText::tr("write the delivery log"));
}

Status inWriteTransaction(Database &db, const std::function<Status()> &work)
{
    if (Status begun = db.beginWrite(); !begun)
        return begun;
    Status done = work();
    if (done && !db.connection().commit())
        done =
            Error{DeliveryStoreText::tr("cannot commit: %1").arg(sqlErrorText(db.connection().lastError())),
                  db.url().redacted()};
    if (!done) {
        db.connection().rollback();
        logging::module("delivery")->warn("{}", done.error().toString().toStdString());
    }
    return done;
}

bool isPostgres(const Database &db)
{
    return db.engine() == DatabaseUrl::Engine::Postgres;
}

} // namespace relais::delivery::rows

// Fixtures for the delivery tests.
#include "deliveryfixtures.h"

#include <QTimeZone>

namespace relais::test {

Consignes deliveryConsignes()
{
    Consignes c;
    c.code = QStringLiteral("CAB-TEST");
    c.name = QStringLiteral("Cabinet Test");
    c.timeZone = QStringLiteral("Europe/Paris");
    ChecklistField callback;
    callback.id = QStringLiteral("callback_number");
    callback.label = QStringLiteral("Numéro de rappel");
    c.checklist = {callback};
    auto level = [](const char *id, const char *label, int rank) {
        UrgencyLevel l;
        l.id = QString::fromUtf8(id);
        l.label = QString::fromUtf8(label);
        l.rank = rank;
        return l;
    };
    c.urgencyLevels = {level("normal", "Normal", 0), level("urgent", "Urgent", 2)};
    c.defaultUrgency = QStringLiteral("normal");
    auto number = [](const char *label, const char *e164) {
        ContactNumber n;
        n.label = QString::fromUtf8(label);
        n.number = QString::fromUtf8(e164);
        return n;
    };
    auto person = [](const char *id, const char *name, const char *email, QList<ContactNumber> numbers) {
        Person p;
        p.id = QString::fromUtf8(id);
        p.name = QString::fromUtf8(name);
        p.email = QString::fromUtf8(email);
        p.numbers = std::move(numbers);
        return p;
    };
    c.directory = {
        person("alice", "Dr Alice Martin", "alice@cabinet.example",
               {number("Cabinet", "+33142685300"), number("Portable", "+33612345678")}),
        person("bob", "Dr Bob Petit", "bob@cabinet.example", {number("Mobile", "+33698765432")}),
        person("carol", "Carol Secrétariat", "carol@cabinet.example", {}),
        person("dave", "Dave Compta", "", {number("Bureau", "+33142685301")}),
    };
    auto shift = [](const char *who, QList<int> days, QTime start, QTime end) {
        OnCallShift s;
        s.person = QString::fromUtf8(who);
        s.days = std::move(days);
        s.hours = TimeSpan{start, end};
        return s;
    };
    c.onCall = {shift("alice", {0, 1, 2, 3, 4}, QTime(18, 0), QTime(8, 0)),
                shift("bob", {0, 1, 2, 3, 4, 5, 6}, QTime(8, 0), QTime(18, 0))};
    TransmissionRule urgent;
    urgent.urgency = QStringLiteral("urgent");
    urgent.channels = {Channel::Sms, Channel::Email};
    urgent.recipients = {QStringLiteral("oncall")};
    urgent.acknowledgeWithinMinutes = 15;
    TransmissionRule normal;
    normal.urgency = QStringLiteral("normal");
    normal.callType = CallType::Message;
    normal.channels = {Channel::Email};
    normal.recipients = {QStringLiteral("carol")};
    normal.digest = true;
    normal.digestTimes = {QTime(18, 30), QTime(12, 30)};
    TransmissionRule filtered;
    filtered.urgency = QStringLiteral("*");
    filtered.callType = CallType::Filtered;
    filtered.channels = {Channel::Email};
    filtered.recipients = {QStringLiteral("carol")};
    TransmissionRule incomplete;
    incomplete.urgency = QStringLiteral("*");
    incomplete.callType = CallType::Incomplete;
    incomplete.channels = {Channel::Sms};
    incomplete.recipients = {QStringLiteral("dave")};
    c.transmission = {urgent, normal, filtered, incomplete};
    return c;
}

Message deliveryMessage(const QString &id, const QString &level, const QDateTime &createdAt)
{
    Message m;
    m.id = id;
    m.callId = QStringLiteral("call-") + id;
    m.clientCode = QStringLiteral("CAB-TEST");
    m.callerNumber = QStringLiteral("+33611223344");
    m.callerName = QStringLiteral("Mme Durand");
    m.answers = {{QStringLiteral("callback_number"), QStringLiteral("+33611223344")}};
    m.notes = QStringLiteral("Douleur thoracique depuis ce matin");
    m.urgency = level;
    m.status = MessageStatus::Completed;
    m.operatorLogin = QStringLiteral("sophie");
    m.createdAt = createdAt;
    m.updatedAt = createdAt;
    return m;
}

QDateTime paris(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone("Europe/Paris")).toUTC();
}

} // namespace relais::test

// Exports: the CSV a French spreadsheet opens and the JSON that reads back into the same messages.
#include "messages/messageexport.h"
#include "messages/messagecodec.h"

#include "messages/qstringmaker.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace relais;

namespace {

Message sample()
{
    Message m;
    m.id = QStringLiteral("0b5e");
    m.clientCode = QStringLiteral("ACME");
    m.callerNumber = QStringLiteral("+33612345678");
    m.callerName = QStringLiteral("Hélène \"Léna\" Dupont");
    m.notes = QStringLiteral("Rappeler; urgent\nLigne 2");
    m.answers.insert(QStringLiteral("object"), QStringLiteral("devis"));
    m.answers.insert(QStringLiteral("company"), QStringLiteral("=HYPERLINK(\"x\")"));
    m.urgency = QStringLiteral("high");
    m.status = MessageStatus::Completed;
    m.operatorLogin = QStringLiteral("claire");
    m.createdAt = QDateTime(QDate(2025, 3, 10), QTime(14, 5, 9), Qt::UTC);
    m.updatedAt = m.createdAt.addSecs(60);
    m.revision = 2;
    ActionTaken a;
    a.at = m.createdAt.addSecs(30);
    a.kind = ActionKind::Transfer;
    a.targetName = QStringLiteral("Dr Martin");
    m.actions << a;
    return m;
}

} // namespace

TEST_CASE("the CSV starts with a BOM, uses semicolons and CRLF, and quotes what needs it")
{
    const QByteArray csv = messageexport::toCsv({sample()}, QTimeZone::utc());
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 3); // header, one row (its notes hold a quoted LF), and the final empty part
    CHECK(lines[0] == messageexport::csvHeader().join(QLatin1Char(';')));
    CHECK(lines[2].isEmpty());
    CHECK(lines[1] ==
          QStringLiteral("2025-03-10 14:05:09;ACME;+33612345678;\"Hélène \"\"Léna\"\" Dupont\";high;"
                         "completed;0;\"Rappeler; urgent\nLigne 2\";\"company: =HYPERLINK(\"\"x\"\") | "
                         "object: devis\";claire;2;0b5e"));
}

TEST_CASE("CSV times are written in the zone asked for")
{
    const QByteArray csv = messageexport::toCsv({sample()}, QTimeZone(QByteArrayLiteral("Europe/Paris")));
    CHECK(QString::fromUtf8(csv).contains(QStringLiteral("\r\n2025-03-10 15:05:09;")));
}

TEST_CASE("CSV cells a spreadsheet would run as formulas are defused, phone numbers are not")
{
    Message m = sample();
    m.answers.clear();
    m.notes = QStringLiteral("-1+2");
    m.callerName = QStringLiteral("@SUM(A1)");
    m.callerNumber = QStringLiteral("+33612345678");
    const QString row =
        QString::fromUtf8(messageexport::toCsv({m}, QTimeZone::utc())).split(QStringLiteral("\r\n"))[1];
    CHECK(row.contains(QStringLiteral(";+33612345678;'@SUM(A1);")));
    CHECK(row.contains(QStringLiteral(";'-1+2;")));
}

TEST_CASE("an empty export is a header alone, or an empty JSON array")
{
    CHECK(messageexport::toCsv({}, QTimeZone::utc()) ==
          QByteArray("\xEF\xBB\xBF") + messageexport::csvHeader().join(QLatin1Char(';')).toUtf8() + "\r\n");
    CHECK(QJsonDocument::fromJson(messageexport::toJson({})).array().isEmpty());
}

TEST_CASE("the JSON export reads back into the same message")
{
    const Message m = sample();
    const QJsonDocument doc = QJsonDocument::fromJson(messageexport::toJson({m, m}));
    REQUIRE(doc.isArray());
    REQUIRE(doc.array().size() == 2);
    const QJsonObject o = doc.array().at(0).toObject();
    CHECK(o.value(QStringLiteral("createdAt")).toString() == QStringLiteral("2025-03-10T14:05:09.000Z"));
    CHECK(o.value(QStringLiteral("client")).toString() == QStringLiteral("ACME"));
    const Message back = messagecodec::fromJson(o);
    CHECK(back.id == m.id);
    CHECK(back.callerName == m.callerName);
    CHECK(back.notes == m.notes);
    CHECK(back.answers == m.answers);
    CHECK(back.createdAt == m.createdAt);
    CHECK(back.updatedAt == m.updatedAt);
    CHECK(back.revision == 2);
    CHECK(back.status == MessageStatus::Completed);
    REQUIRE(back.actions.size() == 1);
    CHECK(back.actions[0].targetName == QStringLiteral("Dr Martin"));
    CHECK(back.actions[0].at == m.actions[0].at);
}

TEST_CASE("a JSON object with wrong types reads as a message with defaults, never a crash")
{
    const QJsonObject o{{QStringLiteral("id"), 42},
                        {QStringLiteral("answers"), QStringLiteral("not an object")},
                        {QStringLiteral("actions"), QJsonArray{1, QStringLiteral("x"), QJsonObject{}}},
                        {QStringLiteral("createdAt"), QStringLiteral("yesterday")},
                        {QStringLiteral("revision"), -3}};
    const Message m = messagecodec::fromJson(o);
    CHECK(m.id.isEmpty());
    CHECK(m.answers.isEmpty());
    CHECK(m.actions.size() == 1);
    CHECK_FALSE(m.createdAt.isValid());
    CHECK(m.revision == 1);
}

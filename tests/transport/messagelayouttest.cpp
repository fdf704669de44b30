// MessageLayout: email subject and bodies, SMS text with the essentials first, hostile caller text.
#include "transport/messagelayout.h"
#include "transport/smstext.h"
#include "transporttestsupport.h"

#include <catch2/catch.hpp>

using namespace relais;
using namespace relais::transport;

TEST_CASE("email layout names client, urgency and caller in the subject and lays out every answer")
{
    const MessageLayout layout;
    const Outgoing o = test::sampleOutgoing();
    const LaidOutMessage m = layout.email(o);
    CHECK(m.subject.contains(QStringLiteral("[Cabinet médical du Dr Leroy]")));
    CHECK(m.subject.contains(QStringLiteral("URGENT")));
    CHECK(m.subject.contains(QStringLiteral("Françoise Lefèvre")));
    CHECK(m.plainText.contains(QStringLiteral("Motif de l'appel: Douleur thoracique depuis ce matin")));
    CHECK(m.plainText.contains(QStringLiteral("06 98 76 54 32"))); // the callback answer, national format
    CHECK(m.plainText.contains(QStringLiteral("K7Q2")));
    CHECK(m.plainText.contains(QStringLiteral("https://relais.example.fr/ack/K7Q2")));
    CHECK(m.plainText.contains(QStringLiteral("Souhaite être rappelée avant midi.\nPatiente âgée")));
    CHECK(m.html.contains(QStringLiteral("<a href=\"https://relais.example.fr/ack/K7Q2\">")));
    CHECK(m.html.contains(QStringLiteral("<th align=\"left\" valign=\"top\">Motif de l'appel</th>")));
}

TEST_CASE("dates are written in French in the client's zone (Europe/Paris by default)")
{
    const MessageLayout layout;
    // 16:34 UTC in November is 17:34 in Paris.
    CHECK(layout.frenchDate(QDateTime(QDate(2026, 11, 23), QTime(16, 34), Qt::UTC)) ==
          QStringLiteral("lundi 23 novembre 2026 à 17:34"));
    // Summer time: 10:00 UTC is 12:00 in Paris.
    CHECK(layout.frenchDate(QDateTime(QDate(2026, 7, 14), QTime(10, 0), Qt::UTC)) ==
          QStringLiteral("mardi 14 juillet 2026 à 12:00"));
    const MessageLayout reunion({}, QTimeZone("Indian/Reunion"));
    CHECK(reunion.frenchDate(QDateTime(QDate(2026, 11, 23), QTime(16, 34), Qt::UTC)) ==
          QStringLiteral("lundi 23 novembre 2026 à 20:34"));
    CHECK(layout.email(test::sampleOutgoing())
              .plainText.contains(QStringLiteral("lundi 23 novembre 2026 à 17:34")));
}

TEST_CASE("each client's dates follow its own zone when the layout can look it up")
{
    const MessageLayout layout({}, {}, [](const QString &clientCode) {
        return clientCode == QStringLiteral("CAB-LEROY") ? QTimeZone("Indian/Reunion") : QTimeZone();
    });
    Outgoing o = test::sampleOutgoing();
    CHECK(layout.email(o).plainText.contains(QStringLiteral("lundi 23 novembre 2026 à 20:34")));
    CHECK(layout.sms(o).contains(QStringLiteral("23/11 20:34")));
    o.message.clientCode = QStringLiteral("OTHER"); // unknown to the lookup: Europe/Paris
    CHECK(layout.email(o).plainText.contains(QStringLiteral("lundi 23 novembre 2026 à 17:34")));
}

TEST_CASE("hostile caller text cannot break the subject line or inject HTML")
{
    const MessageLayout layout;
    Outgoing o = test::sampleOutgoing();
    o.message.callerName = QStringLiteral("Eve\r\nBcc: victim@example.com\r\n\r\n<script>alert(1)</script>");
    o.clientName = QStringLiteral("ACME\n<img src=x onerror=alert(2)>");
    o.message.notes =
        QStringLiteral("<b>bold</b> & \"quoted\"\r\nline two") + QChar(0) + QStringLiteral("after nul");
    o.message.answers.insert(QStringLiteral("motif"),
                             QStringLiteral("</td></tr></table><iframe src=//evil>"));
    o.acknowledgeUrl = QStringLiteral("javascript:alert(3)");
    const LaidOutMessage m = layout.email(o);
    CHECK_FALSE(m.subject.contains(QLatin1Char('\r')));
    CHECK_FALSE(m.subject.contains(QLatin1Char('\n')));
    CHECK(m.subject.contains(QStringLiteral("Eve Bcc: victim@example.com <script>")));
    CHECK_FALSE(m.html.contains(QStringLiteral("<script>")));
    CHECK_FALSE(m.html.contains(QStringLiteral("<img")));
    CHECK_FALSE(m.html.contains(QStringLiteral("<iframe")));
    CHECK_FALSE(m.html.contains(QStringLiteral("<b>bold")));
    CHECK_FALSE(m.html.contains(QStringLiteral("href=\"javascript")));
    CHECK(m.html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK(m.html.contains(QStringLiteral("&amp; &quot;quoted&quot;")));
    CHECK_FALSE(m.plainText.contains(QLatin1Char('\r')));
    CHECK_FALSE(m.plainText.contains(QChar(0)));
    CHECK(m.plainText.contains(QStringLiteral("line two after nul")));
}

TEST_CASE("10,000-character names and notes are cut, not mailed whole")
{
    const MessageLayout layout;
    Outgoing o = test::sampleOutgoing();
    o.message.callerName = QString(10000, QLatin1Char('A'));
    o.message.notes = QString(10000, QChar(0x00E9));
    o.clientName = QString(10000, QLatin1Char('C'));
    const LaidOutMessage m = layout.email(o);
    CHECK(m.subject.size() < 300);
    CHECK(m.plainText.size() < 10000);
    CHECK(m.html.size() < 12000);
    const QString sms = layout.sms(o);
    CHECK(smsLength(sms) <= 160);
    CHECK(sms.contains(QStringLiteral("06 98 76 54 32")));
    CHECK(sms.endsWith(QStringLiteral(" Code K7Q2")));
}

TEST_CASE("binary garbage in every field still gives a valid layout")
{
    const MessageLayout layout;
    Outgoing o = test::sampleOutgoing();
    QString garbage;
    for (int i = 0; i < 4096; ++i)
        garbage += QChar(char16_t((i * 7919) % 0xFFFF));
    o.message.callerName = garbage;
    o.message.notes = garbage;
    o.clientName = garbage;
    o.urgencyLabel = garbage;
    o.acknowledgeCode = garbage;
    o.message.answers.insert(garbage, garbage);
    const LaidOutMessage m = layout.email(o);
    CHECK_FALSE(m.subject.contains(QLatin1Char('\n')));
    CHECK_FALSE(m.subject.contains(QLatin1Char('\r')));
    CHECK_FALSE(m.html.contains(QStringLiteral("<script")));
    CHECK(m.plainText.toUtf8().isValidUtf8());
    const QString sms = layout.sms(o);
    CHECK(smsLength(sms) <= smsLimitFor(sms, {}));
    CHECK_FALSE(sms.contains(QLatin1Char('\n')));
}

TEST_CASE("an SMS puts urgency, caller and callback number first and ends with the code")
{
    const MessageLayout layout;
    Outgoing o = test::sampleOutgoing();
    o.message.notes = QString(500, QLatin1Char('x'));
    const QString sms = layout.sms(o);
    CHECK(sms.startsWith(QStringLiteral("URGENT - Françoise Lefèvre - 06 98 76 54 32 | ")) ==
          false); // ç is folded
    CHECK(sms.startsWith(
        QStringLiteral("URGENT - Francoise Lefèvre - 06 98 76 54 32 | Cabinet médical du Dr Leroy")));
    CHECK(sms.endsWith(QStringLiteral("... Code K7Q2")));
    CHECK(isGsm7(sms));
    CHECK(smsLength(sms) == 160);
}

TEST_CASE("a short SMS is sent whole, without ellipsis")
{
    const MessageLayout layout;
    Outgoing o = test::sampleOutgoing();
    o.message.answers.clear();
    o.message.notes.clear();
    o.clientName = QStringLiteral("Leroy");
    o.acknowledgeCode.clear();
    const QString sms = layout.sms(o);
    CHECK(sms == QStringLiteral("URGENT - Francoise Lefèvre - 06 12 34 56 78 | Leroy - 23/11 17:34"));
}

TEST_CASE("the SMS limit follows a configurable length and the text's alphabet")
{
    Outgoing o = test::sampleOutgoing();
    const MessageLayout shortLayout(SmsLimits{.gsm7 = 60, .unicode = 30});
    QString sms = shortLayout.sms(o);
    CHECK(smsLength(sms) <= 60);
    CHECK(sms.startsWith(QStringLiteral("URGENT - Francoise Lefèvre - 06 98 76 54 32")));
    CHECK(sms.endsWith(QStringLiteral(" Code K7Q2")));

    // A caller name in Cyrillic cannot be folded: the whole text is UCS-2 and fits 70.
    o.message.callerName = QStringLiteral("Дмитрий Иванов");
    o.message.notes = QString(300, QLatin1Char('y'));
    const MessageLayout layout;
    sms = layout.sms(o);
    CHECK_FALSE(isGsm7(sms));
    CHECK(sms.size() <= 70);
    CHECK(sms.contains(QStringLiteral("Дмитрий Иванов")));
    CHECK(sms.endsWith(QStringLiteral(" Code K7Q2")));
}

TEST_CASE("French accents fold into GSM-7 where the network has no such letter")
{
    CHECK(foldForSms(QStringLiteral("Hélène âgée, ça va ? « oui » — l’œuf…")) ==
          QStringLiteral("Hélène agée, ca va ? \" oui \" - l'oeuf..."));
    CHECK(isGsm7(foldForSms(QStringLiteral("Crème brûlée à l'hôtel Noël"))));
    CHECK(foldForSms(QStringLiteral("  a\r\n\tb  ")) == QStringLiteral("a b"));
    CHECK(smsLength(QStringLiteral("€[]")) == 6);
    CHECK(smsLength(QStringLiteral("😀")) == 2);
    CHECK(foldForSms(QStringLiteral("ok 😀")) == QStringLiteral("ok 😀"));
    // Cutting never splits an emoji's surrogate pair.
    const QString cut = fitSms(QString(68, QLatin1Char('a')) + QStringLiteral("😀😀"), {}, {});
    CHECK(smsLength(cut) <= smsLimitFor(cut, {}));
    CHECK_FALSE(cut.back().isHighSurrogate());
    // Dropping the emoji made the text GSM-7 again: the cut text has 68 letters and "...".
    CHECK(cut == QString(68, QLatin1Char('a')) + QStringLiteral("..."));
}

// Email and SMS layout of an outgoing message.
#include "transport/messagelayout.h"

#include "phone/phonenumbers.h"
#include "rules/clienttimezone.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace relais::transport {

namespace {

struct LayoutText
{
    Q_DECLARE_TR_FUNCTIONS(LayoutText)
};

// Longest value shown in the email of one field; a 10,000-character answer is cut, not mailed whole.
constexpr int kMaxFieldChars = 2000;
constexpr int kMaxNotesChars = 8000;

// Multi-line text (notes): control characters other than line breaks become spaces; CRLF and CR
// become LF; at most `maxChars` characters.
QString cleanMultiline(const QString &text, int maxChars)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), maxChars + 1));
    for (qsizetype i = 0; i < text.size() && out.size() < maxChars; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            out += QLatin1Char('\n');
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            out += c;
        } else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
                   c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            out += QLatin1Char(' ');
        } else if (c.isSurrogate() &&
                   !(c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) &&
                   !(c.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())) {
            out += QChar::ReplacementCharacter; // a lone half of a pair
        } else {
            out += c;
        }
    }
    if (out.size() < text.size() && out.size() >= maxChars) {
        if (out.back().isHighSurrogate())
            out.chop(1);
        out += QChar(0x2026);
    }
    return out.trimmed();
}

QString callerOf(const Outgoing &outgoing)
{
    const QString name = singleLine(outgoing.message.callerName, 80);
    return name.isEmpty() ? LayoutText::tr("Unknown caller") : name;
}

QString urgencyOf(const Outgoing &outgoing)
{
    QString label = singleLine(outgoing.urgencyLabel, 40);
    if (label.isEmpty())
        label = singleLine(outgoing.message.urgency, 40);
    return label;
}

// Answers in a stable order: the checklist's labels when known, then the field id.
struct Answer
{
    QString id;
    QString label;
    QString value;
};

QList<Answer> labelledAnswers(const Outgoing &outgoing)
{
    QList<Answer> out;
    for (auto it = outgoing.message.answers.cbegin(); it != outgoing.message.answers.cend(); ++it) {
        const QString value = cleanMultiline(it.value(), kMaxFieldChars);
        if (value.isEmpty())
            continue;
        const QString label = singleLine(outgoing.fieldLabels.value(it.key(), it.key()), 80);
        out.append({it.key(), label, value});
    }
    return out;
}

bool looksLikeCallbackField(const QString &id)
{
    const QString lower = id.toLower();
    for (const char *word : {"rappel", "callback", "telephone", "téléphone", "phone", "portable", "mobile"})
        if (lower.contains(QString::fromUtf8(word)))
            return true;
    return lower == QStringLiteral("tel") || lower.startsWith(QStringLiteral("tel_"));
}

} // namespace

QString singleLine(const QString &text, int maxChars)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), maxChars + 1));
    bool lastSpace = true;
    for (qsizetype i = 0; i < text.size() && out.size() < maxChars; ++i) {
        QChar c = text.at(i);
        const bool control = c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
                             c.isSpace() || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
        const bool loneSurrogate =
            c.isSurrogate() &&
            !(c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) &&
            !(c.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate());
        if (control) {
            if (!lastSpace)
                out += QLatin1Char(' ');
            lastSpace = true;
            continue;
        }
        lastSpace = false;
        out += loneSurrogate ? QChar(QChar::ReplacementCharacter) : c;
    }
    bool cut = out.size() >= maxChars && out.size() < text.size();
    if (cut && out.back().isHighSurrogate())
        out.chop(1);
    out = out.trimmed();
    if (cut)
        out += QChar(0x2026);
    return out;
}

MessageLayout::MessageLayout(SmsLimits smsLimits, QTimeZone zone, ZoneLookup zoneFor)
    : m_smsLimits(smsLimits)
    , m_zone(zone.isValid() ? zone : defaultClientTimeZone())
    , m_zoneFor(std::move(zoneFor))
    , m_phones(std::make_unique<PhoneNumbers>())
{}

MessageLayout::~MessageLayout() = default;

QTimeZone MessageLayout::zoneOf(const Outgoing &outgoing) const
{
    if (m_zoneFor) {
        const QTimeZone zone = m_zoneFor(outgoing.message.clientCode);
        if (zone.isValid())
            return zone;
    }
    return m_zone;
}

QString MessageLayout::frenchDate(const QDateTime &utc, const QTimeZone &zone) const
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(zone.isValid() ? zone : m_zone);
    const QLocale french(QLocale::French, QLocale::France);
    return french.toString(local.date(), QStringLiteral("dddd d MMMM yyyy")) + QStringLiteral(" à ") +
           local.time().toString(QStringLiteral("HH:mm"));
}

QString MessageLayout::callbackNumber(const Outgoing &outgoing) const
{
    for (auto it = outgoing.message.answers.cbegin(); it != outgoing.message.answers.cend(); ++it) {
        if (!looksLikeCallbackField(it.key()))
            continue;
        const auto parsed = m_phones->parse(it.value().left(64));
        if (parsed.ok())
            return parsed->national.isEmpty() ? parsed->e164 : m_phones->display(parsed->e164);
    }
    const QString caller = singleLine(outgoing.message.callerNumber, 32);
    return caller.isEmpty() ? QString() : singleLine(m_phones->display(caller), 32);
}

LaidOutMessage MessageLayout::email(const Outgoing &outgoing) const
{
    const QString client = singleLine(outgoing.clientName, 80);
    const QString urgency = urgencyOf(outgoing);
    const QString caller = callerOf(outgoing);
    const QString callback = callbackNumber(outgoing);
    const QString date = frenchDate(outgoing.message.createdAt, zoneOf(outgoing));
    const auto answers = labelledAnswers(outgoing);
    const QString notes = cleanMultiline(outgoing.message.notes, kMaxNotesChars);

    LaidOutMessage out;
    QStringList subjectParts;
    if (!client.isEmpty())
        subjectParts << QStringLiteral("[%1]").arg(client);
    if (!urgency.isEmpty())
        subjectParts << (outgoing.urgent ? urgency.toUpper() : urgency);
    subjectParts << LayoutText::tr("Message from %1").arg(caller);
    out.subject = subjectParts.join(QLatin1Char(' '));

    // The plain-text body: one "Label: value" per line, then the notes and the acknowledgement.
    QStringList lines;
    if (!client.isEmpty())
        lines << LayoutText::tr("Client: %1").arg(client);
    if (!urgency.isEmpty())
        lines << LayoutText::tr("Urgency: %1").arg(urgency);
    lines << LayoutText::tr("Caller: %1").arg(caller);
    if (!callback.isEmpty())
        lines << LayoutText::tr("Call back: %1").arg(callback);
    if (!date.isEmpty())
        lines << LayoutText::tr("Received: %1").arg(date);
    if (outgoing.message.incomplete)
        lines << LayoutText::tr("The caller hung up before every question was asked.");
    if (!answers.isEmpty()) {
        lines << QString();
        for (const Answer &a : answers)
            lines << a.label + QStringLiteral(": ") + a.value;
    }
    if (!notes.isEmpty())
        lines << QString() << LayoutText::tr("Message:") << notes;
    const QString code = singleLine(outgoing.acknowledgeCode, 32);
    const QString url = singleLine(outgoing.acknowledgeUrl, 2000);
    if (!code.isEmpty() || !url.isEmpty()) {
        lines << QString();
        if (!url.isEmpty())
            lines << LayoutText::tr("Acknowledge receipt: %1").arg(url);
        if (!code.isEmpty())
            lines << LayoutText::tr("Acknowledgement code: %1").arg(code);
    }
    out.plainText = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');

    // The HTML body: every value escaped; line breaks of the notes kept with <br>.
    const auto esc = [](const QString &s) -> QString { return s.toHtmlEscaped(); };
    const auto multi = [&](const QString &s) -> QString {
        return esc(s).replace(QLatin1Char('\n'), QStringLiteral("<br>\n"));
    };
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") +
                   esc(out.subject) +
                   QStringLiteral("</title></head>\n<body style=\"font-family: sans-serif\">\n");
    if (outgoing.urgent && !urgency.isEmpty())
        html += QStringLiteral("<p style=\"color:#b00020;font-weight:bold\">") + esc(urgency.toUpper()) +
                QStringLiteral("</p>\n");
    html += QStringLiteral("<table>\n");
    const auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><th align=\"left\" valign=\"top\">") + esc(label) +
                QStringLiteral("</th><td>") + multi(value) + QStringLiteral("</td></tr>\n");
    };
    if (!client.isEmpty())
        row(LayoutText::tr("Client"), client);
    if (!urgency.isEmpty())
        row(LayoutText::tr("Urgency"), urgency);
    row(LayoutText::tr("Caller"), caller);
    if (!callback.isEmpty())
        row(LayoutText::tr("Call back"), callback);
    if (!date.isEmpty())
        row(LayoutText::tr("Received"), date);
    for (const Answer &a : answers)
        row(a.label, a.value);
    html += QStringLiteral("</table>\n");
    if (outgoing.message.incomplete)
        html += QStringLiteral("<p><em>") +
                esc(LayoutText::tr("The caller hung up before every question was asked.")) +
                QStringLiteral("</em></p>\n");
    if (!notes.isEmpty())
        html += QStringLiteral("<p>") + multi(notes) + QStringLiteral("</p>\n");
    // Only http(s) links become clickable; anything else (javascript:, data:) is shown as text.
    if (!url.isEmpty()) {
        const bool linkable = url.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive) ||
                              url.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive);
        html += QStringLiteral("<p>");
        if (linkable)
            html += QStringLiteral("<a href=\"") + esc(url) + QStringLiteral("\">") +
                    esc(LayoutText::tr("Acknowledge receipt")) + QStringLiteral("</a>");
        else
            html += esc(LayoutText::tr("Acknowledge receipt: %1").arg(url));
        html += QStringLiteral("</p>\n");
    }
    if (!code.isEmpty())
        html += QStringLiteral("<p>") + esc(LayoutText::tr("Acknowledgement code: %1").arg(code)) +
                QStringLiteral("</p>\n");
    html += QStringLiteral("</body></html>\n");
    out.html = html;
    return out;
}

QString MessageLayout::sms(const Outgoing &outgoing) const
{
    // Essentials, each capped so that a 10,000-character name cannot push the number out.
    QStringList head;
    const QString urgency = singleLine(urgencyOf(outgoing), 20);
    if (!urgency.isEmpty())
        head << (outgoing.urgent ? urgency.toUpper() : urgency);
    head << singleLine(callerOf(outgoing), 30);
    const QString callback = callbackNumber(outgoing);
    if (!callback.isEmpty())
        head << callback;

    QStringList rest;
    if (const QString client = singleLine(outgoing.clientName, 40); !client.isEmpty())
        rest << client;
    if (outgoing.message.createdAt.isValid())
        rest << outgoing.message.createdAt.toTimeZone(zoneOf(outgoing))
                    .toString(QStringLiteral("dd/MM HH:mm"));
    for (const Answer &a : labelledAnswers(outgoing)) {
        if (!callback.isEmpty() && looksLikeCallbackField(a.id))
            continue; // already in the essentials
        rest << a.label + QStringLiteral(": ") + singleLine(a.value, 200);
    }
    if (const QString notes = singleLine(outgoing.message.notes, 400); !notes.isEmpty())
        rest << notes;

    const QString text = foldForSms(head.join(QStringLiteral(" - ")) + QStringLiteral(" | ") +
                                    rest.join(QStringLiteral(" - ")));
    const QString code = foldForSms(singleLine(outgoing.acknowledgeCode, 16));
    const QString suffix = code.isEmpty() ? QString() : QStringLiteral(" Code ") + code;
    return fitSms(text, suffix, m_smsLimits);
}

} // namespace relais::transport

// JsonNode -> Consignes. A failure deep in the tree is thrown as a ConsignesFailure and caught in
// decode(): every reader below would otherwise check and forward a result after each key.
#include "consignes/consignesdecoder.h"

#include "consignes/consignesfieldreader.h"
#include "consignes/consignesnames.h"
#include "phone/phonenumbers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace relais {
namespace {

using Kind = JsonNode::Kind;

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under ConsignesText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct ConsignesText
{
    Q_DECLARE_TR_FUNCTIONS(ConsignesText)
};

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *n : names)
        list << QLatin1String(n);
    return list;
}

QString sub(const QString &path, const char *key)
{
    return path + QLatin1Char('.') + QLatin1String(key);
}

CoverageHours readHours(ConsignesFieldReader &w, const JsonNode &node, const QString &path)
{
    CoverageHours hours;
    w.object(node, path, keys({"weekly", "closedOnPublicHolidays", "exceptions"}));
    if (const JsonNode *weekly = w.member(node, path, QStringLiteral("weekly"))) {
        const QString weeklyPath = sub(path, "weekly");
        w.object(*weekly, weeklyPath, consignesnames::days());
        for (int d = 0; d < 7; ++d)
            if (const JsonNode *day = weekly->member(consignesnames::days().at(d)))
                hours.weekly.days[static_cast<size_t>(d)] =
                    w.spans(*day, weeklyPath + QLatin1Char('.') + consignesnames::days().at(d));
    }
    hours.closedOnPublicHolidays = w.boolean(node, path, QStringLiteral("closedOnPublicHolidays"), true);
    const auto &exceptions = w.array(node, path, QStringLiteral("exceptions"));
    for (size_t i = 0; i < exceptions.size(); ++i) {
        const QString p = sub(path, "exceptions") + ConsignesFieldReader::index(i);
        const JsonNode &e = exceptions[i];
        w.object(e, p, keys({"date", "label", "hours"}), keys({"date"}));
        DateException exception;
        const JsonNode &date = *w.member(e, p, QStringLiteral("date"));
        static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        if (date.kind == Kind::String && pattern.match(date.text).hasMatch())
            exception.date = QDate::fromString(date.text, Qt::ISODate);
        if (!exception.date.isValid())
            w.expected(date, sub(p, "date"), ConsignesText::tr("a date YYYY-MM-DD"));
        exception.label = w.string(e, p, QStringLiteral("label"), false);
        if (const JsonNode *h = w.member(e, p, QStringLiteral("hours")))
            exception.hours = w.spans(*h, sub(p, "hours"));
        hours.exceptions << exception;
    }
    return hours;
}

RuleConditions readConditions(ConsignesFieldReader &w, const JsonNode &parent, const QString &parentPath)
{
    RuleConditions when;
    const JsonNode *node = w.member(parent, parentPath, QStringLiteral("when"));
    if (!node)
        return when;
    const QString path = sub(parentPath, "when");
    w.object(*node, path, keys({"keywords", "answers", "callers", "hours"}));
    when.keywords = w.strings(*node, path, QStringLiteral("keywords"));
    const auto &answers = w.array(*node, path, QStringLiteral("answers"));
    for (size_t i = 0; i < answers.size(); ++i) {
        const QString p = sub(path, "answers") + ConsignesFieldReader::index(i);
        w.object(answers[i], p, keys({"field", "equals"}), keys({"field", "equals"}));
        when.answers << AnswerCondition{w.string(answers[i], p, QStringLiteral("field"), true),
                                        w.string(answers[i], p, QStringLiteral("equals"), true)};
    }
    const auto &callers = w.array(*node, path, QStringLiteral("callers"));
    for (size_t i = 0; i < callers.size(); ++i)
        when.callers << w.phone(callers[i], sub(path, "callers") + ConsignesFieldReader::index(i));
    if (const JsonNode *hours = w.member(*node, path, QStringLiteral("hours")))
        when.hours = static_cast<HoursCondition>(
            w.oneOf(*hours, sub(path, "hours"), consignesnames::hoursConditions()));
    return when;
}

void readLists(ConsignesFieldReader &w, const JsonNode &node, const QString &path, Consignes *c)
{
    const auto &checklist = w.array(node, path, QStringLiteral("checklist"));
    for (size_t i = 0; i < checklist.size(); ++i) {
        const QString p = sub(path, "checklist") + ConsignesFieldReader::index(i);
        const JsonNode &f = checklist[i];
        w.object(f, p, keys({"id", "label", "type", "required", "help", "choices"}),
                 keys({"id", "label", "type"}));
        ChecklistField field;
        field.id = w.string(f, p, QStringLiteral("id"), true);
        field.label = w.string(f, p, QStringLiteral("label"), true);
        field.type = static_cast<FieldType>(
            w.oneOf(*f.member(QStringLiteral("type")), sub(p, "type"), consignesnames::fieldTypes()));
        field.required = w.boolean(f, p, QStringLiteral("required"), false);
        field.help = w.string(f, p, QStringLiteral("help"), false);
        field.choices = w.strings(f, p, QStringLiteral("choices"));
        c->checklist << field;
    }
    const auto &levels = w.array(node, path, QStringLiteral("urgencyLevels"));
    for (size_t i = 0; i < levels.size(); ++i) {
        const QString p = sub(path, "urgencyLevels") + ConsignesFieldReader::index(i);
        w.object(levels[i], p, keys({"id", "label", "rank"}), keys({"id", "label"}));
        c->urgencyLevels << UrgencyLevel{w.string(levels[i], p, QStringLiteral("id"), true),
                                         w.string(levels[i], p, QStringLiteral("label"), true),
                                         w.integer(levels[i], p, QStringLiteral("rank"), 0, -1000, 1000)};
    }
    c->defaultUrgency = w.string(node, path, QStringLiteral("defaultUrgency"), false);
    const auto &rules = w.array(node, path, QStringLiteral("urgencyRules"));
    for (size_t i = 0; i < rules.size(); ++i) {
        const QString p = sub(path, "urgencyRules") + ConsignesFieldReader::index(i);
        const JsonNode &r = rules[i];
        w.object(r, p, keys({"id", "description", "level", "when", "procedure"}), keys({"id", "level"}));
        UrgencyRule rule;
        rule.id = w.string(r, p, QStringLiteral("id"), true);
        rule.description = w.string(r, p, QStringLiteral("description"), false);
        rule.level = w.string(r, p, QStringLiteral("level"), true);
        rule.when = readConditions(w, r, p);
        if (const JsonNode *proc = w.member(r, p, QStringLiteral("procedure"))) {
            const QString pp = sub(p, "procedure");
            w.object(*proc, pp, keys({"action", "target", "instructions", "fallback"}), keys({"action"}));
            rule.procedure.action = static_cast<ProcedureAction>(w.oneOf(
                *proc->member(QStringLiteral("action")), sub(pp, "action"), consignesnames::actions()));
            rule.procedure.target = w.string(*proc, pp, QStringLiteral("target"), false);
            rule.procedure.instructions = w.string(*proc, pp, QStringLiteral("instructions"), false);
            rule.procedure.fallback = w.string(*proc, pp, QStringLiteral("fallback"), false);
        }
        c->urgencyRules << rule;
    }
    const auto &filters = w.array(node, path, QStringLiteral("filteringRules"));
    for (size_t i = 0; i < filters.size(); ++i) {
        const QString p = sub(path, "filteringRules") + ConsignesFieldReader::index(i);
        const JsonNode &r = filters[i];
        w.object(r, p, keys({"id", "description", "when", "say", "putThrough", "takeMessage"}), keys({"id"}));
        FilteringRule rule;
        rule.id = w.string(r, p, QStringLiteral("id"), true);
        rule.description = w.string(r, p, QStringLiteral("description"), false);
        rule.when = readConditions(w, r, p);
        rule.say = w.string(r, p, QStringLiteral("say"), false);
        rule.putThrough = w.boolean(r, p, QStringLiteral("putThrough"), false);
        rule.takeMessage = w.boolean(r, p, QStringLiteral("takeMessage"), false);
        c->filteringRules << rule;
    }
}

void readPeople(ConsignesFieldReader &w, const JsonNode &node, const QString &path, Consignes *c)
{
    const auto &directory = w.array(node, path, QStringLiteral("directory"));
    for (size_t i = 0; i < directory.size(); ++i) {
        const QString p = sub(path, "directory") + ConsignesFieldReader::index(i);
        const JsonNode &d = directory[i];
        w.object(d, p, keys({"id", "name", "role", "numbers", "email", "availability"}),
                 keys({"id", "name"}));
        Person person;
        person.id = w.string(d, p, QStringLiteral("id"), true);
        person.name = w.string(d, p, QStringLiteral("name"), true);
        person.role = w.string(d, p, QStringLiteral("role"), false);
        const auto &numbers = w.array(d, p, QStringLiteral("numbers"));
        for (size_t k = 0; k < numbers.size(); ++k) {
            const QString np = sub(p, "numbers") + ConsignesFieldReader::index(k);
            w.object(numbers[k], np, keys({"label", "number"}), keys({"number"}));
            person.numbers << ContactNumber{
                w.string(numbers[k], np, QStringLiteral("label"), false),
                w.phone(*numbers[k].member(QStringLiteral("number")), sub(np, "number"))};
        }
        if (const JsonNode *email = w.member(d, p, QStringLiteral("email"))) {
            static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
            person.email = w.string(*email, sub(p, "email"), false);
            if (!person.email.isEmpty() && !pattern.match(person.email).hasMatch())
                w.expected(*email, sub(p, "email"), ConsignesText::tr("an e-mail address"));
        }
        person.availability = w.string(d, p, QStringLiteral("availability"), false);
        c->directory << person;
    }
    const auto &onCall = w.array(node, path, QStringLiteral("onCall"));
    for (size_t i = 0; i < onCall.size(); ++i) {
        const QString p = sub(path, "onCall") + ConsignesFieldReader::index(i);
        const JsonNode &s = onCall[i];
        w.object(s, p, keys({"person", "days", "from", "to"}), keys({"person", "days", "from", "to"}));
        OnCallShift shift;
        shift.person = w.string(s, p, QStringLiteral("person"), true);
        const auto &days = w.array(s, p, QStringLiteral("days"), true);
        for (size_t k = 0; k < days.size(); ++k)
            shift.days << w.oneOf(days[k], sub(p, "days") + ConsignesFieldReader::index(k),
                                  consignesnames::days());
        shift.hours = TimeSpan{w.time(*s.member(QStringLiteral("from")), sub(p, "from")),
                               w.time(*s.member(QStringLiteral("to")), sub(p, "to"))};
        c->onCall << shift;
    }
    const auto &transmission = w.array(node, path, QStringLiteral("transmission"));
    for (size_t i = 0; i < transmission.size(); ++i) {
        const QString p = sub(path, "transmission") + ConsignesFieldReader::index(i);
        const JsonNode &t = transmission[i];
        w.object(t, p,
                 keys({"urgency", "callType", "channels", "recipients", "digest", "digestTimes",
                       "acknowledgeWithinMinutes"}),
                 keys({"urgency", "channels", "recipients"}));
        TransmissionRule rule;
        rule.urgency = w.string(t, p, QStringLiteral("urgency"), true);
        if (const JsonNode *callType = t.member(QStringLiteral("callType")))
            rule.callType =
                static_cast<CallType>(w.oneOf(*callType, sub(p, "callType"), consignesnames::callTypes()));
        const auto &channels = w.array(t, p, QStringLiteral("channels"));
        for (size_t k = 0; k < channels.size(); ++k)
            rule.channels << static_cast<Channel>(w.oneOf(channels[k],
                                                          sub(p, "channels") + ConsignesFieldReader::index(k),
                                                          consignesnames::channels()));
        rule.recipients = w.strings(t, p, QStringLiteral("recipients"));
        rule.digest = w.boolean(t, p, QStringLiteral("digest"), false);
        const auto &times = w.array(t, p, QStringLiteral("digestTimes"));
        for (size_t k = 0; k < times.size(); ++k)
            rule.digestTimes << w.time(times[k], sub(p, "digestTimes") + ConsignesFieldReader::index(k));
        rule.acknowledgeWithinMinutes =
            w.integer(t, p, QStringLiteral("acknowledgeWithinMinutes"), 0, 0, 10080);
        c->transmission << rule;
    }
    const auto &faq = w.array(node, path, QStringLiteral("faq"));
    for (size_t i = 0; i < faq.size(); ++i) {
        const QString p = sub(path, "faq") + ConsignesFieldReader::index(i);
        w.object(faq[i], p, keys({"question", "answer"}), keys({"question", "answer"}));
        c->faq << FaqEntry{w.string(faq[i], p, QStringLiteral("question"), true),
                           w.string(faq[i], p, QStringLiteral("answer"), true)};
    }
}

} // namespace

QString ConsignesDecoder::describe(const JsonNode &node)
{
    switch (node.kind) {
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Bool:
        return node.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Number:
        return node.text;
    case Kind::String: {
        QString shown = node.text.left(40);
        shown.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""));
        for (QChar &ch : shown)
            if (!ch.isPrint())
                ch = QChar(0xFFFD);
        return QLatin1Char('"') + shown +
               (node.text.size() > 40 ? QStringLiteral("…\"") : QStringLiteral("\""));
    }
    case Kind::Array:
    case Kind::Object:
        return node.kind == Kind::Array ? ConsignesText::tr("an array") : ConsignesText::tr("an object");
    }
    return {};
}

std::optional<ConsignesFailure> ConsignesDecoder::decode(const JsonNode &node, const QString &path,
                                                         Consignes *c)
{
    m_offsets.clear();
    ConsignesFieldReader w(m_phones, m_offsets);
    try {
        w.object(node, path,
                 keys({"code", "name", "sector", "timeZone", "dialedNumbers", "hours", "greetings",
                       "checklist", "urgencyLevels", "defaultUrgency", "urgencyRules", "filteringRules",
                       "directory", "onCall", "transmission", "faq", "say", "neverSay", "retentionDays"}),
                 keys({"code", "name", "greetings"}));
        *c = Consignes{};
        c->code = w.string(node, path, QStringLiteral("code"), true);
        static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$"));
        if (!codePattern.match(c->code).hasMatch())
            w.expected(*node.member(QStringLiteral("code")), sub(path, "code"),
                       ConsignesText::tr("a code of 1 to 40 letters, digits, '-', '_' or '.'"));
        c->name = w.string(node, path, QStringLiteral("name"), true);
        c->sector = w.string(node, path, QStringLiteral("sector"), false);
        if (const JsonNode *tz = w.member(node, path, QStringLiteral("timeZone"))) {
            c->timeZone = w.string(*tz, sub(path, "timeZone"), true);
            if (!QTimeZone::isTimeZoneIdAvailable(c->timeZone.toUtf8()))
                w.expected(*tz, sub(path, "timeZone"),
                           ConsignesText::tr("an IANA time zone such as \"Europe/Paris\""));
        }
        const auto &dialed = w.array(node, path, QStringLiteral("dialedNumbers"));
        for (size_t i = 0; i < dialed.size(); ++i)
            c->dialedNumbers << w.phone(dialed[i],
                                        sub(path, "dialedNumbers") + ConsignesFieldReader::index(i));
        if (const JsonNode *hours = w.member(node, path, QStringLiteral("hours")))
            c->hours = readHours(w, *hours, sub(path, "hours"));
        const JsonNode &greetings = *w.member(node, path, QStringLiteral("greetings"));
        const QString gp = sub(path, "greetings");
        w.object(greetings, gp, keys({"open", "closed", "overflow"}), keys({"open"}));
        c->greetings.open = w.string(greetings, gp, QStringLiteral("open"), true);
        c->greetings.closed = w.string(greetings, gp, QStringLiteral("closed"), false);
        c->greetings.overflow = w.string(greetings, gp, QStringLiteral("overflow"), false);
        readLists(w, node, path, c);
        readPeople(w, node, path, c);
        c->say = w.strings(node, path, QStringLiteral("say"));
        c->neverSay = w.strings(node, path, QStringLiteral("neverSay"));
        c->retentionDays = w.integer(node, path, QStringLiteral("retentionDays"), 365, 1, 3650);
    } catch (const ConsignesFailure &failure) {
        return failure;
    }
    return std::nullopt;
}

} // namespace relais

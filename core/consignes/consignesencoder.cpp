// Builds the canonical JSON tree of one client's consignes.
#include "consignes/consignesencoder.h"

#include "consignes/consignesnames.h"

namespace relais {
namespace {

JsonNode str(const QString &s)
{
    return JsonNode::makeString(s);
}

JsonNode strings(const QStringList &list)
{
    JsonNode array = JsonNode::makeArray();
    for (const QString &s : list)
        array.items.push_back(str(s));
    return array;
}

JsonNode time(const QTime &t)
{
    return str(t.toString(QStringLiteral("HH:mm")));
}

JsonNode spans(const QList<TimeSpan> &list)
{
    JsonNode array = JsonNode::makeArray();
    for (const TimeSpan &span : list) {
        JsonNode pair = JsonNode::makeArray();
        pair.items.push_back(time(span.start));
        pair.items.push_back(time(span.end));
        array.items.push_back(std::move(pair));
    }
    return array;
}

JsonNode day(int index)
{
    return str(consignesnames::days().at(index));
}

JsonNode hours(const CoverageHours &hours)
{
    JsonNode node = JsonNode::makeObject();
    JsonNode &weekly = node.add(QStringLiteral("weekly"), JsonNode::makeObject());
    for (int d = 0; d < 7; ++d)
        weekly.add(consignesnames::days().at(d), spans(hours.weekly.days[static_cast<size_t>(d)]));
    node.add(QStringLiteral("closedOnPublicHolidays"), JsonNode::makeBool(hours.closedOnPublicHolidays));
    JsonNode &exceptions = node.add(QStringLiteral("exceptions"), JsonNode::makeArray());
    for (const DateException &e : hours.exceptions) {
        JsonNode item = JsonNode::makeObject();
        item.add(QStringLiteral("date"), str(e.date.toString(Qt::ISODate)));
        item.add(QStringLiteral("label"), str(e.label));
        item.add(QStringLiteral("hours"), spans(e.hours));
        exceptions.items.push_back(std::move(item));
    }
    return node;
}

void addConditions(JsonNode &parent, const RuleConditions &when)
{
    if (when == RuleConditions{})
        return;
    JsonNode &node = parent.add(QStringLiteral("when"), JsonNode::makeObject());
    if (!when.keywords.isEmpty())
        node.add(QStringLiteral("keywords"), strings(when.keywords));
    if (!when.answers.isEmpty()) {
        JsonNode &answers = node.add(QStringLiteral("answers"), JsonNode::makeArray());
        for (const AnswerCondition &a : when.answers) {
            JsonNode item = JsonNode::makeObject();
            item.add(QStringLiteral("field"), str(a.field));
            item.add(QStringLiteral("equals"), str(a.equals));
            answers.items.push_back(std::move(item));
        }
    }
    if (!when.callers.isEmpty())
        node.add(QStringLiteral("callers"), strings(when.callers));
    if (when.hours != HoursCondition::Any)
        node.add(QStringLiteral("hours"),
                 str(consignesnames::hoursConditions().at(static_cast<int>(when.hours))));
}

JsonNode checklistField(const ChecklistField &f)
{
    JsonNode node = JsonNode::makeObject();
    node.add(QStringLiteral("id"), str(f.id));
    node.add(QStringLiteral("label"), str(f.label));
    node.add(QStringLiteral("type"), str(consignesnames::fieldTypes().at(static_cast<int>(f.type))));
    node.add(QStringLiteral("required"), JsonNode::makeBool(f.required));
    if (!f.help.isEmpty())
        node.add(QStringLiteral("help"), str(f.help));
    if (!f.choices.isEmpty())
        node.add(QStringLiteral("choices"), strings(f.choices));
    return node;
}

JsonNode urgencyRule(const UrgencyRule &r)
{
    JsonNode node = JsonNode::makeObject();
    node.add(QStringLiteral("id"), str(r.id));
    node.add(QStringLiteral("description"), str(r.description));
    node.add(QStringLiteral("level"), str(r.level));
    addConditions(node, r.when);
    JsonNode &procedure = node.add(QStringLiteral("procedure"), JsonNode::makeObject());
    procedure.add(QStringLiteral("action"),
                  str(consignesnames::actions().at(static_cast<int>(r.procedure.action))));
    if (!r.procedure.target.isEmpty())
        procedure.add(QStringLiteral("target"), str(r.procedure.target));
    procedure.add(QStringLiteral("instructions"), str(r.procedure.instructions));
    if (!r.procedure.fallback.isEmpty())
        procedure.add(QStringLiteral("fallback"), str(r.procedure.fallback));
    return node;
}

JsonNode filteringRule(const FilteringRule &r)
{
    JsonNode node = JsonNode::makeObject();
    node.add(QStringLiteral("id"), str(r.id));
    node.add(QStringLiteral("description"), str(r.description));
    addConditions(node, r.when);
    node.add(QStringLiteral("say"), str(r.say));
    node.add(QStringLiteral("putThrough"), JsonNode::makeBool(r.putThrough));
    node.add(QStringLiteral("takeMessage"), JsonNode::makeBool(r.takeMessage));
    return node;
}

JsonNode person(const Person &p)
{
    JsonNode node = JsonNode::makeObject();
    node.add(QStringLiteral("id"), str(p.id));
    node.add(QStringLiteral("name"), str(p.name));
    node.add(QStringLiteral("role"), str(p.role));
    JsonNode &numbers = node.add(QStringLiteral("numbers"), JsonNode::makeArray());
    for (const ContactNumber &n : p.numbers) {
        JsonNode item = JsonNode::makeObject();
        item.add(QStringLiteral("label"), str(n.label));
        item.add(QStringLiteral("number"), str(n.number));
        numbers.items.push_back(std::move(item));
    }
    if (!p.email.isEmpty())
        node.add(QStringLiteral("email"), str(p.email));
    if (!p.availability.isEmpty())
        node.add(QStringLiteral("availability"), str(p.availability));
    return node;
}

JsonNode shift(const OnCallShift &s)
{
    JsonNode node = JsonNode::makeObject();
    node.add(QStringLiteral("person"), str(s.person));
    JsonNode &days = node.add(QStringLiteral("days"), JsonNode::makeArray());
    for (int d : s.days)
        days.items.push_back(day(d));
    node.add(QStringLiteral("from"), time(s.hours.start));
    node.add(QStringLiteral("to"), time(s.hours.end));
    return node;
}

JsonNode transmission(const TransmissionRule &t)
{
    JsonNode node = JsonNode::makeObject();
    node.add(QStringLiteral("urgency"), str(t.urgency));
    if (t.callType != CallType::Any) // the default is left out, so older files export unchanged
        node.add(QStringLiteral("callType"),
                 str(consignesnames::callTypes().at(static_cast<int>(t.callType))));
    JsonNode &channels = node.add(QStringLiteral("channels"), JsonNode::makeArray());
    for (Channel c : t.channels)
        channels.items.push_back(str(consignesnames::channels().at(static_cast<int>(c))));
    node.add(QStringLiteral("recipients"), strings(t.recipients));
    node.add(QStringLiteral("digest"), JsonNode::makeBool(t.digest));
    if (!t.digestTimes.isEmpty()) {
        JsonNode &times = node.add(QStringLiteral("digestTimes"), JsonNode::makeArray());
        for (const QTime &at : t.digestTimes)
            times.items.push_back(time(at));
    }
    node.add(QStringLiteral("acknowledgeWithinMinutes"), JsonNode::makeInteger(t.acknowledgeWithinMinutes));
    return node;
}

template <typename T, typename F> JsonNode list(const QList<T> &values, F encode)
{
    JsonNode array = JsonNode::makeArray();
    for (const T &v : values)
        array.items.push_back(encode(v));
    return array;
}

} // namespace

JsonNode encodeConsignes(const Consignes &c)
{
    JsonNode node = JsonNode::makeObject();
    node.add(QStringLiteral("code"), str(c.code));
    node.add(QStringLiteral("name"), str(c.name));
    node.add(QStringLiteral("sector"), str(c.sector));
    node.add(QStringLiteral("timeZone"), str(c.timeZone));
    node.add(QStringLiteral("dialedNumbers"), strings(c.dialedNumbers));
    node.add(QStringLiteral("hours"), hours(c.hours));
    JsonNode &greetings = node.add(QStringLiteral("greetings"), JsonNode::makeObject());
    greetings.add(QStringLiteral("open"), str(c.greetings.open));
    greetings.add(QStringLiteral("closed"), str(c.greetings.closed));
    greetings.add(QStringLiteral("overflow"), str(c.greetings.overflow));
    node.add(QStringLiteral("checklist"), list(c.checklist, checklistField));
    node.add(QStringLiteral("urgencyLevels"), list(c.urgencyLevels, [](const UrgencyLevel &l) {
                 JsonNode level = JsonNode::makeObject();
                 level.add(QStringLiteral("id"), str(l.id));
                 level.add(QStringLiteral("label"), str(l.label));
                 level.add(QStringLiteral("rank"), JsonNode::makeInteger(l.rank));
                 return level;
             }));
    node.add(QStringLiteral("defaultUrgency"), str(c.defaultUrgency));
    node.add(QStringLiteral("urgencyRules"), list(c.urgencyRules, urgencyRule));
    node.add(QStringLiteral("filteringRules"), list(c.filteringRules, filteringRule));
    node.add(QStringLiteral("directory"), list(c.directory, person));
    node.add(QStringLiteral("onCall"), list(c.onCall, shift));
    node.add(QStringLiteral("transmission"), list(c.transmission, transmission));
    node.add(QStringLiteral("faq"), list(c.faq, [](const FaqEntry &f) {
                 JsonNode entry = JsonNode::makeObject();
                 entry.add(QStringLiteral("question"), str(f.question));
                 entry.add(QStringLiteral("answer"), str(f.answer));
                 return entry;
             }));
    node.add(QStringLiteral("say"), strings(c.say));
    node.add(QStringLiteral("neverSay"), strings(c.neverSay));
    node.add(QStringLiteral("retentionDays"), JsonNode::makeInteger(c.retentionDays));
    return node;
}

} // namespace relais

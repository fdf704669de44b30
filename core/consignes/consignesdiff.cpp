// Compares two consignes section by section. Lists with ids are matched by id and lists of plain values
// by value; what stays in both but not in the longest common order is reported as moved.
#include "consignes/consignesdiff.h"

#include "consignes/consignesnames.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
#include <vector>

namespace relais {
namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under ConsignesDiffText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct ConsignesDiffText
{
    Q_DECLARE_TR_FUNCTIONS(ConsignesDiffText)
};

QString quoted(const QString &text)
{
    return ConsignesDiffText::tr("« %1 »").arg(text);
}

QString yesNo(bool value)
{
    return value ? ConsignesDiffText::tr("yes") : ConsignesDiffText::tr("no");
}

QString spanText(const TimeSpan &span)
{
    return span.start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
           span.end.toString(QStringLiteral("HH:mm"));
}

QString spansText(const QList<TimeSpan> &spans)
{
    if (spans.isEmpty())
        return ConsignesDiffText::tr("closed");
    QStringList parts;
    for (const TimeSpan &span : spans)
        parts.append(spanText(span));
    return parts.join(QStringLiteral(", "));
}

// The sentences for one kind of list item; %1 is the list's path, %2 the item, %3/%4 positions.
struct Words
{
    const char *added;
    const char *removed;
    const char *moved;
};

const Words kValueWords{QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: added %2"),
                        QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: removed %2"),
                        QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: moved %2 from position %3 to %4")};

// Keys present in both sequences that keep their relative order (a longest common subsequence);
// the other common keys were moved.
QSet<QString> keptInOrder(const QStringList &before, const QStringList &after)
{
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    std::vector<int> table(static_cast<size_t>((n + 1) * (m + 1)), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int & {
        return table[static_cast<size_t>(i * (m + 1) + j)];
    };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = before[i] == after[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    QSet<QString> kept;
    for (qsizetype i = 0, j = 0; i < n && j < m;) {
        if (before[i] == after[j]) {
            kept.insert(before[i]);
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    return kept;
}

class Differ final
{
public:
    QList<ConsignesChange> changes;

    void add(const QString &path, ConsignesChange::Kind kind, const QString &before, const QString &after,
             const QString &text)
    {
        changes.append(ConsignesChange{path, kind, before, after, text});
    }

    // A single value; `quote` for text people wrote, not for numbers, yes/no or enum names.
    void value(const QString &path, const QString &before, const QString &after, bool quote = true)
    {
        if (before == after)
            return;
        add(path, ConsignesChange::Kind::Changed, before, after,
            ConsignesDiffText::tr("%1: %2 → %3")
                .arg(path, quote ? quoted(before) : before, quote ? quoted(after) : after));
    }
    void flag(const QString &path, bool before, bool after)
    {
        value(path, yesNo(before), yesNo(after), false);
    }
    void number(const QString &path, int before, int after)
    {
        value(path, QString::number(before), QString::number(after), false);
    }

    // A list whose items are matched by `keys` (unique in each list); `labels` name them in sentences
    // and `compare(i, j)` reports what changed inside the items before[i] and after[j].
    void keyed(const QString &path, const QStringList &beforeKeys, const QStringList &afterKeys,
               const QStringList &beforeLabels, const QStringList &afterLabels, const Words &words,
               const std::function<void(qsizetype, qsizetype, const QString &)> &compare)
    {
        QHash<QString, qsizetype> beforeAt;
        QHash<QString, qsizetype> afterAt;
        for (qsizetype i = 0; i < beforeKeys.size(); ++i)
            beforeAt.insert(beforeKeys[i], i);
        for (qsizetype j = 0; j < afterKeys.size(); ++j)
            afterAt.insert(afterKeys[j], j);
        QStringList commonBefore;
        QStringList commonAfter;
        for (const QString &key : beforeKeys)
            if (afterAt.contains(key))
                commonBefore.append(key);
        for (const QString &key : afterKeys)
            if (beforeAt.contains(key))
                commonAfter.append(key);
        const QSet<QString> kept = keptInOrder(commonBefore, commonAfter);

        for (qsizetype i = 0; i < beforeKeys.size(); ++i) {
            if (afterAt.contains(beforeKeys[i]))
                continue;
            add(itemPath(path, beforeKeys[i], &words), ConsignesChange::Kind::Removed, beforeLabels[i], {},
                ConsignesDiffText::tr(words.removed).arg(path, quoted(beforeLabels[i])));
        }
        for (qsizetype j = 0; j < afterKeys.size(); ++j) {
            const QString &key = afterKeys[j];
            const auto found = beforeAt.constFind(key);
            if (found == beforeAt.constEnd()) {
                add(itemPath(path, key, &words), ConsignesChange::Kind::Added, {}, afterLabels[j],
                    ConsignesDiffText::tr(words.added).arg(path, quoted(afterLabels[j])));
                continue;
            }
            const qsizetype i = *found;
            if (!kept.contains(key))
                add(itemPath(path, key, &words), ConsignesChange::Kind::Moved, QString::number(i + 1),
                    QString::number(j + 1),
                    ConsignesDiffText::tr(words.moved)
                        .arg(path, quoted(afterLabels[j]), QString::number(i + 1), QString::number(j + 1)));
            if (compare)
                compare(i, j, itemPath(path, key, &words));
        }
    }

    // Plain values (keywords, dialed numbers, say…), matched by value.
    void strings(const QString &path, const QStringList &before, const QStringList &after,
                 const Words &words = kValueWords)
    {
        keyed(path, unique(before), unique(after), unique(before), unique(after), words, {});
    }

private:
    // Items with ids are named by id; plain values stay on the list's own path.
    static QString itemPath(const QString &path, const QString &key, const Words *words)
    {
        return words == &kValueWords ? path : path + QLatin1Char('[') + key + QLatin1Char(']');
    }
    // A value listed twice is one entry for the comparison (the reader refuses most duplicates anyway).
    static QStringList unique(const QStringList &list)
    {
        QStringList out;
        QSet<QString> seen;
        for (const QString &item : list)
            if (!seen.contains(item)) {
                seen.insert(item);
                out.append(item);
            }
        return out;
    }
};

template <typename T, typename Key> QStringList mapped(const QList<T> &items, Key key)
{
    QStringList out;
    for (const T &item : items)
        out.append(key(item));
    return out;
}

void diffConditions(Differ &d, const QString &path, const RuleConditions &b, const RuleConditions &a)
{
    d.strings(path + QStringLiteral(".keywords"), b.keywords, a.keywords);
    const auto answer = [](const AnswerCondition &c) -> QString {
        return c.field + QStringLiteral(" = ") + c.equals;
    };
    d.strings(path + QStringLiteral(".answers"), mapped(b.answers, answer), mapped(a.answers, answer));
    d.strings(path + QStringLiteral(".callers"), b.callers, a.callers);
    d.value(path + QStringLiteral(".hours"),
            consignesnames::hoursConditions().value(static_cast<int>(b.hours)),
            consignesnames::hoursConditions().value(static_cast<int>(a.hours)), false);
}

void diffHours(Differ &d, const CoverageHours &b, const CoverageHours &a)
{
    for (int day = 0; day < 7; ++day)
        d.value(QStringLiteral("hours.weekly.") + consignesnames::days()[day], spansText(b.weekly.days[day]),
                spansText(a.weekly.days[day]), false);
    d.flag(QStringLiteral("hours.closedOnPublicHolidays"), b.closedOnPublicHolidays,
           a.closedOnPublicHolidays);
    const auto date = [](const DateException &e) -> QString { return e.date.toString(Qt::ISODate); };
    const auto label = [](const DateException &e) -> QString {
        return e.label.isEmpty() ? e.date.toString(Qt::ISODate)
                                 : e.date.toString(Qt::ISODate) + QStringLiteral(" ") + e.label;
    };
    d.keyed(QStringLiteral("hours.exceptions"), mapped(b.exceptions, date), mapped(a.exceptions, date),
            mapped(b.exceptions, label), mapped(a.exceptions, label),
            {QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: added exception %2"),
             QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: removed exception %2"),
             QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: moved exception %2 from position %3 to %4")},
            [&](qsizetype i, qsizetype j, const QString &p) {
                d.value(p + QStringLiteral(".label"), b.exceptions[i].label, a.exceptions[j].label);
                d.value(p + QStringLiteral(".hours"), spansText(b.exceptions[i].hours),
                        spansText(a.exceptions[j].hours), false);
            });
}

void diffChecklist(Differ &d, const QList<ChecklistField> &b, const QList<ChecklistField> &a)
{
    const auto id = [](const ChecklistField &f) -> QString { return f.id; };
    const auto label = [](const ChecklistField &f) -> QString { return f.label; };
    const auto type = [](FieldType t) { return consignesnames::fieldTypes().value(static_cast<int>(t)); };
    d.keyed(QStringLiteral("checklist"), mapped(b, id), mapped(a, id), mapped(b, label), mapped(a, label),
            {QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: added field %2"),
             QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: removed field %2"),
             QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: moved field %2 from position %3 to %4")},
            [&](qsizetype i, qsizetype j, const QString &p) {
                d.value(p + QStringLiteral(".label"), b[i].label, a[j].label);
                d.value(p + QStringLiteral(".type"), type(b[i].type), type(a[j].type), false);
                d.flag(p + QStringLiteral(".required"), b[i].required, a[j].required);
                d.value(p + QStringLiteral(".help"), b[i].help, a[j].help);
                d.strings(p + QStringLiteral(".choices"), b[i].choices, a[j].choices);
            });
}

void diffUrgency(Differ &d, const Consignes &b, const Consignes &a)
{
    const auto levelId = [](const UrgencyLevel &l) -> QString { return l.id; };
    const auto levelLabel = [](const UrgencyLevel &l) -> QString { return l.label; };
    d.keyed(QStringLiteral("urgencyLevels"), mapped(b.urgencyLevels, levelId),
            mapped(a.urgencyLevels, levelId), mapped(b.urgencyLevels, levelLabel),
            mapped(a.urgencyLevels, levelLabel),
            {QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: added level %2"),
             QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: removed level %2"),
             QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: moved level %2 from position %3 to %4")},
            [&](qsizetype i, qsizetype j, const QString &p) {
                d.value(p + QStringLiteral(".label"), b.urgencyLevels[i].label, a.urgencyLevels[j].label);
                d.number(p + QStringLiteral(".rank"), b.urgencyLevels[i].rank, a.urgencyLevels[j].rank);
            });
    d.value(QStringLiteral("defaultUrgency"), b.defaultUrgency, a.defaultUrgency);

    const auto ruleId = [](const UrgencyRule &r) -> QString { return r.id; };
    const auto ruleLabel = [](const UrgencyRule &r) -> QString {
        return r.description.isEmpty() ? r.id : r.description;
    };
    const auto action = [](ProcedureAction x) {
        return consignesnames::actions().value(static_cast<int>(x));
    };
    d.keyed(QStringLiteral("urgencyRules"), mapped(b.urgencyRules, ruleId), mapped(a.urgencyRules, ruleId),
            mapped(b.urgencyRules, ruleLabel), mapped(a.urgencyRules, ruleLabel),
            {QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: added rule %2"),
             QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: removed rule %2"),
             QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: moved rule %2 from position %3 to %4")},
            [&](qsizetype i, qsizetype j, const QString &p) {
                const UrgencyRule &x = b.urgencyRules[i];
                const UrgencyRule &y = a.urgencyRules[j];
                d.value(p + QStringLiteral(".description"), x.description, y.description);
                d.value(p + QStringLiteral(".level"), x.level, y.level);
                diffConditions(d, p + QStringLiteral(".when"), x.when, y.when);
                const QString proc = p + QStringLiteral(".procedure");
                d.value(proc + QStringLiteral(".action"), action(x.procedure.action),
                        action(y.procedure.action), false);
                d.value(proc + QStringLiteral(".target"), x.procedure.target, y.procedure.target);
                d.value(proc + QStringLiteral(".instructions"), x.procedure.instructions,
                        y.procedure.instructions);
                d.value(proc + QStringLiteral(".fallback"), x.procedure.fallback, y.procedure.fallback);
            });
}

void diffFiltering(Differ &d, const QList<FilteringRule> &b, const QList<FilteringRule> &a)
{
    const auto id = [](const FilteringRule &r) -> QString { return r.id; };
    const auto label = [](const FilteringRule &r) -> QString {
        return r.description.isEmpty() ? r.id : r.description;
    };
    d.keyed(QStringLiteral("filteringRules"), mapped(b, id), mapped(a, id), mapped(b, label),
            mapped(a, label),
            {QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: added filtering rule %2"),
             QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: removed filtering rule %2"),
             QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: moved filtering rule %2 from position %3 to %4")},
            [&](qsizetype i, qsizetype j, const QString &p) {
                d.value(p + QStringLiteral(".description"), b[i].description, a[j].description);
                diffConditions(d, p + QStringLiteral(".when"), b[i].when, a[j].when);
                d.value(p + QStringLiteral(".say"), b[i].say, a[j].say);
                d.flag(p + QStringLiteral(".putThrough"), b[i].putThrough, a[j].putThrough);
                d.flag(p + QStringLiteral(".takeMessage"), b[i].takeMessage, a[j].takeMessage);
            });
}

void diffDirectory(Differ &d, const QList<Person> &b, const QList<Person> &a)
{
    const auto id = [](const Person &p) -> QString { return p.id; };
    const auto name = [](const Person &p) -> QString { return p.name; };
    const auto number = [](const ContactNumber &n) -> QString {
        return n.label.isEmpty() ? n.number : n.label + QStringLiteral(": ") + n.number;
    };
    d.keyed(QStringLiteral("directory"), mapped(b, id), mapped(a, id), mapped(b, name), mapped(a, name),
            {QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: added person %2"),
             QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: removed person %2"),
             QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: moved person %2 from position %3 to %4")},
            [&](qsizetype i, qsizetype j, const QString &p) {
                d.value(p + QStringLiteral(".name"), b[i].name, a[j].name);
                d.value(p + QStringLiteral(".role"), b[i].role, a[j].role);
                d.strings(p + QStringLiteral(".numbers"), mapped(b[i].numbers, number),
                          mapped(a[j].numbers, number));
                d.value(p + QStringLiteral(".email"), b[i].email, a[j].email);
                d.value(p + QStringLiteral(".availability"), b[i].availability, a[j].availability);
            });
}

// Shifts and transmission rules have no id: each is compared as one sentence.
QString shiftText(const OnCallShift &s)
{
    QStringList days;
    for (int day : s.days)
        days.append(consignesnames::days().value(day));
    return s.person + QLatin1Char(' ') + days.join(QStringLiteral(", ")) + QLatin1Char(' ') +
           spanText(s.hours);
}

QString transmissionText(const TransmissionRule &t)
{
    QStringList channels;
    for (Channel c : t.channels)
        channels.append(consignesnames::channels().value(static_cast<int>(c)));
    QString text = t.urgency;
    if (t.callType != CallType::Any)
        text += QLatin1Char('/') + consignesnames::callTypes().at(static_cast<int>(t.callType));
    text += QStringLiteral(" → ") + channels.join(QStringLiteral(", ")) + QStringLiteral(" → ") +
            t.recipients.join(QStringLiteral(", "));
    if (t.digest) {
        QStringList times;
        for (const QTime &time : t.digestTimes)
            times.append(time.toString(QStringLiteral("HH:mm")));
        text +=
            QLatin1Char(' ') + ConsignesDiffText::tr("digest at %1").arg(times.join(QStringLiteral(", ")));
    }
    if (t.acknowledgeWithinMinutes > 0)
        text += QLatin1Char(' ') +
                ConsignesDiffText::tr("acknowledged within %1 min").arg(t.acknowledgeWithinMinutes);
    return text;
}

} // namespace

QList<ConsignesChange> diffConsignes(const Consignes &before, const Consignes &after)
{
    Differ d;
    d.value(QStringLiteral("code"), before.code, after.code);
    d.value(QStringLiteral("name"), before.name, after.name);
    d.value(QStringLiteral("sector"), before.sector, after.sector);
    d.value(QStringLiteral("timeZone"), before.timeZone, after.timeZone, false);
    d.strings(QStringLiteral("dialedNumbers"), before.dialedNumbers, after.dialedNumbers);
    diffHours(d, before.hours, after.hours);
    d.value(QStringLiteral("greetings.open"), before.greetings.open, after.greetings.open);
    d.value(QStringLiteral("greetings.closed"), before.greetings.closed, after.greetings.closed);
    d.value(QStringLiteral("greetings.overflow"), before.greetings.overflow, after.greetings.overflow);
    diffChecklist(d, before.checklist, after.checklist);
    diffUrgency(d, before, after);
    diffFiltering(d, before.filteringRules, after.filteringRules);
    diffDirectory(d, before.directory, after.directory);
    d.strings(QStringLiteral("onCall"), mapped(before.onCall, shiftText), mapped(after.onCall, shiftText));
    d.strings(QStringLiteral("transmission"), mapped(before.transmission, transmissionText),
              mapped(after.transmission, transmissionText));
    const auto question = [](const FaqEntry &f) -> QString { return f.question; };
    d.keyed(QStringLiteral("faq"), mapped(before.faq, question), mapped(after.faq, question),
            mapped(before.faq, question), mapped(after.faq, question),
            {QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: added question %2"),
             QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: removed question %2"),
             QT_TRANSLATE_NOOP("ConsignesDiffText", "%1: moved question %2 from position %3 to %4")},
            [&](qsizetype i, qsizetype j, const QString &p) {
                d.value(p + QStringLiteral(".answer"), before.faq[i].answer, after.faq[j].answer);
            });
    d.strings(QStringLiteral("say"), before.say, after.say);
    d.strings(QStringLiteral("neverSay"), before.neverSay, after.neverSay);
    d.number(QStringLiteral("retentionDays"), before.retentionDays, after.retentionDays);
    return d.changes;
}

QString changeKindName(ConsignesChange::Kind kind)
{
    switch (kind) {
    case ConsignesChange::Kind::Added:
        return ConsignesDiffText::tr("added");
    case ConsignesChange::Kind::Removed:
        return ConsignesDiffText::tr("removed");
    case ConsignesChange::Kind::Changed:
        return ConsignesDiffText::tr("changed");
    case ConsignesChange::Kind::Moved:
        return ConsignesDiffText::tr("moved");
    }
    return {};
}

} // namespace relais

// Cross-field checks of one client's consignes.
#include "consignes/consignesvalidator.h"

#include "consignes/consignesnames.h"

#include <QCoreApplication>
#include <QSet>

namespace relais {
namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under ConsignesText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct ConsignesText
{
    Q_DECLARE_TR_FUNCTIONS(ConsignesText)
};

QString at(const QString &path, const char *key, qsizetype index = -1)
{
    QString p = path + QLatin1Char('.') + QLatin1String(key);
    if (index >= 0)
        p += QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    return p;
}

QString spanText(const TimeSpan &s)
{
    return s.start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
           s.end.toString(QStringLiteral("HH:mm"));
}

// Minutes [from, to) covered by a span; an end at or before the start runs past midnight, so 08:00–08:00
// is 24 hours and 00:00–00:00 the whole day (as rules/timespans.h reads them).
std::pair<int, int> minutes(const TimeSpan &s)
{
    const int from = s.start.msecsSinceStartOfDay() / 60000;
    int to = s.end.msecsSinceStartOfDay() / 60000;
    if (to <= from)
        to += 24 * 60;
    return {from, to};
}

class Checker
{
public:
    explicit Checker(const Consignes &c, QString path)
        : m_c(c)
        , m_path(std::move(path))
    {}

    QList<ConsignesIssue> run()
    {
        checkNumbers();
        checkHours();
        checkGreetings();
        checkChecklist();
        checkUrgency();
        checkFiltering();
        checkPeople();
        checkTransmission();
        return m_issues;
    }

private:
    void issue(const QString &path, const QString &what) { m_issues << ConsignesIssue{path, what}; }

    // Reports the second of two equal ids, naming where the first was.
    void unique(const QStringList &ids, const char *key, const char *idKey, const QString &kind)
    {
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const auto first = seen.constFind(ids[i]);
            if (first != seen.constEnd())
                issue(at(at(m_path, key, i), idKey), ConsignesText::tr("duplicate %1 \"%2\" (first at %3)")
                                                         .arg(kind, ids[i], at(m_path, key, *first)));
            else
                seen.insert(ids[i], i);
        }
    }

    void checkNumbers()
    {
        for (qsizetype i = 0; i < m_c.dialedNumbers.size(); ++i) {
            const qsizetype first = m_c.dialedNumbers.indexOf(m_c.dialedNumbers[i]);
            if (first < i)
                issue(at(m_path, "dialedNumbers", i),
                      ConsignesText::tr("duplicate dialed number %1 (first at %2)")
                          .arg(m_c.dialedNumbers[i], at(m_path, "dialedNumbers", first)));
        }
    }

    void checkSpans(const QList<TimeSpan> &spans, const QString &path)
    {
        for (qsizetype i = 0; i < spans.size(); ++i) {
            const TimeSpan &s = spans[i];
            const auto [from, to] = minutes(s);
            for (qsizetype k = 0; k < i; ++k) {
                const auto [otherFrom, otherTo] = minutes(spans[k]);
                if (from < otherTo && otherFrom < to)
                    issue(path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                          ConsignesText::tr("span %1 overlaps span %2 of the same day")
                              .arg(spanText(s), spanText(spans[k])));
            }
        }
    }

    void checkHours()
    {
        const QString hours = at(m_path, "hours");
        for (int d = 0; d < 7; ++d)
            checkSpans(m_c.hours.weekly.days[static_cast<size_t>(d)],
                       at(hours, "weekly") + QLatin1Char('.') + consignesnames::days().at(d));
        QHash<QDate, qsizetype> dates;
        for (qsizetype i = 0; i < m_c.hours.exceptions.size(); ++i) {
            const DateException &e = m_c.hours.exceptions[i];
            if (dates.contains(e.date))
                issue(at(at(hours, "exceptions", i), "date"),
                      ConsignesText::tr("duplicate exception date %1 (first at %2)")
                          .arg(e.date.toString(Qt::ISODate), at(hours, "exceptions", dates.value(e.date))));
            dates.insert(e.date, i);
            checkSpans(e.hours, at(at(hours, "exceptions", i), "hours"));
        }
    }

    void checkGreetings()
    {
        const QString g = at(m_path, "greetings");
        const std::pair<const char *, const QString *> texts[] = {{"open", &m_c.greetings.open},
                                                                  {"closed", &m_c.greetings.closed},
                                                                  {"overflow", &m_c.greetings.overflow}};
        for (const auto &[key, text] : texts) {
            const QString problem = checkGreetingTemplate(*text);
            if (!problem.isEmpty())
                issue(at(g, key), problem);
        }
    }

    void checkChecklist()
    {
        QStringList ids;
        for (qsizetype i = 0; i < m_c.checklist.size(); ++i) {
            const ChecklistField &f = m_c.checklist[i];
            ids << f.id;
            const QString p = at(m_path, "checklist", i);
            if (f.type == FieldType::Choice && f.choices.isEmpty())
                issue(at(p, "type"), ConsignesText::tr("a choice field needs a non-empty \"choices\" list"));
            if (f.type != FieldType::Choice && !f.choices.isEmpty())
                issue(at(p, "choices"), ConsignesText::tr("\"choices\" is only for fields of type choice"));
        }
        unique(ids, "checklist", "id", ConsignesText::tr("checklist field id"));
    }

    void checkConditions(const RuleConditions &when, const QString &path)
    {
        for (qsizetype k = 0; k < when.answers.size(); ++k) {
            const AnswerCondition &a = when.answers[k];
            const QString p = at(path, "answers", k);
            const ChecklistField *field = nullptr;
            for (const ChecklistField &f : m_c.checklist)
                if (f.id == a.field)
                    field = &f;
            if (!field) {
                issue(at(p, "field"), ConsignesText::tr("unknown checklist field \"%1\"").arg(a.field));
                continue;
            }
            if (field->type == FieldType::YesNo &&
                a.equals.compare(QLatin1String("oui"), Qt::CaseInsensitive) != 0 &&
                a.equals.compare(QLatin1String("non"), Qt::CaseInsensitive) != 0)
                issue(at(p, "equals"),
                      ConsignesText::tr("field \"%1\" is yes/no: expected \"oui\" or \"non\"; found \"%2\"")
                          .arg(a.field, a.equals));
            if (field->type == FieldType::Choice && !field->choices.contains(a.equals, Qt::CaseInsensitive))
                issue(at(p, "equals"),
                      ConsignesText::tr("expected one of the choices of \"%1\" (%2); found \"%3\"")
                          .arg(a.field, field->choices.join(QStringLiteral(", ")), a.equals));
        }
    }

    void checkUrgency()
    {
        QStringList levels;
        for (const UrgencyLevel &l : m_c.urgencyLevels)
            levels << l.id;
        unique(levels, "urgencyLevels", "id", ConsignesText::tr("urgency level id"));
        if (!m_c.defaultUrgency.isEmpty() && !m_c.urgencyLevel(m_c.defaultUrgency))
            issue(at(m_path, "defaultUrgency"),
                  ConsignesText::tr("unknown urgency level \"%1\"").arg(m_c.defaultUrgency));
        else if (m_c.defaultUrgency.isEmpty() && !levels.isEmpty())
            issue(at(m_path, "defaultUrgency"),
                  ConsignesText::tr("missing: name the level used when no rule matches"));
        QStringList ids;
        for (qsizetype i = 0; i < m_c.urgencyRules.size(); ++i) {
            const UrgencyRule &r = m_c.urgencyRules[i];
            ids << r.id;
            const QString p = at(m_path, "urgencyRules", i);
            if (!m_c.urgencyLevel(r.level))
                issue(at(p, "level"), ConsignesText::tr("unknown urgency level \"%1\"").arg(r.level));
            checkConditions(r.when, at(p, "when"));
            const QString pp = at(p, "procedure");
            switch (r.procedure.action) {
            case ProcedureAction::Transfer:
                if (r.procedure.target.isEmpty())
                    issue(pp, ConsignesText::tr("a transfer needs a \"target\" (a directory person id)"));
                else if (!m_c.person(r.procedure.target))
                    issue(at(pp, "target"),
                          ConsignesText::tr("unknown directory person \"%1\"").arg(r.procedure.target));
                break;
            case ProcedureAction::PageOnCall:
                if (m_c.onCall.isEmpty())
                    issue(at(pp, "action"),
                          ConsignesText::tr("pageOnCall needs an on-call rota (\"onCall\" is empty)"));
                [[fallthrough]];
            case ProcedureAction::MessageOnly:
                if (!r.procedure.target.isEmpty())
                    issue(at(pp, "target"), ConsignesText::tr("only a transfer has a target"));
                break;
            }
        }
        unique(ids, "urgencyRules", "id", ConsignesText::tr("urgency rule id"));
    }

    void checkFiltering()
    {
        QStringList ids;
        for (qsizetype i = 0; i < m_c.filteringRules.size(); ++i) {
            ids << m_c.filteringRules[i].id;
            checkConditions(m_c.filteringRules[i].when, at(at(m_path, "filteringRules", i), "when"));
        }
        unique(ids, "filteringRules", "id", ConsignesText::tr("filtering rule id"));
    }

    void checkPeople()
    {
        QStringList ids;
        for (const Person &p : m_c.directory)
            ids << p.id;
        unique(ids, "directory", "id", ConsignesText::tr("directory person id"));
        for (qsizetype i = 0; i < m_c.onCall.size(); ++i) {
            const OnCallShift &s = m_c.onCall[i];
            const QString p = at(m_path, "onCall", i);
            if (!m_c.person(s.person))
                issue(at(p, "person"), ConsignesText::tr("unknown directory person \"%1\"").arg(s.person));
            if (s.days.isEmpty())
                issue(at(p, "days"), ConsignesText::tr("expected at least one day"));
            for (qsizetype k = 0; k < s.days.size(); ++k)
                if (s.days.indexOf(s.days[k]) < k)
                    issue(at(p, "days", k), ConsignesText::tr("day \"%1\" is listed twice")
                                                .arg(consignesnames::days().at(s.days[k])));
        }
    }

    void checkTransmission()
    {
        for (qsizetype i = 0; i < m_c.transmission.size(); ++i) {
            const TransmissionRule &t = m_c.transmission[i];
            const QString p = at(m_path, "transmission", i);
            if (t.urgency != consignesnames::everyLevel() && !m_c.urgencyLevel(t.urgency))
                issue(at(p, "urgency"),
                      ConsignesText::tr("unknown urgency level \"%1\" (or \"*\" for every level)")
                          .arg(t.urgency));
            if (t.channels.isEmpty())
                issue(at(p, "channels"), ConsignesText::tr("expected at least one channel: email, sms"));
            if (t.recipients.isEmpty())
                issue(at(p, "recipients"), ConsignesText::tr("expected at least one recipient"));
            for (qsizetype k = 0; k < t.recipients.size(); ++k) {
                const QString &r = t.recipients[k];
                if (r == consignesnames::onCallRecipient() && m_c.onCall.isEmpty())
                    issue(at(p, "recipients", k),
                          ConsignesText::tr("\"oncall\" needs an on-call rota (\"onCall\" is empty)"));
                else if (r != consignesnames::onCallRecipient() && !m_c.person(r))
                    issue(at(p, "recipients", k),
                          ConsignesText::tr("unknown directory person \"%1\" (or \"oncall\")").arg(r));
            }
            if (t.digest && t.digestTimes.isEmpty())
                issue(at(p, "digest"), ConsignesText::tr("a digest needs \"digestTimes\""));
            if (!t.digest && !t.digestTimes.isEmpty())
                issue(at(p, "digestTimes"),
                      ConsignesText::tr("\"digestTimes\" is only for a digest (\"digest\": true)"));
        }
    }

    const Consignes &m_c;
    QString m_path;
    QList<ConsignesIssue> m_issues;
};

} // namespace

const QStringList &greetingVariables()
{
    static const QStringList names{QStringLiteral("salutation"), QStringLiteral("client"),
                                   QStringLiteral("operator")};
    return names;
}

QString checkGreetingTemplate(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('}'))
            return ConsignesText::tr("unmatched '}' at character %1").arg(i + 1);
        if (c != QLatin1Char('{')) {
            ++i;
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
        if (close < 0)
            return ConsignesText::tr("unmatched '{' at character %1").arg(i + 1);
        const QString name = text.mid(i + 1, close - i - 1);
        if (!greetingVariables().contains(name))
            return ConsignesText::tr("unknown variable {%1}; known: {salutation}, {client}, {operator}")
                .arg(name);
        i = close + 1;
    }
    return {};
}

QList<ConsignesIssue> validateConsignes(const Consignes &consignes, const QString &path)
{
    return Checker(consignes, path).run();
}

} // namespace relais

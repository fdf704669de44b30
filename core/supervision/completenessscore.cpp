// Scores a message's completeness against the consignes version the operator had on screen.
#include "supervision/completenessscore.h"

#include "consignes/consignes.h"
#include "messages/message.h"
#include "phone/phonenumbers.h"
#include "supervision/callrecord.h"

#include <QCoreApplication>

#include <cmath>

namespace relais {
namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under CompletenessScoreText, the context tr() uses
// at runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct CompletenessScoreText
{
    Q_DECLARE_TR_FUNCTIONS(CompletenessScoreText)
};

constexpr int kRequiredWeight = 40;
constexpr int kCallbackWeight = 20;
constexpr int kUrgencyWeight = 20;
constexpr int kTimeWeight = 20;
constexpr qint64 kFullTimeSeconds = 180;
constexpr qint64 kHalfTimeSeconds = 300;

QString duration(qint64 seconds)
{
    return seconds < 60 ? CompletenessScoreText::tr("%1 s").arg(seconds)
                        : CompletenessScoreText::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

CompletenessCheck required(const Message &m, const Consignes &c)
{
    QStringList missing;
    int count = 0;
    for (const ChecklistField &field : c.checklist) {
        if (!field.required)
            continue;
        ++count;
        if (m.answers.value(field.id).trimmed().isEmpty())
            missing << field.label;
    }
    if (count == 0)
        return {QStringLiteral("required"), kRequiredWeight, kRequiredWeight,
                CompletenessScoreText::tr("The checklist has no required field")};
    const int answered = count - int(missing.size());
    const int points = int(std::lround(double(kRequiredWeight) * answered / count));
    if (missing.isEmpty())
        return {QStringLiteral("required"), points, kRequiredWeight,
                CompletenessScoreText::tr("All %1 required fields answered").arg(count)};
    return {QStringLiteral("required"), points, kRequiredWeight,
            CompletenessScoreText::tr("%1 of %2 required fields answered; missing: %3")
                .arg(answered)
                .arg(count)
                .arg(missing.join(QStringLiteral(", ")))};
}

// The callback number is the answer of the checklist's phone field ("callback_number" first), else
// the caller's number as the PBX gave it.
CompletenessCheck callback(const Message &m, const Consignes *c, const PhoneNumbers &phones)
{
    QString number;
    if (c) {
        for (const ChecklistField &field : c->checklist)
            if (field.type == FieldType::Phone && number.isEmpty())
                number = m.answers.value(field.id).trimmed();
        if (m.answers.contains(QStringLiteral("callback_number")))
            number = m.answers.value(QStringLiteral("callback_number")).trimmed();
    }
    if (number.isEmpty())
        number = m.callerNumber.trimmed();
    if (number.isEmpty())
        return {QStringLiteral("callback"), 0, kCallbackWeight,
                CompletenessScoreText::tr("No callback number")};
    const Result<PhoneNumber> parsed = phones.parse(number);
    if (!parsed)
        return {QStringLiteral("callback"), 0, kCallbackWeight,
                CompletenessScoreText::tr("The callback number \"%1\" is not valid: %2")
                    .arg(number, parsed.error().what)};
    return {QStringLiteral("callback"), kCallbackWeight, kCallbackWeight,
            CompletenessScoreText::tr("The callback number %1 is valid").arg(parsed->national)};
}

bool hasAction(const Message &m, ActionKind kind)
{
    for (const ActionTaken &a : m.actions)
        if (a.kind == kind)
            return true;
    return false;
}

// The level's rules say what it asks for: a transfer, a page of the on-call person, or a message
// only. Any one of the actions its rules ask for is enough (two rules may name different procedures).
CompletenessCheck urgency(const Message &m, const Consignes &c)
{
    if (m.urgency.isEmpty())
        return {QStringLiteral("urgency"), kUrgencyWeight, kUrgencyWeight,
                CompletenessScoreText::tr("No urgency level: no procedure")};
    const UrgencyLevel *level = c.urgencyLevel(m.urgency);
    if (!level)
        return {
            QStringLiteral("urgency"), 0, kUrgencyWeight,
            CompletenessScoreText::tr("The urgency level \"%1\" is not one of the client's").arg(m.urgency)};
    QStringList asked;
    bool followed = false;
    for (const UrgencyRule &rule : c.urgencyRules) {
        if (rule.level != m.urgency || rule.procedure.action == ProcedureAction::MessageOnly)
            continue;
        const bool transfer = rule.procedure.action == ProcedureAction::Transfer;
        const QString what = transfer ? CompletenessScoreText::tr("a transfer")
                                      : CompletenessScoreText::tr("a page of the on-call person");
        if (!asked.contains(what))
            asked << what;
        followed = followed || hasAction(m, transfer ? ActionKind::Transfer : ActionKind::Page);
    }
    if (asked.isEmpty())
        return {QStringLiteral("urgency"), kUrgencyWeight, kUrgencyWeight,
                CompletenessScoreText::tr("Urgency \"%1\" asks for a message only").arg(level->label)};
    if (followed)
        return {QStringLiteral("urgency"), kUrgencyWeight, kUrgencyWeight,
                CompletenessScoreText::tr("Urgency \"%1\": the procedure's action was recorded")
                    .arg(level->label)};
    return {QStringLiteral("urgency"), 0, kUrgencyWeight,
            CompletenessScoreText::tr("Urgency \"%1\" asks for %2; none was recorded")
                .arg(level->label, asked.join(CompletenessScoreText::tr(" or ")))};
}

CompletenessCheck timeToComplete(const std::optional<CallRecord> &call)
{
    if (!call || !call->answeredAt.isValid() || !call->outcomeAt.isValid())
        return {QStringLiteral("time"), 0, 0,
                CompletenessScoreText::tr("No call record to time the message by")};
    const qint64 seconds = std::max<qint64>(0, call->answeredAt.secsTo(call->outcomeAt));
    if (seconds <= kFullTimeSeconds)
        return {QStringLiteral("time"), kTimeWeight, kTimeWeight,
                CompletenessScoreText::tr("Completed in %1 after the answer").arg(duration(seconds))};
    if (seconds <= kHalfTimeSeconds)
        return {QStringLiteral("time"), kTimeWeight / 2, kTimeWeight,
                CompletenessScoreText::tr("Completed in %1 after the answer (over 3 min)")
                    .arg(duration(seconds))};
    return {
        QStringLiteral("time"), 0, kTimeWeight,
        CompletenessScoreText::tr("Completed in %1 after the answer (over 5 min)").arg(duration(seconds))};
}

} // namespace

CompletenessScore scoreCompleteness(const Message &message, const Consignes *consignes,
                                    const std::optional<CallRecord> &call, const PhoneNumbers &phones)
{
    CompletenessScore result;
    // A filtered caller is not asked the checklist, and a missing consignes version cannot say what
    // was required: those criteria do not apply rather than counting as failures.
    const bool filtered = callOutcomeOf(message) == CallOutcome::Filtered;
    if (!consignes)
        result.checks << CompletenessCheck{
            QStringLiteral("required"), 0, 0,
            CompletenessScoreText::tr("Consignes version %1 of %2 not found: required fields "
                                      "and urgency not checked")
                .arg(message.consignesVersion)
                .arg(message.clientCode)};
    else if (filtered)
        result.checks << CompletenessCheck{QStringLiteral("required"), 0, 0,
                                           CompletenessScoreText::tr("Filtered call: no checklist asked")};
    else
        result.checks << required(message, *consignes);
    if (!filtered)
        result.checks << callback(message, consignes, phones);
    if (consignes)
        result.checks << urgency(message, *consignes);
    result.checks << timeToComplete(call);

    int points = 0;
    int max = 0;
    for (const CompletenessCheck &check : result.checks) {
        points += check.points;
        max += check.maxPoints;
    }
    result.score = max > 0 ? int(std::lround(100.0 * points / max)) : 0;
    return result;
}

} // namespace relais

// The client's consignes: plain values describing how the service answers for one client account.
// The JSON format is documented in docs/consignes.md; consignesjson.h reads and writes it.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <array>
#include <optional>

namespace relais {

// A span of local time on one day. `end` == 00:00 means midnight at the end of the day; a span whose
// end is before its start runs past midnight (18:00–08:00).
struct TimeSpan
{
    QTime start;
    QTime end;
    bool operator==(const TimeSpan &) const = default;
};

// Days are indexed Monday = 0 … Sunday = 6 (Qt's dayOfWeek() - 1).
struct WeeklyHours
{
    std::array<QList<TimeSpan>, 7> days;
    bool operator==(const WeeklyHours &) const = default;
};

// A date whose hours differ from the week's: a closure, a public holiday worked, a short day.
struct DateException
{
    QDate date;
    QString label;         // "Fermeture annuelle", "Pont de l'Ascension"
    QList<TimeSpan> hours; // empty: closed all day
    bool operator==(const DateException &) const = default;
};

// When the client's office is open. Outside it, the greeting's closed variant is used.
struct CoverageHours
{
    WeeklyHours weekly;
    bool closedOnPublicHolidays = true; // French public holidays (metropolitan calendar)
    QList<DateException> exceptions;
    bool operator==(const CoverageHours &) const = default;
};

// Greeting templates. Variables: {salutation} (Bonjour/Bonsoir), {client}, {operator}.
struct Greetings
{
    QString open;
    QString closed;   // empty: the open text is used
    QString overflow; // said when the call overflowed from the client's own switchboard; may be empty
    bool operator==(const Greetings &) const = default;
};

enum class FieldType
{
    Text,
    MultilineText,
    Phone,
    Email,
    Choice,
    YesNo,
    DateTime
};

struct ChecklistField
{
    QString id;    // stable key, e.g. "callback_number"; answers are stored under it
    QString label; // "Numéro de rappel"
    FieldType type = FieldType::Text;
    bool required = false;
    QString help;        // what to ask, in the operator's words
    QStringList choices; // for Choice
    bool operator==(const ChecklistField &) const = default;
};

struct UrgencyLevel
{
    QString id;    // "urgent"
    QString label; // "Urgent"
    int rank = 0;  // higher is more urgent; the rule with the highest rank wins
    bool operator==(const UrgencyLevel &) const = default;
};

enum class ProcedureAction
{
    MessageOnly,
    Transfer,
    PageOnCall
};

struct Procedure
{
    ProcedureAction action = ProcedureAction::MessageOnly;
    QString target;       // directory person id for Transfer; empty for PageOnCall (the rota decides)
    QString instructions; // what the operator does and says, in words
    QString fallback;     // what to do if the transfer or page fails
    bool operator==(const Procedure &) const = default;
};

enum class HoursCondition
{
    Any,
    Open,
    Closed
};

// Every condition present must hold (AND); a list holds when any of its entries matches (OR).
struct AnswerCondition
{
    QString field;  // checklist field id
    QString equals; // exact answer (case-insensitive); for YesNo: "oui"/"non"
    bool operator==(const AnswerCondition &) const = default;
};

struct RuleConditions
{
    QStringList keywords;           // any of these words in the caller's words or answers
    QList<AnswerCondition> answers; // all of these
    QStringList callers;            // caller numbers (E.164) this rule applies to
    HoursCondition hours = HoursCondition::Any;
    bool operator==(const RuleConditions &) const = default;
};

struct UrgencyRule
{
    QString id;
    QString description; // the rule in plain words, shown in the pop
    QString level;       // UrgencyLevel id
    RuleConditions when;
    Procedure procedure;
    bool operator==(const UrgencyRule &) const = default;
};

struct FilteringRule
{
    QString id;
    QString description; // "Démarchage commercial"
    RuleConditions when;
    QString say;             // what to say to this caller
    bool putThrough = false; // false: not put through, short filtered outcome
    bool takeMessage = false;
    bool operator==(const FilteringRule &) const = default;
};

struct ContactNumber
{
    QString label;  // "Portable", "Cabinet"
    QString number; // E.164
    bool operator==(const ContactNumber &) const = default;
};

struct Person
{
    QString id;
    QString name;
    QString role;
    QList<ContactNumber> numbers;
    QString email;
    QString availability; // when reachable, in words ("lundi–vendredi 9h–12h")
    bool operator==(const Person &) const = default;
};

// A weekly on-call duty: `person` is on call on `days` from `hours.start` to `hours.end`
// (running into the next day when end < start).
struct OnCallShift
{
    QString person;
    QList<int> days; // 0 = Monday
    TimeSpan hours;
    bool operator==(const OnCallShift &) const = default;
};

enum class Channel
{
    Email,
    Sms
};

// What became of a call, for transmission rules: a message taken, a call filtered, or a caller who
// hung up before the checklist was done.
enum class CallType
{
    Any,
    Message,
    Filtered,
    Incomplete
};

struct TransmissionRule
{
    QString urgency; // UrgencyLevel id, or "*" for every level
    QList<Channel> channels;
    QStringList recipients; // person ids, or "oncall"
    bool digest = false;    // false: at once; true: grouped at digestTimes
    QList<QTime> digestTimes;
    int acknowledgeWithinMinutes = 0;  // 0: no acknowledgement expected
    CallType callType = CallType::Any; // which calls the rule is for
    bool operator==(const TransmissionRule &) const = default;
};

struct FaqEntry
{
    QString question;
    QString answer;
    bool operator==(const FaqEntry &) const = default;
};

struct Consignes
{
    QString code;                                      // short unique account code, e.g. "CAB-LEROY"
    QString name;                                      // "Cabinet médical du Dr Leroy"
    QString sector;                                    // "Médical"
    QString timeZone = QStringLiteral("Europe/Paris"); // IANA id
    QStringList dialedNumbers;                         // E.164, unique across clients
    CoverageHours hours;
    Greetings greetings;
    QList<ChecklistField> checklist;
    QList<UrgencyLevel> urgencyLevels;
    QString defaultUrgency; // level id when no rule matches
    QList<UrgencyRule> urgencyRules;
    QList<FilteringRule> filteringRules;
    QList<Person> directory;
    QList<OnCallShift> onCall;
    QList<TransmissionRule> transmission;
    QList<FaqEntry> faq;
    QStringList say;      // what to say
    QStringList neverSay; // what never to say
    int retentionDays = 365;
    bool operator==(const Consignes &) const = default;

    const Person *person(const QString &personId) const
    {
        for (const Person &p : directory)
            if (p.id == personId)
                return &p;
        return nullptr;
    }
    const UrgencyLevel *urgencyLevel(const QString &levelId) const
    {
        for (const UrgencyLevel &l : urgencyLevels)
            if (l.id == levelId)
                return &l;
        return nullptr;
    }
};

} // namespace relais

// Supervision figures (KPIs) over call records: what a filter selects and what is computed from it.
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace relais {

// Which calls count. Days are whole days in each call's client's time zone (Europe/Paris for a call
// to a number no client owns), by the time the call was offered: a call that rings at 23:58 and ends
// after midnight belongs to the day it rang.
struct KpiFilter
{
    std::optional<QDate> from; // first day included
    std::optional<QDate> to;   // last day included
    QString clientCode;        // empty: every client
    QString operatorLogin;     // empty: every operator
};

// One set of figures. Calls a colleague answered (outcome "elsewhere") are not counted: that call is
// in the colleague's figures. A rate or a time over no calls has no value (nullopt), never 0.
struct KpiFigures
{
    qint64 offered = 0;    // calls that rang at an operator
    qint64 answered = 0;   // of which answered
    qint64 unanswered = 0; // ended without being answered
    qint64 messages = 0;   // completed messages taken
    qint64 filtered = 0;   // closed by a filtering rule
    qint64 incomplete = 0; // caller hung up before the checklist was done
    qint64 handled = 0;    // answered calls that have ended (the handling time's base)

    std::optional<double> answerRate;             // answered / offered (taux de décroché)
    std::optional<double> averageAnswerSeconds;   // mean of answered_at - offered_at, answered calls
    std::optional<double> p90AnswerSeconds;       // nearest rank: the ceil(0.9 n)-th smallest
    std::optional<double> averageHandlingSeconds; // mean of (later of end and message saved) - answered
    std::optional<double> qualificationRate;      // messages / answered

    qint64 actions = 0;                  // actions taken on the messages of these calls
    QMap<QString, qint64> actionsByKind; // stored kind name ("transfer", "page", …) -> count
};

struct KpiReport
{
    KpiFilter filter;
    KpiFigures total;
    QMap<QString, KpiFigures> byClient;   // client code ("" for unknown numbers) -> figures
    QMap<QString, KpiFigures> byOperator; // operator login -> figures
    // Offered and answered calls by the hour they rang, in the client's time zone (0 = 00:00-00:59).
    std::array<qint64, 24> offeredByHour{};
    std::array<qint64, 24> answeredByHour{};
    // Offered calls by weekday (0 = Monday … 6 = Sunday) and hour, in the client's time zone.
    std::array<std::array<qint64, 24>, 7> offeredByWeekdayHour{};
};

} // namespace relais

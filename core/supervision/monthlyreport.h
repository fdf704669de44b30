// The content of a client's monthly report: the month's calls, KPIs, messages and volume, in the
// client's time zone. Values only; ui/report renders them to PDF.
#pragma once

#include "common/result.h"
#include "supervision/kpis.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <array>

namespace relais {

class Database;

// One line of the report's message list.
struct MonthlyReportMessage
{
    QDateTime at; // when it was taken, in the client's time zone
    QString callerName;
    QString callerNumber;
    QString urgency; // urgency level id, "" for none
    QString object;  // the answer naming the call's object, else the start of the notes
    bool incomplete = false;
};

struct MonthlyReport
{
    QString clientCode;
    QString clientName;
    QString timeZone; // IANA id the days and hours are in
    QDate firstDay;   // the month's first and last day, local
    QDate lastDay;

    // Calls offered in the month (by the local day they rang), as KpiCalculator counts them: calls a
    // colleague answered elsewhere are in that colleague's record. missed = offered - answered.
    KpiFigures figures;
    qint64 missed = 0;
    qint64 transfers = 0;    // transfer actions taken on the month's messages
    qint64 appointments = 0; // messages with an answer asking for an appointment ("rendez-vous")

    QMap<QString, qint64> messagesByUrgency; // urgency level id ("" none) -> messages
    QList<qint64> callsByDay;                // offered calls per local day, index 0 = firstDay
    std::array<qint64, 24> callsByHour{};    // offered calls per local hour
    QList<MonthlyReportMessage> messages;    // completed messages, oldest first

    bool isEmpty() const { return figures.offered == 0 && messages.isEmpty(); }
};

// True when an answer names an appointment: "Rendez-vous", "Prise de rendez-vous", "RDV", ….
bool answerAsksForAppointment(const QString &answer);

class MonthlyReportBuilder final
{
public:
    explicit MonthlyReportBuilder(Database &db);

    // The report of `clientCode` for the month holding `month` (any day of it). An unknown client
    // is an error; a month without calls gives an empty report, not an error.
    Result<MonthlyReport> build(const QString &clientCode, const QDate &month);

private:
    Status addCallsByDay(MonthlyReport &report, const QDateTime &from, const QDateTime &to);
    Status addMessages(MonthlyReport &report, const QDateTime &from, const QDateTime &to);
    Error failure(const QString &what, const QString &detail) const;

    Database &m_db;
};

} // namespace relais

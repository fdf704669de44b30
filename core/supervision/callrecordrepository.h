// Call records and their event logs in the store (tables calls and call_events, migration 0007).
#pragma once

#include "common/result.h"
#include "supervision/callrecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace relais {

class Database;

class CallRecordRepository final
{
public:
    explicit CallRecordRepository(Database &db);

    // Inserts or replaces the whole record of (callId, operatorLogin): for imports and test fixtures.
    Status save(const CallRecord &record);

    // The CTI's steps. Each keeps what an earlier step wrote: a second offer keeps the first ring time,
    // an answer or end for a call never seen offered makes the record from that step's time.
    Status recordOffered(const CallRecord &offered);
    Status recordAnswered(const QString &callId, const QString &operatorLogin, const QDateTime &at);
    // Closes the call; one never answered here becomes Unanswered (Elsewhere when `answeredElsewhere`),
    // unless an outcome was already noted.
    Status recordEnded(const QString &callId, const QString &operatorLogin, const QDateTime &at,
                       const QString &endCause, bool answeredElsewhere);
    // What the operator made of it: the outcome, the message saved and, when the operator picked the
    // client by hand, that client's code (empty keeps the one the dialed number gave).
    Status recordOutcome(const QString &callId, const QString &operatorLogin, CallOutcome outcome,
                         const QString &messageId, const QDateTime &at, const QString &clientCode = {});

    Status appendEvent(const CallLogEntry &entry);

    Result<std::optional<CallRecord>> find(const QString &callId, const QString &operatorLogin);
    // The record a message was saved from; nullopt when none links to it.
    Result<std::optional<CallRecord>> findByMessage(const QString &messageId);
    // A call's event log, oldest first (all operators it rang at).
    Result<QList<CallLogEntry>> events(const QString &callId);
    // The event log of the call a message was taken on, oldest first; empty when none links to it.
    Result<QList<CallLogEntry>> eventsOfMessage(const QString &messageId);

private:
    // Makes the row when missing, with `at` as its offer time, so a later UPDATE has a row to change.
    Status ensureRow(const QString &callId, const QString &operatorLogin, const QDateTime &at);
    Result<std::optional<CallRecord>> findWhere(const QString &condition, const QStringList &values);

    Database &m_db;
};

} // namespace relais

// The audit log: who did what, when, appended to audit_log and never changed (the database refuses
// UPDATE and DELETE on it, migration 0009).
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace relais {

class Clock;
class Database;

// The actions audited, as written in audit_log.action.
namespace audit {
inline const QString signInSuccess = QStringLiteral("sign-in.success");
inline const QString signInFailure = QStringLiteral("sign-in.failure");
inline const QString consignesChange = QStringLiteral("consignes.change");
inline const QString messageAmend = QStringLiteral("message.amend");
inline const QString messagesView = QStringLiteral("messages.view"); // a supervisor reads others' messages
inline const QString messagesExport = QStringLiteral("messages.export");
inline const QString messagesPurge = QStringLiteral("messages.purge");
inline const QString userAdd = QStringLiteral("user.add");
inline const QString userPassword = QStringLiteral("user.password");
inline const QString userDisable = QStringLiteral("user.disable");
} // namespace audit

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString action;
    QString subject;
    QString detail;
};

// What the audit viewer asks for: each empty/invalid part matches everything.
struct AuditFilter
{
    QString action = {}; // exact action, e.g. audit::messagesView
    QString actor = {};  // exact login (case-insensitive), e.g. "cli:root"
    QDateTime from = {}; // inclusive
    QDateTime to = {};   // exclusive
    int limit = 1000;
};

class AuditLog final
{
public:
    AuditLog(Database &db, const Clock &clock);

    // Appends one row. Runs inside the caller's transaction when there is one, so an action and its
    // audit row are committed (or lost) together.
    Status record(const QString &actor, const QString &action, const QString &subject = {},
                  const QString &detail = {});
    // Newest first; `action` empty for all actions.
    Result<QList<AuditEntry>> recent(int limit, const QString &action = {}) const;
    // Newest first, the rows matching every part of `filter`.
    Result<QList<AuditEntry>> search(const AuditFilter &filter) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace relais

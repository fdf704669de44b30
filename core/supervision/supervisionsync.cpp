// Push and pull of call records and reviews (see supervisionsync.h and supervisionsyncschema.cpp).
//
// Push: the outbox's first keys are read with their current rows, upserted on the server in one
// transaction under the write lock, each logged again at the end of sync_supervision_log; only after
// the server's commit does the console delete the outbox seqs it read. A crash in between pushes the
// same rows again, which changes nothing.
// Pull: log entries past the cursor are applied in one local transaction with the new cursor. Keys
// with a local change still waiting are left alone (that change is pushed next and wins), except for
// their events, which only ever grow. The outbox rows the pull's own writes made are removed in the
// same transaction, so pulled rows are not pushed back.
#include "supervision/supervisionsync.h"

#include "logging/logging.h"
#include "storage/database.h"
#include "storage/sqlerrortext.h"
#include "supervision/supervisionsyncschema.h"
#include "sync/syncserverschema.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace relais {

namespace {

struct SupervisionSyncText
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionSyncText)
};

Error queryError(Database &db, const QString &what, const QSqlQuery &query)
{
    return Error{what + QStringLiteral(": ") + sqlErrorText(query.lastError()), db.url().redacted()};
}

// The columns of `table` both databases have, without the local row id.
QStringList sharedColumns(Database &a, Database &b, const QString &table)
{
    const QSqlRecord left = a.connection().record(table);
    const QSqlRecord right = b.connection().record(table);
    QStringList names;
    for (int i = 0; i < left.count(); ++i) {
        const QString name = left.fieldName(i).toLower();
        if (name != QStringLiteral("id") && right.indexOf(name) >= 0)
            names << name;
    }
    return names;
}

QString marks(qsizetype count)
{
    QStringList list;
    list.fill(QStringLiteral("?"), count);
    return list.join(QStringLiteral(", "));
}

using Row = QVariantList;

Result<QList<Row>> selectRows(Database &db, const QString &table, const QStringList &columns,
                              const QString &where, const QVariantList &values)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(columns.join(QStringLiteral(", ")), table, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(db, SupervisionSyncText::tr("cannot read %1").arg(table), query);
    QList<Row> rows;
    while (query.next()) {
        Row row;
        for (qsizetype i = 0; i < columns.size(); ++i)
            row << query.value(int(i));
        rows << row;
    }
    return rows;
}

Status upsert(Database &db, const QString &table, const QStringList &columns, const QString &conflictKey,
              const Row &row)
{
    QStringList updates;
    for (const QString &column : columns)
        updates << column + QStringLiteral(" = excluded.") + column;
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
                      .arg(table, columns.join(QStringLiteral(", ")), marks(columns.size()), conflictKey,
                           updates.join(QStringLiteral(", "))));
    for (const QVariant &value : row)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(db, SupervisionSyncText::tr("cannot write %1").arg(table), query);
    return success();
}

Status insert(Database &db, const QString &table, const QStringList &columns, const Row &row)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, columns.join(QStringLiteral(", ")), marks(columns.size())));
    for (const QVariant &value : row)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(db, SupervisionSyncText::tr("cannot write %1").arg(table), query);
    return success();
}

// An event's identity: all its values (the log has no key of its own; two identical entries are one).
QString eventKey(const Row &row)
{
    QStringList parts;
    for (const QVariant &value : row)
        parts << value.toString();
    return parts.join(QChar(0x1f));
}

} // namespace

SupervisionSync::SupervisionSync(Database &local, Database &server, QString cursorName, int batchSize)
    : m_local(local)
    , m_server(server)
    , m_cursorName(QStringLiteral("supervision ") + cursorName)
    , m_batchSize(std::max(1, batchSize))
{}

Status SupervisionSync::prepare()
{
    if (m_prepared)
        return success();
    if (Status done = supervisionsyncschema::installLocal(m_local); !done)
        return done;
    if (Status done = supervisionsyncschema::installServer(m_server); !done)
        return done;
    m_columns.calls = sharedColumns(m_local, m_server, QStringLiteral("calls"));
    m_columns.events = sharedColumns(m_local, m_server, QStringLiteral("call_events"));
    m_columns.reviews = sharedColumns(m_local, m_server, QStringLiteral("reviews"));
    m_prepared = true;
    return success();
}

Result<qint64> SupervisionSync::pendingCount()
{
    if (Status ready = prepare(); !ready)
        return ready.error();
    QSqlQuery query(m_local.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sync_supervision_outbox")) || !query.next())
        return queryError(m_local, SupervisionSyncText::tr("cannot read the supervision outbox"), query);
    return query.value(0).toLongLong();
}

Status SupervisionSync::copy(const Key &key, Database &from, Database &to, bool rowToo)
{
    if (key.kind == QLatin1String(supervisionsyncschema::reviewKind)) {
        if (!rowToo)
            return success();
        const Result<QList<Row>> rows = selectRows(from, QStringLiteral("reviews"), m_columns.reviews,
                                                   QStringLiteral("message_id = ?"), {key.key1});
        if (!rows)
            return rows.error();
        for (const Row &row : *rows)
            if (Status done = upsert(to, QStringLiteral("reviews"), m_columns.reviews,
                                     QStringLiteral("message_id"), row);
                !done)
                return done;
        return success();
    }
    if (key.kind != QLatin1String(supervisionsyncschema::callKind))
        return success(); // a kind a newer version logs: not ours to copy
    const QString where = QStringLiteral("call_id = ? AND operator_login = ?");
    const QVariantList values{key.key1, key.key2};
    if (rowToo) {
        const Result<QList<Row>> rows =
            selectRows(from, QStringLiteral("calls"), m_columns.calls, where, values);
        if (!rows)
            return rows.error();
        for (const Row &row : *rows)
            if (Status done = upsert(to, QStringLiteral("calls"), m_columns.calls,
                                     QStringLiteral("call_id, operator_login"), row);
                !done)
                return done;
    }
    const Result<QList<Row>> events =
        selectRows(from, QStringLiteral("call_events"), m_columns.events, where, values);
    if (!events)
        return events.error();
    if (events->isEmpty())
        return success();
    const Result<QList<Row>> there =
        selectRows(to, QStringLiteral("call_events"), m_columns.events, where, values);
    if (!there)
        return there.error();
    QSet<QString> present;
    for (const Row &row : *there)
        present.insert(eventKey(row));
    for (const Row &row : *events) {
        if (present.contains(eventKey(row)))
            continue;
        present.insert(eventKey(row));
        if (Status done = insert(to, QStringLiteral("call_events"), m_columns.events, row); !done)
            return done;
    }
    return success();
}

Result<SupervisionSyncReport> SupervisionSync::pushBatch()
{
    if (Status ready = prepare(); !ready)
        return ready.error();
    QList<Key> keys;
    {
        QSqlQuery query(m_local.connection());
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT seq, kind, key1, key2 FROM sync_supervision_outbox ORDER BY seq LIMIT ?"));
        query.addBindValue(m_batchSize);
        if (!query.exec())
            return queryError(m_local, SupervisionSyncText::tr("cannot read the supervision outbox"), query);
        while (query.next())
            keys << Key{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString()};
    }
    SupervisionSyncReport report;
    if (keys.isEmpty())
        return report;

    if (Status begun = m_server.beginWrite(); !begun)
        return begun.error();
    auto fail = [&](const Error &error) {
        m_server.connection().rollback();
        return error;
    };
    if (Status locked = syncserver::lockWrites(m_server); !locked)
        return fail(locked.error());
    for (const Key &key : std::as_const(keys)) {
        if (Status copied = copy(key, m_local, m_server, true); !copied)
            return fail(copied.error());
        // One log row per key, at the end: a reader past the old entry sees the key again.
        QSqlQuery log(m_server.connection());
        log.prepare(
            QStringLiteral("DELETE FROM sync_supervision_log WHERE kind = ? AND key1 = ? AND key2 = ?"));
        for (const QString &value : {key.kind, key.key1, key.key2})
            log.addBindValue(value);
        if (!log.exec())
            return fail(
                queryError(m_server, SupervisionSyncText::tr("cannot write the supervision log"), log));
        log.prepare(QStringLiteral("INSERT INTO sync_supervision_log (kind, key1, key2) VALUES (?, ?, ?)"));
        for (const QString &value : {key.kind, key.key1, key.key2})
            log.addBindValue(value);
        if (!log.exec())
            return fail(
                queryError(m_server, SupervisionSyncText::tr("cannot write the supervision log"), log));
    }
    {
        QSqlQuery notify(m_server.connection());
        if (!notify.exec(QStringLiteral("SELECT pg_notify('relais_sync', '')")))
            return fail(queryError(m_server, SupervisionSyncText::tr("cannot notify the consoles"), notify));
    }
    if (!m_server.connection().commit())
        return fail(Error{SupervisionSyncText::tr("cannot commit the push of call records and reviews: %1")
                              .arg(sqlErrorText(m_server.connection().lastError())),
                          m_server.url().redacted()});

    // The seqs read, not the keys: a key changed meanwhile has a new seq and is pushed again.
    QStringList seqs;
    for (const Key &key : std::as_const(keys))
        seqs << QString::number(key.seq);
    QSqlQuery done(m_local.connection());
    if (!done.exec(QStringLiteral("DELETE FROM sync_supervision_outbox WHERE seq IN (%1)")
                       .arg(seqs.join(QStringLiteral(", ")))))
        return queryError(
            m_local, SupervisionSyncText::tr("cannot record the push of call records and reviews"), done);
    report.pushed = keys.size();
    logging::module("sync")->debug("pushed {} call records and reviews", report.pushed);
    return report;
}

Result<SupervisionSyncReport> SupervisionSync::pullBatch()
{
    if (Status ready = prepare(); !ready)
        return ready.error();
    const Result<qint64> from = cursor();
    if (!from)
        return from.error();
    QList<Key> keys;
    {
        QSqlQuery query(m_server.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
            "SELECT seq, kind, key1, key2 FROM sync_supervision_log WHERE seq > ? ORDER BY seq LIMIT ?"));
        query.addBindValue(*from);
        query.addBindValue(m_batchSize);
        if (!query.exec())
            return queryError(m_server, SupervisionSyncText::tr("cannot read the supervision log"), query);
        while (query.next())
            keys << Key{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString()};
    }
    SupervisionSyncReport report;
    if (keys.isEmpty())
        return report;

    if (Status begun = m_local.beginWrite(); !begun)
        return begun.error();
    auto fail = [&](const Error &error) {
        m_local.connection().rollback();
        return error;
    };
    QSqlQuery query(m_local.connection());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM sync_supervision_outbox")) ||
        !query.next())
        return fail(
            queryError(m_local, SupervisionSyncText::tr("cannot read the supervision outbox"), query));
    const qint64 before = query.value(0).toLongLong();
    QSet<QString> waiting;
    if (!query.exec(QStringLiteral("SELECT kind, key1, key2 FROM sync_supervision_outbox")))
        return fail(
            queryError(m_local, SupervisionSyncText::tr("cannot read the supervision outbox"), query));
    while (query.next())
        waiting.insert(query.value(0).toString() + QChar(0x1f) + query.value(1).toString() + QChar(0x1f) +
                       query.value(2).toString());
    query.finish();
    for (const Key &key : std::as_const(keys)) {
        const bool changedHere = waiting.contains(key.kind + QChar(0x1f) + key.key1 + QChar(0x1f) + key.key2);
        if (Status copied = copy(key, m_server, m_local, !changedHere); !copied)
            return fail(copied.error());
        ++report.pulled;
    }
    // The triggers marked what this pull wrote; it came from the server, it does not go back.
    query.prepare(QStringLiteral("DELETE FROM sync_supervision_outbox WHERE seq > ?"));
    query.addBindValue(before);
    if (!query.exec())
        return fail(queryError(
            m_local, SupervisionSyncText::tr("cannot record the pull of call records and reviews"), query));
    if (Status moved = setCursor(keys.last().seq); !moved)
        return fail(moved.error());
    if (!m_local.connection().commit())
        return fail(Error{SupervisionSyncText::tr("cannot record the pull of call records and reviews: %1")
                              .arg(sqlErrorText(m_local.connection().lastError())),
                          m_local.url().redacted()});
    return report;
}

Result<SupervisionSyncReport> SupervisionSync::syncUntilIdle()
{
    SupervisionSyncReport total;
    for (;;) {
        const Result<SupervisionSyncReport> pushed = pushBatch();
        if (!pushed)
            return pushed.error();
        total.pushed += pushed->pushed;
        if (pushed->pushed == 0)
            break;
    }
    for (;;) {
        const Result<SupervisionSyncReport> pulled = pullBatch();
        if (!pulled)
            return pulled.error();
        total.pulled += pulled->pulled;
        if (pulled->pulled == 0)
            break;
    }
    return total;
}

Result<qint64> SupervisionSync::cursor()
{
    QSqlQuery query(m_local.connection());
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE name = ?"));
    query.addBindValue(m_cursorName);
    if (!query.exec())
        return queryError(m_local, SupervisionSyncText::tr("cannot read the supervision sync cursor"), query);
    return query.next() ? query.value(0).toString().toLongLong() : qint64{0};
}

Status SupervisionSync::setCursor(qint64 value)
{
    QSqlQuery query(m_local.connection());
    query.prepare(QStringLiteral("INSERT INTO sync_state (name, value) VALUES (?, ?) "
                                 "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    query.addBindValue(m_cursorName);
    query.addBindValue(QString::number(value));
    if (!query.exec())
        return queryError(m_local, SupervisionSyncText::tr("cannot record the supervision sync cursor"),
                          query);
    return success();
}

} // namespace relais

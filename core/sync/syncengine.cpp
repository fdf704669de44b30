// Push and pull, exactly once in effect.
//
// Push: the pending local rows are written to the server in one transaction, under the server's
// write lock (syncserverschema.cpp), and only after that commit does the console record, in
// sync_pushed, the version the server acknowledged. A crash between the two makes the console push
// the same versions again; the server then already holds exactly that version and nothing is written.
// Pull: rows with server_seq above the local cursor are applied locally in one local transaction
// together with the new cursor, and recorded in sync_pushed so they are not pushed back.
//
// sync_pushed holds the base: the version both sides last agreed on. A server row that is neither
// the base nor this console's version was amended elsewhere meanwhile: a conflict, settled by
// winnerIsServer() and recorded in message_conflicts with the losing row.
#include "sync/syncengine.h"

#include "common/clock.h"
#include "logging/logging.h"
#include "storage/database.h"
#include "storage/sqlerrortext.h"
#include "supervision/supervisionsync.h"
#include "sync/syncledger.h"
#include "sync/syncserverschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>

namespace relais {

namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under SyncText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct SyncText
{
    Q_DECLARE_TR_FUNCTIONS(SyncText)
};

// The conflict rule: higher revision, then later updated_at; a full tie keeps the server's version.
bool winnerIsServer(MessageVersion server, MessageVersion local)
{
    return server >= local;
}

// Two rows with one version may still differ (two consoles, one revision, one millisecond).
bool sameContent(const MessageRow &a, const MessageRow &b)
{
    if (a.version != b.version || a.values.size() != b.values.size())
        return false;
    // Value by value first (a console's own push coming back is equal here); JSON judges only the
    // pairs that differ in type across engines (SQLite's 0/1 against PostgreSQL's booleans).
    for (qsizetype i = 0; i < a.values.size(); ++i)
        if (a.values[i] != b.values[i] &&
            QJsonValue::fromVariant(a.values[i]) != QJsonValue::fromVariant(b.values[i]))
            return false;
    return true;
}

Error queryError(const Database &db, const QString &what, const QSqlQuery &query)
{
    return Error{what + QStringLiteral(": ") + sqlErrorText(query.lastError()), db.url().redacted()};
}

// One cursor per server, so pointing a console at another server starts from its beginning.
QString cursorNameFor(const DatabaseUrl &shared)
{
    return QStringLiteral("pull_cursor %1:%2/%3").arg(shared.host).arg(shared.port).arg(shared.database);
}

void logConflict(const SyncConflict &c)
{
    logging::module("sync")->warn(
        "conflict on message {} during {}: kept revision {} ({}), lost revision {} ({})",
        c.messageId.toStdString(), c.detectedDuring.toStdString(), c.kept.revision,
        c.localKept ? "this console's" : "the server's", c.lost.revision,
        c.localKept ? "the server's" : "this console's");
}

} // namespace

void SyncReport::add(const SyncReport &other)
{
    pushed += other.pushed;
    pulled += other.pulled;
    serverRowsRead += other.serverRowsRead;
    conflicts += other.conflicts;
}

SyncEngine::SyncEngine(Database &local, DatabaseUrl shared, const Clock &clock, int batchSize)
    : m_local(local)
    , m_shared(std::move(shared))
    , m_clock(clock)
    , m_batchSize(std::max(1, batchSize))
    , m_ledger(std::make_unique<SyncLedger>(local, cursorNameFor(m_shared)))
{}

Result<qint64> SyncEngine::pendingCount()
{
    return m_ledger->pendingCount();
}

Status SyncEngine::recordConflict(Database &db, const SyncConflict &conflict, const MessageRow &lost)
{
    return SyncLedger::recordConflict(db, conflict, lost.toJson(m_columns),
                                      m_clock.now().toMSecsSinceEpoch());
}

SyncEngine::~SyncEngine() = default;

Status SyncEngine::connect()
{
    if (m_server)
        return success();
    if (Status ready = m_ledger->prepare(); !ready)
        return ready;
    Result<std::unique_ptr<Database>> opened = Database::open(m_shared);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> server = std::move(opened).value();
    if (Status migrated = server->migrate(); !migrated)
        return migrated;
    if (Status installed = syncserver::install(*server); !installed)
        return installed;
    Result<QStringList> columns = messagerows::sharedColumns(m_local, *server);
    if (!columns)
        return columns.error();
    m_columns = *columns;
    m_server = std::move(server);
    logging::module("sync")->info("connected to {}", m_shared.redacted().toStdString());
    return success();
}

void SyncEngine::disconnect()
{
    m_server.reset();
}

Error SyncEngine::serverFailure(const Error &error)
{
    logging::module("sync")->warn("{}", error.toString().toStdString());
    disconnect();
    return error;
}

Result<SyncReport> SyncEngine::pushBatch()
{
    if (Status connected = connect(); !connected)
        return serverFailure(connected.error());
    Result<QList<SyncLedger::Pending>> pending = m_ledger->pending(m_columns, m_batchSize);
    if (!pending)
        return pending.error();
    SyncReport report;
    if (pending->isEmpty())
        return report;

    // What the server holds after the push, per message, and what the console must do about it.
    struct Outcome
    {
        const SyncLedger::Pending *pending = nullptr;
        MessageVersion acknowledged;
        std::optional<MessageRow> adopt; // the server's version won: write it locally
        std::optional<SyncConflict> conflict;
        std::optional<MessageRow> lost;
    };
    QList<Outcome> outcomes;
    Database &server = *m_server;
    QStringList ids;
    for (const SyncLedger::Pending &p : *pending)
        ids << p.row.id;

    if (Status begun = server.beginWrite(); !begun)
        return serverFailure(begun.error());
    auto fail = [&](const Error &error) {
        server.connection().rollback();
        return serverFailure(error);
    };
    if (Status locked = syncserver::lockWrites(server); !locked)
        return fail(locked.error());
    Result<QList<MessageRow>> existing =
        messagerows::fetch(server, m_columns, ids, QStringLiteral(" FOR UPDATE"));
    if (!existing)
        return fail(existing.error());
    QHash<QString, MessageRow> onServer;
    for (const MessageRow &row : *existing)
        onServer.insert(row.id, row);

    QList<MessageRow> toWrite;
    for (const SyncLedger::Pending &p : *pending) {
        Outcome o{&p, p.row.version, std::nullopt, std::nullopt, std::nullopt};
        const auto found = onServer.constFind(p.row.id);
        bool write = true;
        if (found != onServer.cend() && found->version == p.row.version && sameContent(*found, p.row)) {
            write = false; // already there: pushed before, but the local record of it was lost
        } else if (found != onServer.cend() && found->version != p.base) {
            const bool serverWins = winnerIsServer(found->version, p.row.version);
            o.conflict = SyncConflict{p.row.id, serverWins ? found->version : p.row.version,
                                      serverWins ? p.row.version : found->version, !serverWins,
                                      QStringLiteral("push")};
            o.lost = serverWins ? p.row : *found;
            if (serverWins) {
                write = false;
                o.acknowledged = found->version;
                o.adopt = *found;
            }
            if (Status kept = recordConflict(server, *o.conflict, *o.lost); !kept)
                return fail(kept.error());
        }
        if (write)
            toWrite << p.row;
        outcomes << o;
    }
    if (Status written = messagerows::upsertMany(server, m_columns, toWrite); !written)
        return fail(written.error());
    if (!server.connection().commit())
        return fail(Error{
            SyncText::tr("cannot commit the push: %1").arg(sqlErrorText(server.connection().lastError())),
            server.url().redacted()});

    // Only now, with the server's commit done, does the console record what the server has.
    if (Status begun = m_local.beginWrite(); !begun)
        return begun.error();
    for (const Outcome &o : outcomes) {
        Status done = success();
        if (o.adopt) {
            // Adopt the server's version unless the operator amended the message again meanwhile
            // (that newer version stays pending and meets the server's on the next push).
            Result<QList<MessageRow>> now = messagerows::fetch(m_local, m_columns, {o.pending->row.id});
            if (!now)
                done = now.error();
            else if (!now->isEmpty() && now->first().version == o.pending->row.version) {
                done = messagerows::upsert(m_local, m_columns, *o.adopt);
                ++report.pulled; // the server's version, written here
            }
        }
        if (done)
            done = m_ledger->setBase(o.pending->row.id, o.acknowledged);
        if (done && o.conflict)
            done = recordConflict(m_local, *o.conflict, *o.lost);
        if (!done) {
            m_local.connection().rollback();
            return done.error();
        }
        if (o.conflict) {
            logConflict(*o.conflict);
            report.conflicts << *o.conflict;
        }
        if (!o.adopt)
            ++report.pushed;
    }
    if (!m_local.connection().commit())
        return Error{
            SyncText::tr("cannot record the push: %1").arg(sqlErrorText(m_local.connection().lastError())),
            m_local.url().redacted()};
    logging::module("sync")->debug("pushed {} messages to {}", report.pushed,
                                   m_shared.redacted().toStdString());
    return report;
}

Result<SyncReport> SyncEngine::pullBatch()
{
    if (Status connected = connect(); !connected)
        return serverFailure(connected.error());
    const Result<qint64> cursor = m_ledger->cursor();
    if (!cursor)
        return cursor.error();
    QSqlQuery query(m_server->connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1, server_seq FROM messages WHERE server_seq > ? ORDER BY server_seq LIMIT ?")
            .arg(messagerows::columnList(m_columns)));
    query.addBindValue(*cursor);
    query.addBindValue(m_batchSize);
    if (!query.exec())
        return serverFailure(queryError(*m_server, SyncText::tr("cannot read the shared messages"), query));
    QList<MessageRow> rows;
    qint64 last = *cursor;
    while (query.next()) {
        rows << messagerows::read(query, m_columns);
        last = query.value(static_cast<int>(m_columns.size())).toLongLong();
    }
    query.finish();
    SyncReport report;
    report.serverRowsRead = rows.size();
    if (rows.isEmpty())
        return report;

    if (Status begun = m_local.beginWrite(); !begun)
        return begun.error();
    auto fail = [&](const Error &error) {
        m_local.connection().rollback();
        return error;
    };
    // Each message is once in a batch (one row per message on the server): read the local side of
    // the whole batch in two queries, not two per row.
    QStringList ids;
    for (const MessageRow &remote : rows)
        ids << remote.id;
    Result<QList<MessageRow>> localRows = messagerows::fetch(m_local, m_columns, ids);
    if (!localRows)
        return fail(localRows.error());
    QHash<QString, MessageRow> localById;
    for (const MessageRow &row : *localRows)
        localById.insert(row.id, row);
    const Result<QHash<QString, MessageVersion>> bases = m_ledger->basesOf(ids);
    if (!bases)
        return fail(bases.error());
    messagerows::RowWriter writer(m_local, m_columns);
    for (const MessageRow &remote : rows) {
        QList<MessageRow> mine;
        if (const auto found = localById.constFind(remote.id); found != localById.cend())
            mine << *found;
        std::optional<MessageVersion> base;
        if (const auto found = bases->constFind(remote.id); found != bases->cend())
            base = *found;
        // This console's own push coming back, already agreed on: nothing to write.
        if (!mine.isEmpty() && base == remote.version && mine.first().version == remote.version &&
            sameContent(mine.first(), remote))
            continue;
        bool adopt = false;
        bool agreed = false; // the server's version is now the base
        std::optional<SyncConflict> conflict;
        if (mine.isEmpty()) {
            adopt = true;
        } else {
            const MessageRow &local = mine.first();
            const bool amendedHere = base != local.version;
            if (sameContent(local, remote)) {
                agreed = true; // this console's own push coming back
            } else if (!amendedHere && remote.version > local.version) {
                adopt = true; // amended elsewhere only
            } else if (!amendedHere && remote.version < local.version) {
                // an older version than the one agreed on: nothing to do
            } else if (amendedHere && base == remote.version) {
                // the server has only what this console already built on: the push replaces it
            } else {
                // amended here and elsewhere since the last agreement
                adopt = winnerIsServer(remote.version, local.version);
                conflict =
                    SyncConflict{remote.id, adopt ? remote.version : local.version,
                                 adopt ? local.version : remote.version, !adopt, QStringLiteral("pull")};
                if (Status kept = recordConflict(m_local, *conflict, adopt ? local : remote); !kept)
                    return fail(kept.error());
            }
        }
        if (adopt) {
            if (Status written = writer.write(remote); !written)
                return fail(written.error());
            ++report.pulled;
        }
        // When this console's version won, the base becomes the server's: the next push replaces it.
        if (adopt || agreed || conflict) {
            if (Status based = m_ledger->setBase(remote.id, remote.version); !based)
                return fail(based.error());
        }
        if (conflict) {
            logConflict(*conflict);
            report.conflicts << *conflict;
        }
    }
    if (Status moved = m_ledger->setCursor(last); !moved)
        return fail(moved.error());
    if (!m_local.connection().commit())
        return fail(Error{
            SyncText::tr("cannot record the pull: %1").arg(sqlErrorText(m_local.connection().lastError())),
            m_local.url().redacted()});
    return report;
}

Result<SyncReport> SyncEngine::syncUntilIdle()
{
    SyncReport total;
    // Each round empties the outbox, then reads the server to its end. A pull can make a message
    // pending again (this console's version won a conflict), hence the rounds; bounded all the same.
    for (int round = 0; round < 8; ++round) {
        for (;;) {
            if (stopRequested())
                return total;
            Result<SyncReport> pushed = pushBatch();
            if (!pushed)
                return pushed.error();
            total.add(*pushed);
            if (pushed->pushed == 0 && pushed->conflicts.isEmpty())
                break;
        }
        for (;;) {
            if (stopRequested())
                return total;
            Result<SyncReport> pulled = pullBatch();
            if (!pulled)
                return pulled.error();
            total.add(*pulled);
            if (pulled->serverRowsRead == 0)
                break;
        }
        const Result<qint64> waiting = pendingCount();
        if (!waiting)
            return waiting.error();
        if (*waiting == 0)
            break;
    }
    // Call records and reviews follow the messages they belong to (supervision/supervisionsync.h).
    if (m_server && m_local.engine() == DatabaseUrl::Engine::Sqlite && !stopRequested()) {
        const Result<SupervisionSyncReport> supervision =
            SupervisionSync(m_local, *m_server, cursorNameFor(m_shared), m_batchSize).syncUntilIdle();
        if (!supervision)
            return serverFailure(supervision.error());
    }
    if (Result<qint64> pruned = m_ledger->pruneSettled(); !pruned)
        return pruned.error();
    return total;
}

} // namespace relais

// Client accounts in the store: each save is a new consigne_versions row plus the clients row and its
// dialed numbers, in one transaction.
#include "storage/clientrepository.h"

#include "consignes/consignesjson.h"
#include "logging/logging.h"
#include "phone/phonenumbers.h"
#include "storage/database.h"
#include "storage/sqlbind.h"
#include "storage/sqlerrortext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>
#include <thread>
#include <vector>

namespace relais {

namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under ClientRepositoryText, the context tr() uses
// at runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct ClientRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(ClientRepositoryText)
};

QString clientLabel(const QString &code, const QString &name)
{
    return name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(code, name);
}

QString formatTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

// One consigne_versions row as read, before its document is parsed.
struct StoredVersion
{
    QString code;
    int version = 0;
    QByteArray document;
    QString author;
    qint64 createdAtMs = 0;
};

Result<ClientEntry> parseStoredVersion(const StoredVersion &row, const QString &where,
                                       const PhoneNumbers &phones)
{
    const QString source =
        QStringLiteral("%1 (consigne_versions %2 v%3)").arg(where, row.code).arg(row.version);
    Result<Consignes> consignes = parseClientConsignes(row.document, source, phones);
    if (!consignes)
        return consignes.error();
    ClientEntry entry;
    entry.consignes = std::make_shared<const Consignes>(std::move(consignes).value());
    entry.version = row.version;
    entry.changedBy = row.author;
    entry.changedAt = QDateTime::fromMSecsSinceEpoch(row.createdAtMs, Qt::UTC);
    return entry;
}

// Parsing (JSON, validation, every phone number through libphonenumber) is most of a console's start
// with thousands of clients, and each document stands alone: the rows are split across the cores.
// The first error in code order is the one reported, as a sequential load would.
Result<QList<ClientEntry>> parseAll(const QList<StoredVersion> &rows, const QString &where,
                                    const PhoneNumbers &phones)
{
    std::vector<std::optional<Result<ClientEntry>>> parsed(static_cast<size_t>(rows.size()));
    const auto parseRange = [&](qsizetype first, qsizetype step) {
        for (qsizetype i = first; i < rows.size(); i += step)
            parsed[static_cast<size_t>(i)].emplace(parseStoredVersion(rows[i], where, phones));
    };
    const qsizetype workers =
        rows.size() < 64 ? 1 : std::clamp<qsizetype>(std::thread::hardware_concurrency(), 1, 8);
    std::vector<std::thread> threads;
    for (qsizetype w = 1; w < workers; ++w)
        threads.emplace_back(parseRange, w, workers);
    parseRange(0, workers);
    for (std::thread &thread : threads)
        thread.join();

    QList<ClientEntry> entries;
    entries.reserve(rows.size());
    for (std::optional<Result<ClientEntry>> &one : parsed) {
        if (!*one)
            return one->error();
        entries.append(std::move(*one).value());
    }
    return entries;
}

} // namespace

ClientRepository::ClientRepository(Database &db)
    : m_db(db)
    , m_ownPhones(std::make_unique<PhoneNumbers>())
    , m_phones(*m_ownPhones)
{}

ClientRepository::ClientRepository(Database &db, const PhoneNumbers &phones)
    : m_db(db)
    , m_phones(phones)
{}

ClientRepository::~ClientRepository() = default;

Result<int> ClientRepository::save(const Consignes &consignes, const QString &author,
                                   std::optional<int> expectedVersion)
{
    QSqlDatabase &db = m_db.connection();
    if (Status begun = m_db.beginWrite(); !begun)
        return begun.error();
    Result<int> version = saveInTransaction(consignes, author, expectedVersion);
    if (!version) {
        db.rollback();
        return version;
    }
    if (!db.commit()) {
        const Error error{ClientRepositoryText::tr("cannot commit client %1: %2")
                              .arg(consignes.code, sqlErrorText(db.lastError())),
                          m_db.url().redacted()};
        db.rollback();
        return error;
    }
    logging::module("store")->info("saved client {} version {} by {}", consignes.code.toStdString(), *version,
                                   author.toStdString());
    return version;
}

Result<int> ClientRepository::saveAll(const QList<Consignes> &clients, const QString &author)
{
    QSqlDatabase &db = m_db.connection();
    if (Status begun = m_db.beginWrite(); !begun)
        return begun.error();
    for (const Consignes &client : clients) {
        if (Result<int> version = saveInTransaction(client, author, std::nullopt); !version) {
            db.rollback();
            return Error{version.error().what + ClientRepositoryText::tr(" (nothing was saved)"),
                         version.error().where};
        }
    }
    if (!db.commit()) {
        const Error error{ClientRepositoryText::tr("cannot commit %1 clients: %2")
                              .arg(clients.size())
                              .arg(sqlErrorText(db.lastError())),
                          m_db.url().redacted()};
        db.rollback();
        return error;
    }
    logging::module("store")->info("saved {} clients by {}", clients.size(), author.toStdString());
    return static_cast<int>(clients.size());
}

Result<int> ClientRepository::saveInTransaction(const Consignes &consignes, const QString &author,
                                                std::optional<int> expectedVersion)
{
    const QString where = m_db.url().redacted();
    const QString code = consignes.code;
    if (code.trimmed().isEmpty())
        return Error{ClientRepositoryText::tr("a client account needs a code"), where};
    if (consignes.name.trimmed().isEmpty())
        return Error{ClientRepositoryText::tr("client %1 needs a name").arg(code), where};
    QSet<QString> seen;
    for (const QString &number : consignes.dialedNumbers) {
        if (seen.contains(number))
            return Error{
                ClientRepositoryText::tr("dialed number %1 is listed twice for client %2").arg(number, code),
                where};
        seen.insert(number);
    }
    const auto failed = [&](const QSqlQuery &query) {
        return Error{
            ClientRepositoryText::tr("cannot save client %1: %2").arg(code, sqlErrorText(query.lastError())),
            where};
    };

    QSqlQuery query(m_db.connection());
    if (m_db.engine() == DatabaseUrl::Engine::Postgres) {
        // Holds the client's row until commit so two supervisors saving at once queue, then conflict.
        query.prepare(QStringLiteral("SELECT current_version FROM clients WHERE code = ? FOR UPDATE"));
        query.addBindValue(code);
        if (!query.exec())
            return failed(query);
    }
    query.prepare(QStringLiteral("SELECT c.current_version, v.author, v.created_at FROM clients c "
                                 "LEFT JOIN consigne_versions v ON v.client_code = c.code AND v.version = "
                                 "c.current_version WHERE c.code = ?"));
    query.addBindValue(code);
    if (!query.exec())
        return failed(query);
    int previous = 0;
    QString previousAuthor;
    qint64 previousAt = 0;
    if (query.next()) {
        previous = query.value(0).toInt();
        previousAuthor = query.value(1).toString();
        previousAt = query.value(2).toLongLong();
    }
    query.finish();
    if (expectedVersion && *expectedVersion != previous) {
        if (previous == 0)
            return Error{ClientRepositoryText::tr(
                             "client %1 does not exist any more (this edit started from version %2)")
                             .arg(code)
                             .arg(*expectedVersion),
                         where};
        return Error{ClientRepositoryText::tr(
                         "client %1 was changed meanwhile: version %2 was saved by %3 at %4, and this edit "
                         "started from version %5; reload the client and apply the changes again")
                         .arg(code)
                         .arg(previous)
                         .arg(previousAuthor, formatTime(previousAt))
                         .arg(*expectedVersion),
                     where};
    }

    query.prepare(QStringLiteral("SELECT n.client_code, c.name FROM client_numbers n JOIN clients c "
                                 "ON c.code = n.client_code WHERE n.number = ? AND n.client_code <> ?"));
    for (const QString &number : consignes.dialedNumbers) {
        query.addBindValue(number);
        query.addBindValue(code);
        if (!query.exec())
            return failed(query);
        if (query.next())
            return Error{ClientRepositoryText::tr(
                             "dialed number %1 already belongs to client %2; it cannot also be given to %3")
                             .arg(number, clientLabel(query.value(0).toString(), query.value(1).toString()),
                                  clientLabel(code, consignes.name)),
                         where};
        query.finish();
    }

    const int version = previous + 1;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    query.prepare(QStringLiteral(
        "INSERT INTO clients (code, name, sector, time_zone, retention_days, current_version, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
        "sector = excluded.sector, time_zone = excluded.time_zone, retention_days = excluded.retention_days, "
        "current_version = excluded.current_version, updated_at = excluded.updated_at"));
    for (const QVariant &value : {textValue(code), textValue(consignes.name), textValue(consignes.sector),
                                  textValue(consignes.timeZone), QVariant(consignes.retentionDays),
                                  QVariant(version), QVariant(now), QVariant(now)})
        query.addBindValue(value);
    if (!query.exec())
        return failed(query);

    query.prepare(QStringLiteral("DELETE FROM client_numbers WHERE client_code = ?"));
    query.addBindValue(code);
    if (!query.exec())
        return failed(query);
    query.prepare(QStringLiteral("INSERT INTO client_numbers (number, client_code) VALUES (?, ?)"));
    for (const QString &number : consignes.dialedNumbers) {
        query.addBindValue(number);
        query.addBindValue(code);
        if (!query.exec())
            return failed(query);
    }

    query.prepare(QStringLiteral("INSERT INTO consigne_versions (client_code, version, document, author, "
                                 "created_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(code);
    query.addBindValue(version);
    query.addBindValue(QString::fromUtf8(serializeClientConsignes(consignes)));
    query.addBindValue(textValue(author));
    query.addBindValue(now);
    if (!query.exec())
        return failed(query);
    return version;
}

Result<QList<ClientEntry>> ClientRepository::loadLatest()
{
    const QString where = m_db.url().redacted();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT v.client_code, v.version, v.document, v.author, v.created_at "
                                   "FROM clients c JOIN consigne_versions v ON v.client_code = c.code "
                                   "AND v.version = c.current_version ORDER BY c.code")))
        return Error{
            ClientRepositoryText::tr("cannot load the clients: %1").arg(sqlErrorText(query.lastError())),
            where};
    QList<StoredVersion> rows;
    while (query.next())
        rows.append(StoredVersion{query.value(0).toString(), query.value(1).toInt(),
                                  query.value(2).toString().toUtf8(), query.value(3).toString(),
                                  query.value(4).toLongLong()});
    if (query.lastError().isValid())
        return Error{
            ClientRepositoryText::tr("cannot load the clients: %1").arg(sqlErrorText(query.lastError())),
            where};
    return parseAll(rows, where, m_phones);
}

Result<int> ClientRepository::count()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM clients")) || !query.next())
        return Error{
            ClientRepositoryText::tr("cannot count the clients: %1").arg(sqlErrorText(query.lastError())),
            m_db.url().redacted()};
    return query.value(0).toInt();
}

} // namespace relais

// Consignes versions and files: reads consigne_versions, checks sets of files across each other, imports
// through ClientRepository::saveAll (one transaction) and exports the latest versions canonically.
#include "storage/consigneshistory.h"

#include "consignes/consignesjson.h"
#include "logging/logging.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/sqlerrortext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace relais {
namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under ConsignesHistoryText, the context tr() uses
// at runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct ConsignesHistoryText
{
    Q_DECLARE_TR_FUNCTIONS(ConsignesHistoryText)
};

QString clientLabel(const Consignes &c)
{
    return c.name.isEmpty() ? c.code : QStringLiteral("%1 (%2)").arg(c.code, c.name);
}

// Puts a client that gives a dialed number away before the client that takes it, so moving a number
// between two imported clients works in one run. A swap has no such order; the repository refuses it.
QList<Consignes> releasingFirst(QList<Consignes> pending, QHash<QString, QString> holder)
{
    QList<Consignes> ordered;
    while (!pending.isEmpty()) {
        QSet<QString> pendingCodes;
        for (const Consignes &c : pending)
            pendingCodes.insert(c.code);
        qsizetype pick = 0;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            const bool free = std::all_of(pending[i].dialedNumbers.cbegin(), pending[i].dialedNumbers.cend(),
                                          [&](const QString &number) {
                                              const QString owner = holder.value(number);
                                              return owner.isEmpty() || owner == pending[i].code ||
                                                     !pendingCodes.contains(owner);
                                          });
            if (free) {
                pick = i;
                break;
            }
        }
        const Consignes next = pending.takeAt(pick);
        for (auto it = holder.begin(); it != holder.end();)
            it = it.value() == next.code ? holder.erase(it) : std::next(it);
        for (const QString &number : next.dialedNumbers)
            holder.insert(number, next.code);
        ordered.append(next);
    }
    return ordered;
}

} // namespace

ConsignesHistory::ConsignesHistory(Database &db, const PhoneNumbers &phones)
    : m_db(db)
    , m_phones(phones)
{}

Result<QList<ConsignesVersionInfo>> ConsignesHistory::versions(const QString &clientCode)
{
    const QString where = m_db.url().redacted();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT version, author, created_at, document FROM consigne_versions "
                                 "WHERE client_code = ? ORDER BY version"));
    query.addBindValue(clientCode);
    if (!query.exec())
        return Error{ConsignesHistoryText::tr("cannot list the versions of client %1: %2")
                         .arg(clientCode, sqlErrorText(query.lastError())),
                     where};
    QList<ConsignesVersionInfo> list;
    while (query.next()) {
        ConsignesVersionInfo info;
        info.version = query.value(0).toInt();
        info.author = query.value(1).toString();
        info.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
        info.size = query.value(3).toString().toUtf8().size();
        list.append(info);
    }
    if (query.lastError().isValid())
        return Error{ConsignesHistoryText::tr("cannot list the versions of client %1: %2")
                         .arg(clientCode, sqlErrorText(query.lastError())),
                     where};
    if (list.isEmpty())
        return Error{ConsignesHistoryText::tr("no client with code %1").arg(clientCode), where};
    return list;
}

Result<QByteArray> ConsignesHistory::document(const QString &clientCode, int version)
{
    const QString where = m_db.url().redacted();
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT document FROM consigne_versions WHERE client_code = ? AND version = ?"));
    query.addBindValue(clientCode);
    query.addBindValue(version);
    if (!query.exec())
        return Error{ConsignesHistoryText::tr("cannot read version %1 of client %2: %3")
                         .arg(QString::number(version), clientCode, sqlErrorText(query.lastError())),
                     where};
    if (!query.next())
        return Error{
            ConsignesHistoryText::tr("client %1 has no version %2").arg(clientCode, QString::number(version)),
            where};
    return query.value(0).toString().toUtf8();
}

Result<Consignes> ConsignesHistory::load(const QString &clientCode, int version)
{
    const Result<QByteArray> json = document(clientCode, version);
    if (!json)
        return json.error();
    const QString source =
        QStringLiteral("%1 (consigne_versions %2 v%3)").arg(m_db.url().redacted(), clientCode).arg(version);
    return parseClientConsignes(*json, source, m_phones);
}

QList<ConsignesFileCheck> checkConsignesFiles(const QStringList &paths, const PhoneNumbers &phones)
{
    struct Place
    {
        qsizetype fileIndex = 0;
        QString file;
        QString code;
        QString path; // JSON path in its file
    };
    QHash<QString, Place> codes;
    QHash<QString, Place> numbers;
    QList<ConsignesFileCheck> checks;
    for (const QString &path : paths) {
        ConsignesFileCheck check{path, {}, {}};
        Result<QList<Consignes>> read = readConsignesFile(path, phones);
        if (!read) {
            check.errors.append(read.error());
            checks.append(check);
            continue;
        }
        check.clients = std::move(read).value();
        for (qsizetype i = 0; i < check.clients.size(); ++i) {
            const Consignes &client = check.clients[i];
            const QString clientPath = QStringLiteral("$.clients[%1]").arg(i);
            if (const auto seen = codes.constFind(client.code); seen != codes.constEnd())
                check.errors.append(Error{QStringLiteral("%1.code: ").arg(clientPath) +
                                              ConsignesHistoryText::tr("client %1 is also in %2 (%3)")
                                                  .arg(client.code, seen->file, seen->path),
                                          path});
            else
                codes.insert(client.code, Place{checks.size(), path, client.code, clientPath});
            for (qsizetype j = 0; j < client.dialedNumbers.size(); ++j) {
                const QString &number = client.dialedNumbers[j];
                const QString numberPath = QStringLiteral("%1.dialedNumbers[%2]").arg(clientPath).arg(j);
                const auto seen = numbers.constFind(number);
                if (seen == numbers.constEnd()) {
                    numbers.insert(number, Place{checks.size(), path, client.code, numberPath});
                } else if (seen->fileIndex != checks.size()) {
                    check.errors.append(
                        Error{numberPath + QStringLiteral(": ") +
                                  ConsignesHistoryText::tr(
                                      "dialed number %1 of client %2 is already a dialed number of "
                                      "client %3 in %4 (%5)")
                                      .arg(number, client.code, seen->code, seen->file, seen->path),
                              path});
                }
            }
        }
        checks.append(check);
    }
    return checks;
}

Result<ConsignesImportSummary> importConsignes(Database &db, const PhoneNumbers &phones,
                                               const QList<Consignes> &clients, const QString &author)
{
    const QString where = db.url().redacted();
    ClientRepository repository(db, phones);
    const Result<QList<ClientEntry>> latest = repository.loadLatest();
    if (!latest)
        return latest.error();
    QHash<QString, const Consignes *> stored;
    QHash<QString, QString> holder; // dialed number -> code owning it in the database
    for (const ClientEntry &entry : *latest) {
        stored.insert(entry.consignes->code, entry.consignes.get());
        for (const QString &number : entry.consignes->dialedNumbers)
            holder.insert(number, entry.consignes->code);
    }
    QSet<QString> importCodes;
    for (const Consignes &client : clients) {
        if (importCodes.contains(client.code))
            return Error{
                ConsignesHistoryText::tr("client %1 appears twice in the import; nothing was imported")
                    .arg(client.code),
                where};
        importCodes.insert(client.code);
    }

    ConsignesImportSummary summary;
    summary.clients = static_cast<int>(clients.size());
    QList<Consignes> changed;
    for (const Consignes &client : clients) {
        for (const QString &number : client.dialedNumbers) {
            const QString owner = holder.value(number);
            if (!owner.isEmpty() && owner != client.code && !importCodes.contains(owner))
                return Error{
                    ConsignesHistoryText::tr(
                        "dialed number %1 of client %2 already belongs to client %3, which is not in the "
                        "import; nothing was imported")
                        .arg(number, clientLabel(client), clientLabel(*stored.value(owner))),
                    where};
        }
        const Consignes *previous = stored.value(client.code);
        if (previous && serializeClientConsignes(*previous) == serializeClientConsignes(client))
            ++summary.unchanged;
        else
            changed.append(client);
    }
    if (!changed.isEmpty()) {
        // The check above read the database outside the transaction; the repository checks the
        // numbers again inside it, so a concurrent change is still refused, never half-applied.
        const QList<Consignes> ordered = releasingFirst(changed, holder);
        if (Result<int> saved = repository.saveAll(ordered, author); !saved)
            return saved.error();
        for (const Consignes &client : ordered)
            summary.savedCodes.append(client.code);
    }
    summary.newVersions = static_cast<int>(changed.size());
    logging::module("consignes")
        ->info("import by {}: {} clients, {} new versions, {} unchanged", author.toStdString(),
               summary.clients, summary.newVersions, summary.unchanged);
    return summary;
}

Result<QByteArray> exportConsignes(Database &db, const PhoneNumbers &phones, const QString &clientCode)
{
    const Result<QList<ClientEntry>> latest = ClientRepository(db, phones).loadLatest();
    if (!latest)
        return latest.error();
    QList<Consignes> clients;
    for (const ClientEntry &entry : *latest)
        if (clientCode.isEmpty() || entry.consignes->code == clientCode)
            clients.append(*entry.consignes);
    if (!clientCode.isEmpty() && clients.isEmpty())
        return Error{ConsignesHistoryText::tr("no client with code %1").arg(clientCode), db.url().redacted()};
    // By code in C order whatever the database's collation, so two engines export the same bytes.
    std::sort(clients.begin(), clients.end(),
              [](const Consignes &a, const Consignes &b) { return a.code.compare(b.code) < 0; });
    return serializeConsignesDocument(clients);
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ConsignesHistoryText::tr("cannot write: %1").arg(file.errorString()), path};
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{ConsignesHistoryText::tr("cannot write: %1").arg(file.errorString()), path};
    return success();
}

} // namespace relais

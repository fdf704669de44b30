// The versions of a client's consignes in the store, and consignes files in and out of it: checking a
// set of files, importing them all or nothing, exporting the latest versions as one canonical document.
// relais-cli consignes and the consignes editor share this code.
#pragma once

#include "common/result.h"
#include "consignes/consignes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace relais {

class Database;
class PhoneNumbers;

struct ConsignesVersionInfo
{
    int version = 0;
    QString author;
    QDateTime createdAt; // UTC
    qint64 size = 0;     // bytes of the stored document
};

class ConsignesHistory final
{
public:
    // `phones` reads stored documents (its default region) and must outlive this.
    ConsignesHistory(Database &db, const PhoneNumbers &phones);

    // Every version of the client, oldest first. An unknown client is an error naming it.
    Result<QList<ConsignesVersionInfo>> versions(const QString &clientCode);
    // The stored document of one version (canonical JSON of one client object).
    Result<QByteArray> document(const QString &clientCode, int version);
    // One version, parsed.
    Result<Consignes> load(const QString &clientCode, int version);

private:
    Database &m_db;
    const PhoneNumbers &m_phones;
};

// One file of a set checked together.
struct ConsignesFileCheck
{
    QString path;
    QList<Consignes> clients; // empty when the file failed to parse
    QList<Error> errors;      // empty: the file is good, alone and next to the others
};

// Reads every file with the strict reader, then checks what no single file can: a client code or a
// dialed number that appears in two files (the error names both clients and both files).
QList<ConsignesFileCheck> checkConsignesFiles(const QStringList &paths, const PhoneNumbers &phones);

struct ConsignesImportSummary
{
    int clients = 0;     // clients in the import
    int newVersions = 0; // saved as a new version (new clients included)
    int unchanged = 0;   // same canonical bytes as their latest version: nothing saved
    QStringList savedCodes;
};

// Saves the clients in one transaction, all or nothing. A client whose canonical document equals its
// latest version gets no new version. A dialed number owned in the database by a client that is not in
// the import is refused, naming both. On any error nothing is changed.
Result<ConsignesImportSummary> importConsignes(Database &db, const PhoneNumbers &phones,
                                               const QList<Consignes> &clients, const QString &author);

// The latest version of every client (or of `clientCode` alone) as one canonical document, sorted by
// code. An unknown `clientCode` is an error.
Result<QByteArray> exportConsignes(Database &db, const PhoneNumbers &phones, const QString &clientCode = {});

// Writes `bytes` to `path` atomically (a temporary file renamed over it), so a reader never sees half.
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace relais

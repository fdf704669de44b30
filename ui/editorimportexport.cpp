// Consignes files in and out of the store for the editor (see editorimportexport.h).
#include "editorimportexport.h"

#include "consignes/consignesjson.h"
#include "logging/logging.h"
#include "security/guardedconsignes.h"
#include "storage/consigneshistory.h"

#include <QCoreApplication>

namespace relais {

EditorImportOutcome importConsignesFile(Database &db, const PhoneNumbers &phones, const QString &path,
                                        const ImportAuthor &who)
{
    EditorImportOutcome outcome;
    const auto read = readConsignesFile(path, phones);
    const auto summary = !read ? Result<ConsignesImportSummary>(read.error())
                         : who.guarded && who.actor
                             ? who.guarded->import(*who.actor, db, phones, read.value())
                             : importConsignes(db, phones, read.value(), who.author);
    if (!summary) {
        outcome.failed = true;
        outcome.status = QCoreApplication::translate("EditorImportExport", "Not imported: %1")
                             .arg(summary.error().toString());
        return outcome;
    }
    for (const Consignes &client : read.value())
        if (summary->savedCodes.contains(client.code))
            outcome.saved << client;
    outcome.status = QCoreApplication::translate("EditorImportExport",
                                                 "Imported %1 clients: %2 new versions, %3 unchanged")
                         .arg(summary->clients)
                         .arg(summary->newVersions)
                         .arg(summary->unchanged);
    logging::module("consignes")
        ->info("editor: {} imported {}: {} new versions", who.author.toStdString(), path.toStdString(),
               summary->newVersions);
    return outcome;
}

Status exportConsignesFile(Database &db, const PhoneNumbers &phones, const QString &path, const QString &code)
{
    const auto bytes = exportConsignes(db, phones, code);
    return bytes ? writeFileAtomically(path, bytes.value()) : Status(bytes.error());
}

} // namespace relais

// The consignes editor's Import and Export buttons behind the dialogs: a consignes file into the store
// (all or nothing) and the store out to a file (atomically), with what to tell the supervisor.
#pragma once

#include "common/result.h"
#include "consignes/consignes.h"
#include "security/role.h"

#include <QList>
#include <QString>

#include <optional>

namespace relais {

class Database;
class GuardedConsignes;
class PhoneNumbers;

struct EditorImportOutcome
{
    QString status; // for the status line
    bool failed = false;
    QList<Consignes> saved; // the clients that got a new version, to update the routing index
};

// Who imports. With `guarded` and `actor` the import needs EditConsignes and is audited
// (GuardedConsignes::import); without them it goes straight to the store as `author`.
struct ImportAuthor
{
    QString author;
    std::optional<Actor> actor = std::nullopt;
    GuardedConsignes *guarded = nullptr;
};

EditorImportOutcome importConsignesFile(Database &db, const PhoneNumbers &phones, const QString &path,
                                        const ImportAuthor &who);

// The client `code` (or every client when empty) as one canonical document written to `path`.
Status exportConsignesFile(Database &db, const PhoneNumbers &phones, const QString &path,
                           const QString &code);

} // namespace relais

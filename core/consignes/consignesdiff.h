// What changed between two versions of a client's consignes, section by section, in words a supervisor
// reads: "greetings.open: « … » → « … »", "checklist: added field « Nom »". Lists whose items have ids
// (checklist, urgency levels and rules, filtering rules, directory) are compared by id, so a reorder
// reads "moved", not removed + added.
#pragma once

#include "consignes/consignes.h"

#include <QList>
#include <QString>

namespace relais {

struct ConsignesChange
{
    enum class Kind
    {
        Added,
        Removed,
        Changed,
        Moved
    };

    // JSON-like path of what changed: "greetings.open", "checklist[nom]", "urgencyRules[fuite].keywords".
    // Items with ids are named by id in brackets; list entries without ids by their text.
    QString path;
    Kind kind = Kind::Changed;
    QString before; // the old value in words (empty for Added); for Moved, the old position (1-based)
    QString after;  // the new value in words (empty for Removed); for Moved, the new position
    QString text;   // the whole change as one translated sentence, starting with its place
    bool operator==(const ConsignesChange &) const = default;
};

// Every difference, in document order (the order of the keys in docs/consignes.md); empty when the two
// are equal. Values are shown as stored (phone numbers in E.164).
QList<ConsignesChange> diffConsignes(const Consignes &before, const Consignes &after);

// "added", "removed", "changed", "moved" (translated), for lists and logs.
QString changeKindName(ConsignesChange::Kind kind);

} // namespace relais

// A message amended on two consoles, as the sync settled it.
#pragma once

#include "sync/messagerow.h"

#include <QMetaType>
#include <QString>

namespace relais {

// Rule: the higher revision wins; on equal revisions the later updated_at; on a full tie the version
// already on the server. The losing version is stored in message_conflicts (lost_row, as JSON) and
// reported: nothing is overwritten silently.
struct SyncConflict
{
    QString messageId;
    MessageVersion kept;
    MessageVersion lost;
    bool localKept = false; // this console's version won
    QString detectedDuring; // "push" or "pull"
};

} // namespace relais

Q_DECLARE_METATYPE(relais::SyncConflict)

// One amendment of a completed message: the version it replaced, who replaced it, when and why.
#pragma once

#include "messages/message.h"

#include <QDateTime>
#include <QString>

namespace relais {

struct MessageAmendment
{
    QString messageId;
    int revision = 0;    // the revision `previous` had; the amendment made revision + 1
    QString amendedBy;   // operator login
    QDateTime amendedAt; // UTC
    QString reason;      // free text, may be empty
    Message previous;    // the whole message as it was before this amendment
};

} // namespace relais

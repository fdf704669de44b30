// Reopening unfinished drafts (see draftreopener.h).
#include "draftreopener.h"

#include "callarea.h"
#include "logging/logging.h"
#include "routing/callrouter.h"
#include "storage/messagerepository.h"

namespace relais {
namespace {
constexpr int kMaxReopenedDrafts = 50; // more would bury the console; the rest stay in the store
} // namespace

int reopenDrafts(MessageRepository &messages, const CallRouter &router, CallArea &area,
                 const QString &operatorLogin)
{
    auto drafts = messages.unfinishedDrafts(kMaxReopenedDrafts, operatorLogin);
    if (!drafts) {
        logging::module("ui")->error("cannot reopen drafts: {}", drafts.error().toString().toStdString());
        return 0;
    }
    int reopened = 0;
    for (const Message &draft : drafts.value()) {
        // The call as it was offered, rebuilt from what the draft stored.
        CallEvent offered;
        offered.kind = CallEvent::Kind::Offered;
        offered.callId = draft.callId.isEmpty() ? draft.id : draft.callId;
        offered.callerNumber = draft.callerNumber;
        offered.callerName = draft.callerName;
        offered.dialedNumber = draft.dialedNumber;
        offered.time = draft.createdAt;
        if (area.form(offered.callId))
            continue; // already on screen
        const Pop pop =
            draft.clientCode.isEmpty() ? router.route(offered) : router.routeTo(offered, draft.clientCode);
        area.showPop(offered, pop);
        area.completePop(offered.callId); // the form now: the draft goes into it
        MessageForm *form = area.form(offered.callId);
        if (!form)
            return reopened; // no form context: nothing to restore into
        form->restore(draft);
        area.setCallState(offered.callId, CallState::Ended); // the call itself is long gone
        ++reopened;
    }
    if (reopened > 0)
        logging::module("ui")->info("reopened {} unfinished draft(s)", reopened);
    return reopened;
}

} // namespace relais

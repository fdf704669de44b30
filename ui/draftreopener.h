// At start, the console reopens the messages left unfinished (a crash, a closed window): each draft
// gets its own call tab with its pop re-rendered for its client and its form exactly as it was. Only
// the signed-in operator's own drafts: a colleague's, brought by sync, is theirs to finish.
#pragma once

#include <QString>

namespace relais {

class CallArea;
class CallRouter;
class MessageRepository;

// Returns how many drafts were reopened; a store that cannot be read is logged and reopens none.
int reopenDrafts(MessageRepository &messages, const CallRouter &router, CallArea &area,
                 const QString &operatorLogin);

} // namespace relais

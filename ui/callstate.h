// Where a call shown in a tab stands, as the operator sees it.
#pragma once

namespace relais {

enum class CallState
{
    Ringing,
    InProgress,
    Ended
};

} // namespace relais

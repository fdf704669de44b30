// Makes the call source a URL names: sim:// or ami://USER[:SECRET]@HOST[:PORT]?device=PJSIP/201&…
#pragma once

#include "common/result.h"
#include "cti/ctisource.h"
#include "cti/simulatorsource.h"

#include <memory>

namespace relais {

class Clock;

struct CtiSourceDependencies
{
    const Clock &clock;
    SimulatorSource::Options simulator; // used for sim://
};

// The AMI secret may also come from RELAIS_AMI_SECRET. Errors name the URL with its secret masked.
Result<std::unique_ptr<CtiSource>> makeCtiSource(const QString &url, const CtiSourceDependencies &deps);

} // namespace relais

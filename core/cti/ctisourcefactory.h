// Makes the call source a URL names: sim:// or ami://USER[:SECRET]@HOST[:PORT]?device=PJSIP/201&…
#pragma once

#include "common/result.h"
#include "cti/amiclient.h"
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

// The parts of the URL, checked, without I/O (tested on their own). `environmentSecret` stands for
// RELAIS_AMI_SECRET, used when the URL has no secret.
Result<AmiClient::Options> parseAmiUrl(const QString &url, const QString &environmentSecret);
// sim://[?interval=SECONDS] applied over `base`.
Result<SimulatorSource::Options> parseSimulatorUrl(const QString &url, SimulatorSource::Options base);

} // namespace relais

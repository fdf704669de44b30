// Consignes -> JsonNode in the canonical key order of docs/consignes.md. Keys documented as
// "omitted when empty" are left out when they hold their default, every other key is always written.
#pragma once

#include "consignes/consignes.h"
#include "consignes/jsontree.h"

namespace relais {

JsonNode encodeConsignes(const Consignes &consignes);

} // namespace relais

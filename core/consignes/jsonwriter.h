// Canonical JSON text for a JsonNode tree: keys in insertion order, 2-space indent, short arrays of
// scalars on one line, a trailing newline. The same tree always gives the same bytes.
#pragma once

#include "consignes/jsontree.h"

#include <QByteArray>

namespace relais {

QByteArray writeJson(const JsonNode &root);

} // namespace relais

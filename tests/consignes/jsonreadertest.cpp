// The position-keeping JSON reader and the canonical writer.
#include "consignes/jsonreader.h"
#include "consignes/jsonwriter.h"

#include <catch2/catch.hpp>

using namespace relais;

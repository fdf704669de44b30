// Malformed consignes: each is refused with an error that says what and where.
#include "consignes/consignesjson.h"
#include "phone/phonenumbers.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace relais;

// The shared security checks on the test PostgreSQL (RELAIS_TEST_POSTGRES_URL).
#include "security/securitychecks.h"

#include "storage/database.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace relais;

namespace {

std::unique_ptr<Database> freshDb()
{
    return test::openSecurityDb(test::freshPostgresDatabase(QStringLiteral("relais_security")));
}

} // namespace

TEST_CASE("repeated failed sign-ins wait longer each time, across a restart (PostgreSQL)")
{
    test::checkSignInDelays(*freshDb());
}

TEST_CASE("purge deletes messages past their client's retention, dry run changes nothing (PostgreSQL)")
{
    test::checkPurge(*freshDb());
}

TEST_CASE("purge removes the purged messages' deliveries and their log (PostgreSQL)")
{
    test::checkPurgeRemovesDeliveries(*freshDb());
}

TEST_CASE("the audit log refuses UPDATE and DELETE by a trigger (PostgreSQL)")
{
    test::checkAuditAppendOnly(*freshDb());
}

TEST_CASE("each audited action writes its row, refused actions change nothing (PostgreSQL)")
{
    test::checkAuditedActions(*freshDb());
}

TEST_CASE(
    "an operator's recent list and search show only their own messages, a supervisor's all (PostgreSQL)")
{
    test::checkListsByRole(*freshDb());
}

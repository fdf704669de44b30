// The form's store checks on PostgreSQL (label postgres; RELAIS_TEST_POSTGRES_URL, see scripts/test).
#include "formstorechecks.h"

#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace relais::test;

TEST_CASE("actions and the dialed number round-trip through the PostgreSQL store")
{
    checkActionsRoundTrip(freshPostgresDatabase(QStringLiteral("relais_form")));
}

TEST_CASE("only unfinished drafts are listed for reopening, in the PostgreSQL store")
{
    checkUnfinishedDrafts(freshPostgresDatabase(QStringLiteral("relais_form")));
}

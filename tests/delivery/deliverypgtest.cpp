// The delivery queue on the test PostgreSQL (RELAIS_TEST_POSTGRES_URL).
#include "deliverychecks.h"

#include "storage/database.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace relais;

#define POSTGRES_CASE(name, check)                                                                           \
    TEST_CASE(name " (PostgreSQL)")                                                                          \
    {                                                                                                        \
        std::unique_ptr<Database> db =                                                                       \
            test::openDeliveryDb(test::freshPostgresDatabase(QStringLiteral("relais_delivery")));            \
        test::check(*db);                                                                                    \
    }

POSTGRES_CASE("queueing a message twice stores its deliveries once", checkQueueIsIdempotent)
POSTGRES_CASE("a due delivery is sent through its channel's transport and logged", checkSendAndLog)
POSTGRES_CASE("a temporary failure is retried with exponential backoff, then fails for good",
              checkRetryBackoff)
POSTGRES_CASE("a permanent failure fails at once with the server's answer", checkPermanentFailure)
POSTGRES_CASE("an expired lease is claimed again and sent under the same delivery id",
              checkLeaseExpiryResendsSameId)
POSTGRES_CASE("an unacknowledged urgent message escalates to the rota's next person, then the supervisor",
              checkEscalationChain)
POSTGRES_CASE("acknowledging by code stops the message's escalation", checkAcknowledgementStopsEscalation)
POSTGRES_CASE("malformed and unknown acknowledgement codes are refused with a clear error",
              checkAcknowledgementCodes)
POSTGRES_CASE("the follow-up list shows failed and waiting deliveries by deadline", checkFollowUps)
POSTGRES_CASE("an SMS reply quoting the code acknowledges only from the number it was sent to",
              checkSmsReplies)
POSTGRES_CASE("gateway receipts mark an SMS delivered or failed, interim words change nothing",
              checkGatewayReceipts)

TEST_CASE("two workers on two connections to one PostgreSQL deliver 200 deliveries exactly once")
{
    const QString url = test::freshPostgresDatabase(QStringLiteral("relais_delivery_workers"));
    test::checkTwoWorkersDeliverOnce(url, 100);
}

POSTGRES_CASE("a completed message saved through MessageRepository is planned and sent by one worker round "
              "(not a draft nor an old message) and a second sweep plans nothing",
              checkSweepPlansSavedMessages)
POSTGRES_CASE("the sweep plans under the consignes version the message was taken with or else the latest",
              checkSweepUsesTheMessagesConsignesVersion)
POSTGRES_CASE("a message of an unknown client is recorded as not planned in the follow-ups once",
              checkSweepRecordsUnplannableMessages)

TEST_CASE("two workers sweeping one PostgreSQL at once plan each message once")
{
    const QString url = test::freshPostgresDatabase(QStringLiteral("relais_delivery_sweep"));
    test::checkConcurrentSweepsPlanOnce(url, 120);
}

// The delivery queue on a SQLite file.
#include "deliverychecks.h"

#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace relais;

namespace {

struct SqliteFile
{
    QTemporaryDir dir;
    QString url() const { return QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("delivery.db")); }
};

} // namespace

#define SQLITE_CASE(name, check)                                                                             \
    TEST_CASE(name " (SQLite)")                                                                              \
    {                                                                                                        \
        SqliteFile file;                                                                                     \
        REQUIRE(file.dir.isValid());                                                                         \
        std::unique_ptr<Database> db = test::openDeliveryDb(file.url());                                     \
        test::check(*db);                                                                                    \
    }

SQLITE_CASE("queueing a message twice stores its deliveries once", checkQueueIsIdempotent)
SQLITE_CASE("a due delivery is sent through its channel's transport and logged", checkSendAndLog)
SQLITE_CASE("a temporary failure is retried with exponential backoff, then fails for good", checkRetryBackoff)
SQLITE_CASE("a permanent failure fails at once with the server's answer", checkPermanentFailure)
SQLITE_CASE("an expired lease is claimed again and sent under the same delivery id",
            checkLeaseExpiryResendsSameId)
SQLITE_CASE("an unacknowledged urgent message escalates to the rota's next person, then the supervisor",
            checkEscalationChain)
SQLITE_CASE("acknowledging by code stops the message's escalation", checkAcknowledgementStopsEscalation)
SQLITE_CASE("malformed and unknown acknowledgement codes are refused with a clear error",
            checkAcknowledgementCodes)
SQLITE_CASE("the follow-up list shows failed and waiting deliveries by deadline", checkFollowUps)
SQLITE_CASE("an SMS reply quoting the code acknowledges only from the number it was sent to", checkSmsReplies)
SQLITE_CASE("gateway receipts mark an SMS delivered or failed, interim words change nothing",
            checkGatewayReceipts)
SQLITE_CASE("the inbox over HTTP: a link shows a button then acknowledges, callbacks need the token",
            checkInboxOverHttp)

TEST_CASE("two workers on two connections to one SQLite file send each delivery once")
{
    SqliteFile file;
    REQUIRE(file.dir.isValid());
    test::openDeliveryDb(file.url());
    test::checkTwoWorkersDeliverOnce(file.url(), 40);
}

SQLITE_CASE("a completed message saved through MessageRepository is planned and sent by one worker round "
            "(not a draft nor an old message) and a second sweep plans nothing",
            checkSweepPlansSavedMessages)
SQLITE_CASE("the sweep plans under the consignes version the message was taken with or else the latest",
            checkSweepUsesTheMessagesConsignesVersion)
SQLITE_CASE("a message of an unknown client is recorded as not planned in the follow-ups once",
            checkSweepRecordsUnplannableMessages)

TEST_CASE("two sweeps at once on one SQLite file plan each message once")
{
    SqliteFile file;
    REQUIRE(file.dir.isValid());
    test::openDeliveryDb(file.url());
    test::checkConcurrentSweepsPlanOnce(file.url(), 30);
}

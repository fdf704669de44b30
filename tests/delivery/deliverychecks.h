// Delivery queue behaviour written once and run on a SQLite file and on the test PostgreSQL.
#pragma once

#include <QString>

#include <memory>

namespace relais {
class Database;
}

namespace relais::test {

std::unique_ptr<Database> openDeliveryDb(const QString &url);

void checkQueueIsIdempotent(Database &db);
void checkSendAndLog(Database &db);
void checkRetryBackoff(Database &db);
void checkPermanentFailure(Database &db);
void checkLeaseExpiryResendsSameId(Database &db);
void checkEscalationChain(Database &db);
void checkAcknowledgementStopsEscalation(Database &db);
void checkAcknowledgementCodes(Database &db);
void checkFollowUps(Database &db);
// The delivery inbox (deliveryinboxchecks.cpp).
void checkSmsReplies(Database &db);
void checkGatewayReceipts(Database &db);
void checkInboxOverHttp(Database &db);
// Two workers, each on its own thread and connection to `url`, over `messages` x 2 deliveries:
// every delivery is sent exactly once.
void checkTwoWorkersDeliverOnce(const QString &url, int messages);

// The planner sweep (deliverysweepchecks.cpp).
void checkSweepPlansSavedMessages(Database &db);
void checkSweepUsesTheMessagesConsignesVersion(Database &db);
void checkSweepRecordsUnplannableMessages(Database &db);
// Two sweeps at once, each on its own thread and connection to `url`: each message planned once.
void checkConcurrentSweepsPlanOnce(const QString &url, int messages);

} // namespace relais::test

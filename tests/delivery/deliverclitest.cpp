// relais-cli deliver end to end: the built binary on a temporary SQLite store holding queued deliveries.
#include "deliverychecks.h"
#include "deliveryfixtures.h"

#include "delivery/deliveryids.h"
#include "delivery/deliveryqueue.h"
#include "delivery/deliveryrepository.h"
#include "phone/phonenumbers.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/messagerepository.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QUuid>

#include <csignal>

using namespace relais;
using namespace relais::delivery;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class DeliverCli final
{
public:
    DeliverCli()
    {
        REQUIRE(m_dir.isValid());
        m_url = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("cli.db"));
        test::openDeliveryDb(m_url);
    }

    void setUp(QProcess &process, const QStringList &args, const QStringList &global = {},
               const QString &locale = QStringLiteral("C.UTF-8"))
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("RELAIS_DB"));
        env.remove(QStringLiteral("RELAIS_SHARED_DB"));
        env.insert(QStringLiteral("LC_ALL"), locale);
        process.setProcessEnvironment(env);
        process.setProgram(QStringLiteral(RELAIS_BINARY_DIR "/app/relais-cli/relais-cli"));
        process.setArguments(global + QStringList{QStringLiteral("--db"), m_url, QStringLiteral("deliver")} +
                             args);
    }

    Run run(const QStringList &args, const QStringList &global = {},
            const QString &locale = QStringLiteral("C.UTF-8"))
    {
        QProcess process;
        setUp(process, args, global, locale);
        process.start();
        REQUIRE(process.waitForStarted());
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        Run result{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
        UNSCOPED_INFO("stdout: " << result.out.toStdString() << "\nstderr: " << result.err.toStdString());
        return result;
    }

    // Queues an urgent message planned at `at`; returns its plan.
    DeliveryPlan queueUrgent(const QDateTime &at)
    {
        std::unique_ptr<Database> db = test::openDeliveryDb(m_url);
        static const PhoneNumbers phones;
        DeliveryQueue queue(*db, phones);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Result<QueueResult> r = queue.planAndQueue(test::deliveryMessage(id, QStringLiteral("urgent"), at),
                                                   test::deliveryConsignes(), at);
        REQUIRE(r.ok());
        REQUIRE(r->plan.deliveries.size() == 2);
        return r->plan;
    }

    // Saves the client's consignes and `message` as a console does (no planning).
    void saveAsConsole(const Message &message)
    {
        std::unique_ptr<Database> db = test::openDeliveryDb(m_url);
        static const PhoneNumbers phones;
        Consignes consignes = test::deliveryConsignes();
        consignes.greetings.open = QStringLiteral("{salutation}, cabinet de test");
        if (ClientRepository(*db, phones).count().value() == 0)
            REQUIRE(ClientRepository(*db, phones).save(consignes, QStringLiteral("test")).ok());
        REQUIRE(MessageRepository(*db).save(message).ok());
    }

    DeliveryState stateOf(const QString &deliveryId)
    {
        std::unique_ptr<Database> db = test::openDeliveryDb(m_url);
        const Result<std::optional<DeliveryRecord>> r = DeliveryRepository(*db).find(deliveryId);
        REQUIRE(r.ok());
        REQUIRE(r->has_value());
        return (*r)->state;
    }

private:
    QTemporaryDir m_dir;
    QString m_url;
};

} // namespace

TEST_CASE("relais-cli deliver --ack records a code's acknowledgement and refuses garbage")
{
    DeliverCli cli;
    const DeliveryPlan plan = cli.queueUrgent(QDateTime::currentDateTimeUtc());
    const PlannedDelivery &sms = plan.deliveries.first();

    Run r = cli.run({QStringLiteral("--ack"), QStringLiteral("not-a-code!"), QStringLiteral("--by"),
                     QStringLiteral("sophie")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("acknowledgement code")));
    r = cli.run({QStringLiteral("--ack"), QStringLiteral("0000-0000"), QStringLiteral("--by"),
                 QStringLiteral("sophie")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("no delivery has the code 0000-0000")));
    r = cli.run({QStringLiteral("--ack"), sms.acknowledgeCode});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--by")));
    CHECK(cli.stateOf(sms.deliveryId) == DeliveryState::Queued);

    r = cli.run({QStringLiteral("--ack"), displayCode(sms.acknowledgeCode).toLower(), QStringLiteral("--by"),
                 QStringLiteral("sophie")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("acknowledged delivery ") + sms.deliveryId));
    CHECK(r.out.contains(QStringLiteral("by sophie (operator)")));
    CHECK(cli.stateOf(sms.deliveryId) == DeliveryState::Acknowledged);
}

TEST_CASE("relais-cli deliver --once escalates what nobody acknowledged and prints one line per step")
{
    DeliverCli cli;
    // Planned an hour ago: its 15-minute acknowledgement deadline has passed.
    const DeliveryPlan plan = cli.queueUrgent(QDateTime::currentDateTimeUtc().addSecs(-3600));
    const Run r = cli.run({QStringLiteral("--once"), QStringLiteral("--supervisor-email"),
                           QStringLiteral("supervision@service.example")});
    CHECK(r.exitCode == 0);
    // Without transports (no delivery settings here) nothing is sent, but escalation still runs.
    CHECK(r.err.contains(QStringLiteral("no transport is configured")));
    CHECK(r.out.count(QStringLiteral("escalated to Dr Bob Petit")) == 2);
    CHECK(r.out.contains(QStringLiteral("sent 0, retrying 0, failed 0, escalated 2, waiting 4")));

    const Run list = cli.run({QStringLiteral("--follow-ups")});
    CHECK(list.exitCode == 0);
    CHECK(list.out.count(QStringLiteral("\twaiting\tCAB-TEST\t") + plan.payload.message.id) == 4);
}

TEST_CASE("relais-cli deliver stops cleanly on SIGINT")
{
    DeliverCli cli;
    QProcess process;
    cli.setUp(process, {QStringLiteral("--interval"), QStringLiteral("1")});
    process.start();
    REQUIRE(process.waitForStarted());
    process.waitForFinished(1500); // still running: it loops until told to stop
    REQUIRE(process.state() == QProcess::Running);
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    CHECK(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("sent 0, retrying 0")));

    const Run bad = cli.run({QStringLiteral("--interval"), QStringLiteral("0")});
    CHECK(bad.exitCode == 2);
}

TEST_CASE("relais-cli deliver refuses a delivery settings file that is not there, naming it")
{
    DeliverCli cli;
    const Run r = cli.run({QStringLiteral("--once"), QStringLiteral("--settings"),
                           QStringLiteral("/nonexistent/delivery.ini")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("/nonexistent/delivery.ini")));
}

TEST_CASE("relais-cli deliver --once plans the messages a console saved and nobody planned")
{
    DeliverCli cli;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString saved = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString draft = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString old = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // A normal message goes to carol by email at the next digest time: planned, then waiting.
    cli.saveAsConsole(test::deliveryMessage(saved, QStringLiteral("normal"), now.addSecs(-600)));
    Message unfinished = test::deliveryMessage(draft, QStringLiteral("normal"), now.addSecs(-300));
    unfinished.status = MessageStatus::Draft;
    cli.saveAsConsole(unfinished);
    cli.saveAsConsole(test::deliveryMessage(old, QStringLiteral("normal"), now.addDays(-3)));

    Run r = cli.run({QStringLiteral("--once")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("message ") + saved +
                         QStringLiteral(" of CAB-TEST planned: 1 deliveries")));
    CHECK_FALSE(r.out.contains(draft));
    CHECK_FALSE(r.out.contains(old)); // older than a day before the first queued message
    CHECK(r.out.contains(QStringLiteral("planned 1, sent 0, retrying 0, failed 0, escalated 0, waiting 1")));

    r = cli.run({QStringLiteral("--once")});
    CHECK(r.out.contains(QStringLiteral("planned 0, sent 0, retrying 0, failed 0, escalated 0, waiting 1")));
    const Run list = cli.run({QStringLiteral("--follow-ups")});
    CHECK(list.out.count(QStringLiteral("\twaiting\tCAB-TEST\t") + saved) == 1);
    CHECK_FALSE(list.out.contains(draft));

    // Told to look back further, the old message is planned too.
    r = cli.run(
        {QStringLiteral("--once"), QStringLiteral("--since"), now.addDays(-7).date().toString(Qt::ISODate)});
    CHECK(r.out.contains(QStringLiteral("message ") + old +
                         QStringLiteral(" of CAB-TEST planned: 1 deliveries")));
    CHECK(r.out.contains(QStringLiteral("planned 1,")));
    r = cli.run({QStringLiteral("--once"), QStringLiteral("--since"), QStringLiteral("last tuesday")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--since")));
}

TEST_CASE("relais-cli speaks French with --lang fr or a French system, English with --lang en")
{
    DeliverCli cli;
    const QStringList unknownCode{QStringLiteral("--ack"), QStringLiteral("0000-0000"),
                                  QStringLiteral("--by"), QStringLiteral("sophie")};
    const QString french = QString::fromUtf8("aucun envoi n’a le code 0000-0000");
    CHECK(cli.run(unknownCode, {QStringLiteral("--lang"), QStringLiteral("fr")}).err.contains(french));
    CHECK(cli.run(unknownCode, {}, QStringLiteral("fr_FR.UTF-8")).err.contains(french));
    CHECK(
        cli.run(unknownCode, {QStringLiteral("--lang"), QStringLiteral("en")}, QStringLiteral("fr_FR.UTF-8"))
            .err.contains(QStringLiteral("no delivery has the code 0000-0000")));
    const Run wrong = cli.run(unknownCode, {QStringLiteral("--lang"), QStringLiteral("de")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("--lang takes fr or en, not 'de'")));
}

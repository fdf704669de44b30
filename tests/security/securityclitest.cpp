// relais-cli users and purge end to end: the built binary run with QProcess on a temporary SQLite store.
#include "security/securitychecks.h"

#include "common/clock.h"
#include "messages/message.h"
#include "security/auditlog.h"
#include "security/passwordhasher.h"
#include "security/userrepository.h"
#include "storage/database.h"
#include "storage/messagerepository.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace relais;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class Cli final
{
public:
    Cli()
    {
        REQUIRE(m_dir.isValid());
        m_url = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("cli.db"));
        test::openSecurityDb(m_url);
    }

    Run run(const QStringList &args, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
        env.remove(QStringLiteral("RELAIS_DB"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RELAIS_BINARY_DIR "/app/relais-cli/relais-cli"),
                      QStringList{QStringLiteral("--verbose"), QStringLiteral("--db"), m_url} + args);
        REQUIRE(process.waitForStarted());
        process.write(input);
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        Run result{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
        UNSCOPED_INFO("stdout: " << result.out.toStdString() << "\nstderr: " << result.err.toStdString());
        return result;
    }

    std::unique_ptr<Database> open() { return test::openSecurityDb(m_url); }

    // Every file the CLI wrote under its data directory (its logs), concatenated.
    QByteArray logs() const
    {
        QByteArray all;
        QDirIterator it(m_dir.filePath(QStringLiteral("data")), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

private:
    QTemporaryDir m_dir;
    QString m_url;
};

const QString secret = QStringLiteral("Sésame-ouvre-toi 42");

} // namespace

TEST_CASE("relais-cli users adds a user from --password-stdin, lists, changes the password and disables")
{
    Cli cli;
    Run added = cli.run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("Claire"),
                         QStringLiteral("--name"), QStringLiteral("Claire Martin"), QStringLiteral("--role"),
                         QStringLiteral("supervisor"), QStringLiteral("--password-stdin")},
                        secret.toUtf8() + "\n");
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("claire added (supervisor)")));

    Run listed = cli.run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray users = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(users.size() == 1);
    CHECK(users[0].toObject().value(QStringLiteral("login")).toString() == QStringLiteral("claire"));
    CHECK(users[0].toObject().value(QStringLiteral("role")).toString() == QStringLiteral("supervisor"));
    CHECK_FALSE(users[0].toObject().value(QStringLiteral("disabled")).toBool());

    {
        auto db = cli.open();
        const SystemClock clock;
        const QString stored = UserRepository(*db, clock).passwordHash(QStringLiteral("claire")).value();
        CHECK(stored.startsWith(QStringLiteral("pbkdf2-sha256$600000$")));
        CHECK(PasswordHasher().verify(secret, stored));
    }

    Run changed = cli.run({QStringLiteral("users"), QStringLiteral("passwd"), QStringLiteral("claire"),
                           QStringLiteral("--password-stdin")},
                          "another long one\n");
    REQUIRE(changed.exitCode == 0);
    Run disabled = cli.run({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("claire")});
    REQUIRE(disabled.exitCode == 0);

    auto db = cli.open();
    const SystemClock clock;
    UserRepository repo(*db, clock);
    CHECK(PasswordHasher().verify(QStringLiteral("another long one"),
                                  repo.passwordHash(QStringLiteral("claire")).value()));
    CHECK(repo.find(QStringLiteral("claire")).value()->disabled);
    AuditLog audit(*db, clock);
    const auto rows = audit.recent(10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    CHECK(rows->at(0).action == audit::userDisable);
    CHECK(rows->at(1).action == audit::userPassword);
    CHECK(rows->at(2).action == audit::userAdd);
    CHECK(rows->at(2).actor == QStringLiteral("cli:tester"));

    // The password never shows in any output or log line, even at debug level.
    for (const Run &r : {added, listed, changed, disabled}) {
        CHECK_FALSE(r.out.contains(secret));
        CHECK_FALSE(r.err.contains(secret));
        CHECK_FALSE(r.err.contains(QStringLiteral("another long one")));
    }
    CHECK_FALSE(cli.logs().contains(secret.toUtf8()));
    CHECK_FALSE(cli.logs().contains("another long one"));
}

TEST_CASE("relais-cli users refuses a password on the command line, a short one and a taken login")
{
    Cli cli;
    // A password is never an argument: an extra positional or a --password option is bad usage.
    CHECK(
        cli.run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("paul"), secret}).exitCode ==
        2);
    CHECK(cli.run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("paul"),
                   QStringLiteral("--password"), secret})
              .exitCode == 2);
    CHECK(cli.run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("paul"),
                   QStringLiteral("--role"), QStringLiteral("root"), QStringLiteral("--password-stdin")},
                  "long enough pw\n")
              .exitCode == 2);
    CHECK(cli.run({QStringLiteral("users"), QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli.run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("bad login")}).exitCode ==
          2);
    // Not a terminal and no --password-stdin: refused rather than read silently.
    Run noTty =
        cli.run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("paul")}, "long enough pw\n");
    CHECK(noTty.exitCode == 1);
    CHECK(noTty.err.contains(QStringLiteral("--password-stdin")));
    Run shortPw = cli.run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("paul"),
                           QStringLiteral("--password-stdin")},
                          "short\n");
    CHECK(shortPw.exitCode == 1);
    CHECK(shortPw.err.contains(QStringLiteral("at least 8")));
    Run empty = cli.run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("paul"),
                         QStringLiteral("--password-stdin")});
    CHECK(empty.exitCode == 1);
    REQUIRE(cli.run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("paul"),
                     QStringLiteral("--password-stdin")},
                    "long enough pw\n")
                .exitCode == 0);
    Run taken = cli.run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("PAUL"),
                         QStringLiteral("--password-stdin")},
                        "long enough pw\n");
    CHECK(taken.exitCode == 1);
    CHECK(taken.err.contains(QStringLiteral("already taken")));
    CHECK(cli.run({QStringLiteral("users"), QStringLiteral("passwd"), QStringLiteral("nobody"),
                   QStringLiteral("--password-stdin")},
                  "long enough pw\n")
              .exitCode == 1);
}

TEST_CASE("relais-cli purge --dry-run counts and keeps, purge deletes and audits both")
{
    Cli cli;
    {
        auto db = cli.open();
        MessageRepository messages(*db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto &[id, age] : {std::pair{"old", 400}, std::pair{"new", 10}}) {
            Message m;
            m.id = QString::fromLatin1(id);
            m.clientCode = QStringLiteral("NOWHERE"); // unknown client: the default 365 days
            m.status = MessageStatus::Completed;
            m.createdAt = now.addDays(-age);
            m.updatedAt = m.createdAt;
            REQUIRE(messages.save(m).ok());
        }
    }
    Run dry = cli.run({QStringLiteral("purge"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    REQUIRE(dry.exitCode == 0);
    const QJsonObject dryReport = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    CHECK(dryReport.value(QStringLiteral("dryRun")).toBool());
    CHECK(dryReport.value(QStringLiteral("messages")).toInt() == 1);
    CHECK(MessageRepository(*cli.open()).count().value() == 2);

    Run real = cli.run({QStringLiteral("purge")});
    REQUIRE(real.exitCode == 0);
    CHECK(real.out.contains(QStringLiteral("1 messages deleted")));
    auto db = cli.open();
    MessageRepository messages(*db);
    CHECK(messages.count().value() == 1);
    CHECK(messages.find(QStringLiteral("new")).value().has_value());
    const SystemClock clock;
    const auto rows = AuditLog(*db, clock).recent(10, audit::messagesPurge);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).detail.startsWith(QStringLiteral("1 messages")));
    CHECK(rows->at(1).detail.startsWith(QStringLiteral("dry run: 1 messages")));
    CHECK(rows->at(0).actor == QStringLiteral("cli:tester"));

    CHECK(cli.run({QStringLiteral("purge"), QStringLiteral("now")}).exitCode == 2);
}

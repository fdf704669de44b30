// No secret in any log line: relais-cli and the AMI client run with known secrets (a database password
// in the URL, one kept in the secret store, RELAIS_AMI_SECRET, an AMI secret in the URL, a user's
// password, a secret set through `relais-cli secrets`), at debug level, and every line they wrote to
// stdout, stderr and their log files is scanned for each secret.
#include "security/securitychecks.h"

#include "common/clock.h"
#include "cti/amiclient.h"
#include "cti/fakeamiserver.h"
#include "logging/logging.h"
#include "security/auditlog.h"
#include "security/signin.h"
#include "storage/database.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace relais;

namespace {

const QStringList secrets{QStringLiteral("PgUrlSecret-4242"),  QStringLiteral("StoredDbSecret-8080"),
                          QStringLiteral("EnvAmiSecret-7777"), QStringLiteral("UrlAmiSecret-5555"),
                          QStringLiteral("UserPassword-3131"), QStringLiteral("WrongPassword-2929"),
                          QStringLiteral("InProcessAmi-1234")};

class Scan final
{
public:
    Scan()
    {
        REQUIRE(m_dir.isValid());
        m_dbUrl = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("scan.db"));
        test::openSecurityDb(m_dbUrl);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    const QString &dbUrl() const { return m_dbUrl; }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("RELAIS_SECRETS"), QStringLiteral("file"));
        env.insert(QStringLiteral("RELAIS_SECRETS_FILE"), m_dir.filePath(QStringLiteral("secrets")));
        env.insert(QStringLiteral("RELAIS_LOG"),
                   QStringLiteral("cti=debug,store=debug,security=debug,sync=debug"));
        env.remove(QStringLiteral("RELAIS_DB"));
        return env;
    }

    void start(QProcess &process, const QStringList &args, const QProcessEnvironment &env)
    {
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RELAIS_BINARY_DIR "/app/relais-cli/relais-cli"),
                      QStringList{QStringLiteral("--verbose")} + args);
        REQUIRE(process.waitForStarted());
    }

    // Runs relais-cli to its end; its output joins what is scanned.
    int run(const QStringList &args, const QByteArray &input = {}, QProcessEnvironment env = {})
    {
        QProcess process;
        start(process, args, env.isEmpty() ? environment() : env);
        process.write(input);
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(60000));
        keep(process);
        return process.exitCode();
    }

    void keep(QProcess &process)
    {
        m_output += process.readAllStandardOutput();
        m_output += process.readAllStandardError();
    }

    // Everything written: the processes' output and every file under the temporary home but the
    // secrets file itself and the databases (which hold a password's hash, not the password).
    QByteArray written() const
    {
        QByteArray all = m_output;
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            if (file == m_dir.filePath(QStringLiteral("secrets")) || file.contains(QLatin1String(".db")))
                continue;
            QFile f(file);
            REQUIRE(f.open(QIODevice::ReadOnly));
            all += "\n--- " + file.toUtf8() + "\n" + f.readAll();
        }
        return all;
    }

    QByteArray output() const { return m_output; }

private:
    QTemporaryDir m_dir;
    QString m_dbUrl;
    QByteArray m_output;
};

} // namespace

TEST_CASE("no secret reaches stdout, stderr or a log file of relais-cli or the AMI client")
{
    Scan scan;

    // A database password in the URL: the connection fails and says where, masked.
    CHECK(scan.run({QStringLiteral("--db"),
                    QStringLiteral("postgresql://scan:PgUrlSecret-4242@127.0.0.1:1/relais?connect_timeout=2"),
                    QStringLiteral("migrate")}) == 1);
    CHECK(scan.output().contains("127.0.0.1"));

    // A database password kept by `relais-cli secrets set` (read from stdin) and filled into the URL.
    CHECK(scan.run({QStringLiteral("secrets"), QStringLiteral("set"),
                    QStringLiteral("postgresql://scan@127.0.0.1:1")},
                   "StoredDbSecret-8080\n") == 0);
    {
        QFile file(scan.path(QStringLiteral("secrets")));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll().contains("StoredDbSecret-8080")); // it is kept, only there
        CHECK(file.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                     QFileDevice::ReadUser | QFileDevice::WriteUser));
    }
    CHECK(scan.run({QStringLiteral("--db"),
                    QStringLiteral("postgresql://scan@127.0.0.1:1/relais?connect_timeout=2"),
                    QStringLiteral("migrate")}) == 1);

    // A user's password: set through stdin, then a wrong and a right sign-in in-process, logged at debug.
    CHECK(scan.run({QStringLiteral("--db"), scan.dbUrl(), QStringLiteral("users"), QStringLiteral("add"),
                    QStringLiteral("scanner"), QStringLiteral("--password-stdin")},
                   "UserPassword-3131\n") == 0);
    logging::setup({.directory = scan.path(QStringLiteral("inprocess")),
                    .level = spdlog::level::debug,
                    .toStderr = false});
    {
        auto db = test::openSecurityDb(scan.dbUrl());
        SystemClock clock;
        AuditLog audit(*db, clock);
        SignIn signIn(*db, clock, audit);
        CHECK_FALSE(signIn.signIn(QStringLiteral("scanner"), QStringLiteral("WrongPassword-2929")));
        CHECK(signIn.signIn(QStringLiteral("scanner"), QStringLiteral("UserPassword-3131")));
    }

    // The AMI secret from RELAIS_AMI_SECRET, then in the URL, sent to a PBX that refuses the login.
    test::FakeAmiServer pbx;
    pbx.options().acceptLogin = false;
    REQUIRE(pbx.listen());
    for (const auto &[cti, environmentSecret] :
         {std::pair{QStringLiteral("ami://relais@127.0.0.1:%1?device=PJSIP/201"),
                    QStringLiteral("EnvAmiSecret-7777")},
          std::pair{QStringLiteral("ami://relais:UrlAmiSecret-5555@127.0.0.1:%1?device=PJSIP/201"),
                    QString()}}) {
        const int loginsBefore = pbx.logins();
        QProcessEnvironment env = scan.environment();
        if (!environmentSecret.isEmpty())
            env.insert(QStringLiteral("RELAIS_AMI_SECRET"), environmentSecret);
        QProcess watch;
        scan.start(watch,
                   {QStringLiteral("--db"), scan.dbUrl(), QStringLiteral("watch"), QStringLiteral("--cti"),
                    cti.arg(pbx.port())},
                   env);
        CHECK(test::waitUntil([&] { return pbx.logins() > loginsBefore; }, 20000));
        // The secret did go to the PBX: the scan below is not vacuous.
        CHECK(pbx.lastLogin().text("Secret") ==
              (environmentSecret.isEmpty() ? QStringLiteral("UrlAmiSecret-5555") : environmentSecret));
        test::waitUntil([] { return false; }, 300); // let the refusal be logged
        watch.terminate();
        REQUIRE(watch.waitForFinished(10000));
        scan.keep(watch);
    }

    // The AMI client in-process, at debug level, refused then accepted.
    {
        AmiClient::Options options;
        options.host = QStringLiteral("127.0.0.1");
        options.port = pbx.port();
        options.username = QStringLiteral("relais");
        options.secret = QStringLiteral("InProcessAmi-1234");
        SystemClock clock;
        AmiClient client(options, clock);
        const int loginsBefore = pbx.logins();
        client.start();
        CHECK(test::waitUntil([&] { return pbx.logins() > loginsBefore; }, 10000));
        pbx.options().acceptLogin = true;
        CHECK(test::waitUntil([&] { return client.state() == CtiSource::State::Connected; }, 20000));
        CHECK(pbx.lastLogin().text("Secret") == QStringLiteral("InProcessAmi-1234"));
        client.stop();
    }
    logging::setup({.directory = {}, .level = spdlog::level::warn, .toStderr = true});

    const QByteArray written = scan.written();
    CHECK(written.contains("--- ")); // log files were written and read
    for (const QString &secret : secrets) {
        INFO("secret " << secret.toStdString() << " found in:\n" << written.toStdString());
        CHECK_FALSE(written.contains(secret.toUtf8()));
    }
}

// TLS to PostgreSQL: a server of the test's own with ssl=on and a self-signed certificate made now by
// openssl, reached through the project's database URL with sslmode=require and verify-full.
#include "storage/database.h"
#include "storage/databaseurl.h"

#include <catch2/catch.hpp>

#include <QHostAddress>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

#include <unistd.h>

using namespace relais;

namespace {

// initdb, two self-signed certificates (the server's and a stranger's) and pg_ctl; as root, run as
// the postgres user (initdb refuses root).
class TlsPostgres final
{
public:
    TlsPostgres()
    {
        REQUIRE(m_dir.isValid());
        for (int port = 55610; port < 55700 && m_port == 0; ++port) {
            QTcpServer probe;
            if (probe.listen(QHostAddress::LocalHost, quint16(port)))
                m_port = port;
        }
        REQUIRE(m_port != 0);
        if (geteuid() == 0)
            run(QStringLiteral("chown"), {QStringLiteral("postgres:"), m_dir.path()}, false);
        const QString bin =
            qEnvironmentVariable("RELAIS_TEST_PGBIN", QStringLiteral("/usr/lib/postgresql/15/bin"));
        run(bin + QStringLiteral("/initdb"),
            {QStringLiteral("-D"), path("data"), QStringLiteral("-U"), QStringLiteral("postgres"),
             QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
             QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")});
        makeCertificate(QStringLiteral("server"));
        makeCertificate(QStringLiteral("stranger"));
        run(bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), path("data"), QStringLiteral("-l"), path("log"), QStringLiteral("-w"),
             QStringLiteral("start"), QStringLiteral("-o"),
             // "localhost": the server binds every address the name resolves to (::1 first on a fresh
             // Debian), the ones libpq tries when a URL names localhost.
             QStringLiteral("-p %1 -k %2 -c listen_addresses=localhost -c fsync=off -c ssl=on "
                            "-c ssl_cert_file=%3 -c ssl_key_file=%4")
                 .arg(m_port)
                 .arg(m_dir.path(), path("server.crt"), path("server.key"))});
        m_running = true;
        m_bin = bin;
    }
    ~TlsPostgres()
    {
        if (m_running)
            run(m_bin + QStringLiteral("/pg_ctl"),
                {QStringLiteral("-D"), path("data"), QStringLiteral("-m"), QStringLiteral("fast"),
                 QStringLiteral("-w"), QStringLiteral("stop")},
                false);
    }

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    QString url(const QString &host, const QString &query) const
    {
        return QStringLiteral("postgresql://postgres@%1:%2/postgres?%3").arg(host).arg(m_port).arg(query);
    }

private:
    // A self-signed certificate for "localhost" only (no IP address in it), valid two days.
    void makeCertificate(const QString &name)
    {
        run(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost"),
             QStringLiteral("-keyout"), m_dir.filePath(name + QStringLiteral(".key")), QStringLiteral("-out"),
             m_dir.filePath(name + QStringLiteral(".crt"))});
        run(QStringLiteral("chmod"), {QStringLiteral("600"), m_dir.filePath(name + QStringLiteral(".key"))});
    }

    void run(const QString &program, const QStringList &args, bool required = true)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (geteuid() == 0 && program != QLatin1String("chown"))
            process.start(
                QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                    args);
        else
            process.start(program, args);
        const bool ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
                        process.exitCode() == 0;
        INFO(program.toStdString() << ": " << process.readAll().toStdString());
        if (required)
            REQUIRE(ok);
    }

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_running = false;
};

Result<std::unique_ptr<Database>> openUrl(const QString &text)
{
    const auto url = DatabaseUrl::parse(text);
    REQUIRE(url);
    return Database::open(*url);
}

bool sessionUsesSsl(Database &db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
    REQUIRE(query.next());
    return query.value(0).toBool();
}

} // namespace

TEST_CASE("TLS to PostgreSQL: require and verify-full work, a wrong CA or host is refused clearly")
{
    TlsPostgres server;

    // The URL keeps both options, and Database passes them to libpq.
    const QString verified =
        server.url(QStringLiteral("localhost"),
                   QStringLiteral("sslmode=verify-full&sslrootcert=") + server.path("server.crt"));
    CHECK(DatabaseUrl::parse(verified)->options.value(QStringLiteral("sslrootcert")) ==
          server.path("server.crt"));

    // sslmode=require encrypts
    {
        auto db = openUrl(server.url(QStringLiteral("127.0.0.1"), QStringLiteral("sslmode=require")));
        INFO((db ? QString() : db.error().toString()).toStdString());
        REQUIRE(db);
        CHECK(sessionUsesSsl(**db));
        // The schema goes over TLS like everything else.
        CHECK((*db)->migrate());
    }
    // sslmode=verify-full with the server's own certificate as root and its host name
    {
        auto db = openUrl(verified);
        INFO((db ? QString() : db.error().toString()).toStdString());
        REQUIRE(db);
        CHECK(sessionUsesSsl(**db));
    }
    // sslmode=disable is plain, so the check above means something
    {
        auto db = openUrl(server.url(QStringLiteral("127.0.0.1"), QStringLiteral("sslmode=disable")));
        REQUIRE(db);
        CHECK_FALSE(sessionUsesSsl(**db));
    }
    // verify-full with another CA is refused, saying the certificate failed verification
    {
        auto db = openUrl(
            server.url(QStringLiteral("localhost"),
                       QStringLiteral("sslmode=verify-full&sslrootcert=") + server.path("stranger.crt")));
        REQUIRE_FALSE(db);
        INFO(db.error().toString().toStdString());
        CHECK(db.error().toString().contains(QStringLiteral("certificate verify failed")));
        CHECK(db.error().toString().contains(QStringLiteral("localhost")));
    }
    // verify-full to a host the certificate does not name is refused, naming both
    {
        auto db = openUrl(
            server.url(QStringLiteral("127.0.0.1"),
                       QStringLiteral("sslmode=verify-full&sslrootcert=") + server.path("server.crt")));
        REQUIRE_FALSE(db);
        INFO(db.error().toString().toStdString());
        CHECK(db.error().toString().contains(QStringLiteral("does not match host name")));
    }
    // verify-full with a root certificate file that is not there is refused
    {
        auto db = openUrl(
            server.url(QStringLiteral("localhost"),
                       QStringLiteral("sslmode=verify-full&sslrootcert=") + server.path("absent.crt")));
        REQUIRE_FALSE(db);
        CHECK(db.error().toString().contains(QStringLiteral("absent.crt")));
    }
}

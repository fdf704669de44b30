// DatabaseUrl: the accepted forms, and a clear refusal naming the redacted URL for everything else.
#include "storage/databaseurl.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QStandardPaths>

using relais::DatabaseUrl;

namespace {

DatabaseUrl parsed(const QString &text)
{
    const relais::Result<DatabaseUrl> url = DatabaseUrl::parse(text);
    INFO(text.toStdString() << " -> " << (url ? std::string() : url.error().toString().toStdString()));
    REQUIRE(url.ok());
    return *url;
}

} // namespace

TEST_CASE("an absolute SQLite URL names the file")
{
    const DatabaseUrl url = parsed(QStringLiteral("sqlite:///var/lib/relais/relais.db"));
    CHECK(url.engine == DatabaseUrl::Engine::Sqlite);
    CHECK(url.path == QStringLiteral("/var/lib/relais/relais.db"));
    CHECK(url.toString() == QStringLiteral("sqlite:///var/lib/relais/relais.db"));
    CHECK(url.redacted() == url.toString());
}

TEST_CASE("a SQLite URL may start at the home directory and percent-encode spaces")
{
    CHECK(parsed(QStringLiteral("sqlite://~/relais.db")).path ==
          QDir::homePath() + QStringLiteral("/relais.db"));
    const DatabaseUrl spaced = parsed(QStringLiteral("sqlite:///tmp/Mes%20documents/r%C3%A9sum%C3%A9.db"));
    CHECK(spaced.path == QStringLiteral("/tmp/Mes documents/résumé.db"));
    CHECK(parsed(spaced.toString()) == spaced);
    CHECK(parsed(QStringLiteral("SQLite:///tmp/a/../b.db")).path == QStringLiteral("/tmp/b.db"));
}

TEST_CASE("a full PostgreSQL URL gives every part, percent-decoded")
{
    const DatabaseUrl url = parsed(QStringLiteral(
        "postgresql://r%C3%A9mi:s%40cr%3At@db.example.fr:6543/relais_prod?sslmode=verify-full&"
        "sslrootcert=/etc/ssl/root.crt&connect_timeout=10&application_name=console%20accueil"));
    CHECK(url.engine == DatabaseUrl::Engine::Postgres);
    CHECK(url.user == QStringLiteral("rémi"));
    CHECK(url.password == QStringLiteral("s@cr:t"));
    CHECK(url.host == QStringLiteral("db.example.fr"));
    CHECK(url.port == 6543);
    CHECK(url.database == QStringLiteral("relais_prod"));
    CHECK(url.options.value(QStringLiteral("sslmode")) == QStringLiteral("verify-full"));
    CHECK(url.options.value(QStringLiteral("sslrootcert")) == QStringLiteral("/etc/ssl/root.crt"));
    CHECK(url.options.value(QStringLiteral("connect_timeout")) == QStringLiteral("10"));
    CHECK(url.options.value(QStringLiteral("application_name")) == QStringLiteral("console accueil"));
    CHECK(parsed(url.toString()) == url);
    CHECK(url.redacted().contains(QStringLiteral("r%C3%A9mi:***@db.example.fr:6543/relais_prod")));
    CHECK_FALSE(url.redacted().contains(QStringLiteral("s%40cr")));
}

TEST_CASE("short PostgreSQL URLs take the defaults")
{
    const DatabaseUrl url = parsed(QStringLiteral("postgres://bob@10.0.0.5/relais"));
    CHECK(url.engine == DatabaseUrl::Engine::Postgres);
    CHECK(url.port == 5432);
    CHECK(url.password.isEmpty());
    CHECK(url.options.isEmpty());
    CHECK(url.toString() == QStringLiteral("postgresql://bob@10.0.0.5/relais"));
    const DatabaseUrl noUser = parsed(QStringLiteral("postgresql://db/relais"));
    CHECK(noUser.user.isEmpty());
    CHECK(noUser.host == QStringLiteral("db"));
    const DatabaseUrl v6 = parsed(QStringLiteral("POSTGRESQL://bob@[::1]:5433/x"));
    CHECK(v6.host == QStringLiteral("::1"));
    CHECK(v6.port == 5433);
    CHECK(parsed(v6.toString()) == v6);
}

TEST_CASE("the embedded default is relais.db in the user's data directory")
{
    const DatabaseUrl url = DatabaseUrl::defaultLocal();
    CHECK(url.engine == DatabaseUrl::Engine::Sqlite);
    CHECK(url.path == QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                          QStringLiteral("/relais.db"));
    CHECK(parsed(url.toString()) == url);
}

TEST_CASE("a bad database URL is refused, saying what is wrong and where")
{
    struct Case
    {
        QString input;
        QString expected; // part of Error::what
    };
    const QList<Case> cases{
        {QString(), QStringLiteral("empty database URL")},
        {QStringLiteral("garbage"), QStringLiteral("not a database URL")},
        {QStringLiteral(":nothing"), QStringLiteral("not a database URL")},
        {QStringLiteral("mysql://u@h/db"), QStringLiteral("unknown scheme 'mysql'")},
        {QStringLiteral("postgresql:///db"), QStringLiteral("missing host")},
        {QStringLiteral("postgresql://u@:5432/db"), QStringLiteral("missing host")},
        {QStringLiteral("postgresql:db"), QStringLiteral("expected '//'")},
        {QStringLiteral("postgresql://u@h:abc/db"), QStringLiteral("port 'abc' is not a number")},
        {QStringLiteral("postgresql://u@h:-1/db"), QStringLiteral("port '-1' is not a number")},
        {QStringLiteral("postgresql://u@h:70000/db"), QStringLiteral("port 70000 is out of range")},
        {QStringLiteral("postgresql://u@h:0/db"), QStringLiteral("port 0 is out of range")},
        {QStringLiteral("postgresql://u@h:99999999999999999999/db"), QStringLiteral("is not a number")},
        {QStringLiteral("postgresql://u@h:/db"), QStringLiteral("missing port")},
        {QStringLiteral("postgresql://u@h"), QStringLiteral("missing database name")},
        {QStringLiteral("postgresql://u@h/"), QStringLiteral("missing database name")},
        {QStringLiteral("postgresql://u@h/a/b"), QStringLiteral("contains '/'")},
        {QStringLiteral("postgresql://@h/db"), QStringLiteral("empty user name")},
        {QStringLiteral("postgresql://u:p%zz@h/db"), QStringLiteral("bad percent-escape in the password")},
        {QStringLiteral("postgresql://u%4@h/db"), QStringLiteral("bad percent-escape in the user name")},
        {QStringLiteral("postgresql://u@h/d%00b"), QStringLiteral("bad percent-escape in the database name")},
        {QStringLiteral("postgresql://u@h/db%FF"), QStringLiteral("bad percent-escape in the database name")},
        {QStringLiteral("postgresql://u@ho$t/db"), QStringLiteral("bad host name 'ho$t'")},
        {QStringLiteral("postgresql://u@[::1/db"), QStringLiteral("missing ']'")},
        {QStringLiteral("postgresql://u@[zz]/db"), QStringLiteral("bad IPv6 address")},
        {QStringLiteral("postgresql://u@h/db?foo=1"), QStringLiteral("unknown option 'foo'")},
        {QStringLiteral("postgresql://u@h/db?password=x"), QStringLiteral("unknown option 'password'")},
        {QStringLiteral("postgresql://u@h/db?sslmode=sometimes"),
         QStringLiteral(
             "sslmode 'sometimes' is not one of disable, allow, prefer, require, verify-ca, verify-full")},
        {QStringLiteral("postgresql://u@h/db?sslmode=REQUIRE"), QStringLiteral("sslmode 'REQUIRE'")},
        {QStringLiteral("postgresql://u@h/db?sslmode=require&sslmode=disable"),
         QStringLiteral("given twice")},
        {QStringLiteral("postgresql://u@h/db?sslmode"), QStringLiteral("option 'sslmode' has no value")},
        {QStringLiteral("postgresql://u@h/db?sslmode="), QStringLiteral("option 'sslmode' has no value")},
        {QStringLiteral("postgresql://u@h/db?&"), QStringLiteral("empty option")},
        {QStringLiteral("postgresql://u@h/db?connect_timeout=soon"),
         QStringLiteral("connect_timeout 'soon'")},
        {QStringLiteral("postgresql://u@h/db?connect_timeout=99999"),
         QStringLiteral("connect_timeout '99999'")},
        {QStringLiteral("postgresql://u@h/db?application_name=a%3Bb"), QStringLiteral("contains ';'")},
        {QStringLiteral("postgresql://u@h/db#main"), QStringLiteral("unexpected '#'")},
        {QStringLiteral("postgresql://u@h/my db"), QStringLiteral("contains a space")},
        {QStringLiteral(" sqlite:///tmp/x.db"), QStringLiteral("contains a space")},
        {QStringLiteral("sqlite:///tmp/x.db\n"), QStringLiteral("line break")},
        {QStringLiteral("sqlite:///tmp/\x01.db"), QStringLiteral("control character")},
        {QStringLiteral("sqlite:///tmp/é.db"), QStringLiteral("non-ASCII character 'é'")},
        {QString::fromLatin1("\x80\xff\xfe\x90garbage"), QStringLiteral("non-ASCII")},
        {QStringLiteral("sqlite:relative.db"), QStringLiteral("needs an absolute path")},
        {QStringLiteral("sqlite:/tmp/x.db"), QStringLiteral("needs an absolute path")},
        {QStringLiteral("sqlite://host/file.db"), QStringLiteral("names a local file, not a host")},
        {QStringLiteral("sqlite:///"), QStringLiteral("missing file path")},
        {QStringLiteral("sqlite://"), QStringLiteral("names a local file")},
        {QStringLiteral("sqlite:///tmp/dir/"), QStringLiteral("names a directory")},
        {QStringLiteral("sqlite:///tmp/x.db?mode=ro"), QStringLiteral("no options")},
        {QStringLiteral("sqlite:///tmp/%zz.db"), QStringLiteral("bad percent-escape in the file path")},
    };
    for (const Case &c : cases) {
        const relais::Result<DatabaseUrl> url = DatabaseUrl::parse(c.input);
        INFO("input: " << c.input.toStdString());
        REQUIRE_FALSE(url.ok());
        INFO("error: " << url.error().toString().toStdString());
        CHECK(url.error().what.contains(c.expected));
        if (!c.input.isEmpty())
            CHECK_FALSE(url.error().where.isEmpty());
    }
}

TEST_CASE("a refused URL never shows its password")
{
    const relais::Result<DatabaseUrl> url =
        DatabaseUrl::parse(QStringLiteral("postgresql://bob:hunter2@h:99999/db"));
    REQUIRE_FALSE(url.ok());
    CHECK(url.error().where == QStringLiteral("postgresql://bob:***@h:99999/db"));
    CHECK_FALSE(url.error().toString().contains(QStringLiteral("hunter2")));
}

TEST_CASE("a huge URL is refused with a short place")
{
    const QString huge =
        QStringLiteral("postgresql://u@h/") + QString(100'000, QLatin1Char('a')) + QStringLiteral("/x");
    const relais::Result<DatabaseUrl> url = DatabaseUrl::parse(huge);
    REQUIRE_FALSE(url.ok());
    CHECK(url.error().what.contains(QStringLiteral("contains '/'")));
    CHECK(url.error().where.size() < 200);
    CHECK(url.error().what.size() < 200);
}

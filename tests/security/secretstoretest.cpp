// The secret store's 0600 fallback file, keychain fall-back, and filling URLs from it.
#include "security/secretstore.h"
#include "security/secretfile.h"
#include "security/secreturl.h"
#include "storage/databaseurl.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

#include <sys/stat.h>

using namespace relais;

namespace {

SecretStore fileStore(const QTemporaryDir &dir)
{
    SecretStore::Options options;
    options.useKeychain = false;
    options.fallbackFile = dir.filePath(QStringLiteral("conf/secrets"));
    return SecretStore(options);
}

mode_t modeOf(const QString &path)
{
    struct stat info
    {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

} // namespace

TEST_CASE("secrets written without a keychain go to a 0600 file and read back")
{
    QTemporaryDir dir;
    SecretStore store = fileStore(dir);
    CHECK_FALSE(store.read(QStringLiteral("ami://relais@pbx:5038")).has_value());
    REQUIRE(store.write(QStringLiteral("ami://relais@pbx:5038"), QStringLiteral("s3cr3t é:@/")));
    REQUIRE(store.write(QStringLiteral("smtp"), QStringLiteral("mail-pass")));
    CHECK(store.read(QStringLiteral("ami://relais@pbx:5038")) == QStringLiteral("s3cr3t é:@/"));
    CHECK(store.read(QStringLiteral("smtp")) == QStringLiteral("mail-pass"));
    CHECK(modeOf(store.fallbackFile()) == 0600);
    CHECK(store.lastBackend() == store.fallbackFile());
    // Written atomically: no temporary file left beside it.
    CHECK(QDir(dir.filePath(QStringLiteral("conf"))).entryList(QDir::Files) ==
          QStringList{QStringLiteral("secrets")});

    REQUIRE(store.remove(QStringLiteral("smtp")));
    CHECK_FALSE(store.read(QStringLiteral("smtp")).has_value());
    CHECK(store.read(QStringLiteral("ami://relais@pbx:5038")).has_value());
    const Status again = store.remove(QStringLiteral("smtp"));
    REQUIRE_FALSE(again);
    CHECK(again.error().what.contains(QStringLiteral("smtp")));
    CHECK_FALSE(store.write(QStringLiteral("  "), QStringLiteral("x")));
}

TEST_CASE("a secrets file others may read is refused, and its value never returned")
{
    QTemporaryDir dir;
    SecretStore store = fileStore(dir);
    REQUIRE(store.write(QStringLiteral("db"), QStringLiteral("pw")));
    for (const mode_t wide : {mode_t(0644), mode_t(0640), mode_t(0606), mode_t(0660)}) {
        REQUIRE(::chmod(QFile::encodeName(store.fallbackFile()).constData(), wide) == 0);
        CHECK_FALSE(store.read(QStringLiteral("db")).has_value());
        const auto all = secretfile::readAll(store.fallbackFile());
        REQUIRE_FALSE(all);
        CHECK(all.error().what.contains(QStringLiteral("chmod 600")));
        CHECK_FALSE(all.error().toString().contains(QStringLiteral("pw\"")));
        // Nor is it overwritten (which would hide the problem): the write fails too.
        CHECK_FALSE(store.write(QStringLiteral("other"), QStringLiteral("x")));
    }
    REQUIRE(::chmod(QFile::encodeName(store.fallbackFile()).constData(), 0600) == 0);
    CHECK(store.read(QStringLiteral("db")) == QStringLiteral("pw"));
}

TEST_CASE("a damaged secrets file is refused, not guessed at")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets"));
    for (const QByteArray &bytes : {QByteArray("not json"), QByteArray("[\"a\"]"), QByteArray("{\"a\": 1}"),
                                    QByteArray("{\"a\": \"b\""), QByteArray("\0\1\2", 3)}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        REQUIRE(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
        CHECK_FALSE(secretfile::readAll(path));
    }
    // A symbolic link is not followed (it could point at a file the user did not mean).
    const QString link = dir.filePath(QStringLiteral("link"));
    REQUIRE(QFile::link(path, link));
    CHECK_FALSE(secretfile::readAll(link));
    // An absent file is simply empty.
    const auto none = secretfile::readAll(dir.filePath(QStringLiteral("absent")));
    REQUIRE(none);
    CHECK(none->isEmpty());
}

TEST_CASE("with the keychain asked but unreachable (no D-Bus here), secrets still round-trip")
{
    // In CI nothing answers on D-Bus: the store falls back to the file. On a desktop with a keychain the
    // value goes there instead; either way it reads back, and removing it removes it.
    QTemporaryDir dir;
    SecretStore::Options options;
    options.service = QStringLiteral("relais-test");
    options.fallbackFile = dir.filePath(QStringLiteral("secrets"));
    options.keychainTimeoutMs = 3000;
    SecretStore store(options);
    REQUIRE(store.write(QStringLiteral("relais-test-key"), QStringLiteral("v@lue")));
    CHECK(store.read(QStringLiteral("relais-test-key")) == QStringLiteral("v@lue"));
    CHECK((store.lastBackend() == QStringLiteral("keychain") || store.lastBackend() == options.fallbackFile));
    REQUIRE(store.remove(QStringLiteral("relais-test-key")));
    CHECK_FALSE(store.read(QStringLiteral("relais-test-key")).has_value());
}

TEST_CASE("a URL without a password takes the stored secret named after its user, host and port")
{
    QTemporaryDir dir;
    SecretStore store = fileStore(dir);
    CHECK(secretNameForUrl(QStringLiteral("postgresql://bob@db.example.fr/relais?sslmode=require")) ==
          QStringLiteral("postgresql://bob@db.example.fr:5432"));
    CHECK(secretNameForUrl(QStringLiteral("postgres://bob@db:6543/relais")) ==
          QStringLiteral("postgresql://bob@db:6543"));
    CHECK(secretNameForUrl(QStringLiteral("ami://relais@pbx.example?device=PJSIP/201")) ==
          QStringLiteral("ami://relais@pbx.example:5038"));
    for (const QString &none : {QStringLiteral("sim://"), QStringLiteral("sqlite:///tmp/x.db"),
                                QStringLiteral("postgresql://db/relais"), QStringLiteral("ami://pbx"),
                                QStringLiteral("postgresql://bob@/x"), QString(), QStringLiteral("::::")})
        CHECK(secretNameForUrl(none).isEmpty());

    REQUIRE(store.write(QStringLiteral("postgresql://bob@db.example.fr:5432"), QStringLiteral("p@ss:w/rd")));
    REQUIRE(store.write(QStringLiteral("ami://relais@pbx.example:5038"), QStringLiteral("ami s&cret")));
    const QString filled =
        withStoredSecret(QStringLiteral("postgresql://bob@db.example.fr/relais?sslmode=require"), store);
    const auto parsed = DatabaseUrl::parse(filled);
    REQUIRE(parsed);
    CHECK(parsed->password == QStringLiteral("p@ss:w/rd"));
    CHECK(parsed->options.value(QStringLiteral("sslmode")) == QStringLiteral("require"));
    // A password in the URL wins; another user or host gets nothing.
    CHECK(withStoredSecret(QStringLiteral("postgresql://bob:mine@db.example.fr/relais"), store) ==
          QStringLiteral("postgresql://bob:mine@db.example.fr/relais"));
    CHECK(withStoredSecret(QStringLiteral("postgresql://eve@db.example.fr/relais"), store) ==
          QStringLiteral("postgresql://eve@db.example.fr/relais"));
    const QUrl ami(withStoredSecret(QStringLiteral("ami://relais@pbx.example?device=PJSIP/201"), store));
    CHECK(ami.password(QUrl::FullyDecoded) == QStringLiteral("ami s&cret"));
    CHECK(ami.query() == QStringLiteral("device=PJSIP/201"));
}

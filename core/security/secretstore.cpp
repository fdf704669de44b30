// The secret store: qtkeychain first, the 0600 file when no keychain answers (see secretstore.h).
// No line written here holds a value: only names, places and why.
#include "security/secretstore.h"

#include "logging/logging.h"
#include "security/secretfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace relais {

namespace {

struct SecretStoreText
{
    Q_DECLARE_TR_FUNCTIONS(SecretStoreText)
};

// Runs a keychain job to its end (or the timeout) in a local event loop: callers want an answer now.
bool runJob(QKeychain::Job &job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // the fallback is ours: checked permissions, a warning
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}

} // namespace

SecretStore::SecretStore()
    : SecretStore(Options{})
{}

SecretStore::SecretStore(Options options)
    : m_options(std::move(options))
{
    if (m_options.fallbackFile.isEmpty())
        m_options.fallbackFile = QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                                     .filePath(QStringLiteral("secrets"));
}

SecretStore::Options SecretStore::optionsFromEnvironment()
{
    Options options;
    options.useKeychain = qEnvironmentVariable("RELAIS_SECRETS") != QLatin1String("file");
#ifdef Q_OS_LINUX
    // Linux keychains answer on the D-Bus session bus; without one (a server, CI) asking only costs time.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        options.useKeychain = false;
#endif
    options.fallbackFile = qEnvironmentVariable("RELAIS_SECRETS_FILE");
    return options;
}

void SecretStore::noteFallback(const QString &why)
{
    m_lastBackend = m_options.fallbackFile;
    m_keychainProblem = why;
}

void SecretStore::warnFileInUse()
{
    if (m_warned)
        return;
    const QString why = m_keychainProblem.isEmpty() ? QStringLiteral("not used") : m_keychainProblem;
    m_warned = true;
    logging::module("security")
        ->warn("no system keychain ({}): secrets are kept in {}, readable only by this user",
               why.toStdString(), m_options.fallbackFile.toStdString());
}

SecretStore::KeychainAnswer SecretStore::keychainRead(const QString &key, QString &value)
{
    QKeychain::ReadPasswordJob job(m_options.service);
    job.setKey(key);
    if (!runJob(job, m_options.keychainTimeoutMs)) {
        noteFallback(QStringLiteral("no answer"));
        return KeychainAnswer::Unreachable;
    }
    if (job.error() == QKeychain::NoError) {
        value = job.textData();
        return KeychainAnswer::Done;
    }
    if (job.error() == QKeychain::EntryNotFound)
        return KeychainAnswer::NotFound;
    noteFallback(job.errorString());
    return KeychainAnswer::Unreachable;
}

SecretStore::KeychainAnswer SecretStore::keychainWrite(const QString &key, const QString &value)
{
    QKeychain::WritePasswordJob job(m_options.service);
    job.setKey(key);
    job.setTextData(value);
    if (!runJob(job, m_options.keychainTimeoutMs)) {
        noteFallback(QStringLiteral("no answer"));
        return KeychainAnswer::Unreachable;
    }
    if (job.error() == QKeychain::NoError)
        return KeychainAnswer::Done;
    noteFallback(job.errorString());
    return KeychainAnswer::Unreachable;
}

SecretStore::KeychainAnswer SecretStore::keychainRemove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_options.service);
    job.setKey(key);
    if (!runJob(job, m_options.keychainTimeoutMs)) {
        noteFallback(QStringLiteral("no answer"));
        return KeychainAnswer::Unreachable;
    }
    if (job.error() == QKeychain::NoError)
        return KeychainAnswer::Done;
    if (job.error() == QKeychain::EntryNotFound)
        return KeychainAnswer::NotFound;
    noteFallback(job.errorString());
    return KeychainAnswer::Unreachable;
}

std::optional<QString> SecretStore::read(const QString &key)
{
    if (key.isEmpty())
        return std::nullopt;
    if (m_options.useKeychain) {
        QString value;
        if (keychainRead(key, value) == KeychainAnswer::Done) {
            m_lastBackend = QStringLiteral("keychain");
            return value;
        }
    } else {
        m_lastBackend = m_options.fallbackFile;
    }
    // Not in the keychain (or none): a secret set while no keychain answered is in the file.
    if (!QFileInfo::exists(m_options.fallbackFile))
        return std::nullopt;
    warnFileInUse();
    const auto secrets = secretfile::readAll(m_options.fallbackFile);
    if (!secrets) {
        logging::module("security")
            ->warn("secret {} not read: {}", key.toStdString(), secrets.error().toString().toStdString());
        return std::nullopt;
    }
    const auto found = secrets->constFind(key);
    if (found == secrets->cend())
        return std::nullopt;
    return *found;
}

Status SecretStore::write(const QString &key, const QString &value)
{
    if (key.trimmed().isEmpty())
        return Error{SecretStoreText::tr("a secret needs a name"), QStringLiteral("secrets")};
    if (m_options.useKeychain && keychainWrite(key, value) == KeychainAnswer::Done) {
        m_lastBackend = QStringLiteral("keychain");
        // An older copy in the file would be read if the keychain went away: drop it.
        auto secrets = secretfile::readAll(m_options.fallbackFile);
        if (secrets && secrets->remove(key) > 0)
            return secretfile::writeAll(m_options.fallbackFile, *secrets);
        return success();
    }
    m_lastBackend = m_options.fallbackFile;
    warnFileInUse();
    auto secrets = secretfile::readAll(m_options.fallbackFile);
    if (!secrets)
        return secrets.error();
    secrets->insert(key, value);
    return secretfile::writeAll(m_options.fallbackFile, *secrets);
}

Status SecretStore::remove(const QString &key)
{
    bool removed = false;
    if (m_options.useKeychain && keychainRemove(key) == KeychainAnswer::Done)
        removed = true;
    auto secrets = secretfile::readAll(m_options.fallbackFile);
    if (!secrets)
        return secrets.error();
    if (secrets->remove(key) > 0) {
        if (Status s = secretfile::writeAll(m_options.fallbackFile, *secrets); !s)
            return s;
        removed = true;
    }
    if (!removed)
        return Error{SecretStoreText::tr("there is no secret named \"%1\"").arg(key),
                     QStringLiteral("secrets")};
    return success();
}

} // namespace relais

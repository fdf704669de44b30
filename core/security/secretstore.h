// Secrets (the PBX secret, database passwords, transport tokens) kept out of settings files and logs:
// in the system keychain (qtkeychain) where one answers, else in a file only the user may read.
#pragma once

#include "common/result.h"

#include <QString>

#include <optional>

namespace relais {

class SecretStore final
{
public:
    struct Options
    {
        QString service = QStringLiteral("relais"); // the keychain's service name
        // The fallback file; empty: "secrets" in the user's configuration directory.
        QString fallbackFile;
        // false: the file only (tests; RELAIS_SECRETS=file; on Linux, no D-Bus session nor display).
        bool useKeychain = true;
        int keychainTimeoutMs = 5000; // a keychain that does not answer by then counts as absent
    };

    SecretStore();
    explicit SecretStore(Options options);

    // The value stored under `key`, or nothing (absent, or unreadable: logged without the value).
    std::optional<QString> read(const QString &key);
    Status write(const QString &key, const QString &value);
    Status remove(const QString &key);

    // Which place the last call used: "keychain" or the fallback file's path.
    QString lastBackend() const { return m_lastBackend; }
    QString fallbackFile() const { return m_options.fallbackFile; }

    // The options a console or relais-cli uses: the keychain unless RELAIS_SECRETS=file;
    // RELAIS_SECRETS_FILE names another fallback file.
    static Options optionsFromEnvironment();

private:
    enum class KeychainAnswer
    {
        Done,
        NotFound,
        Unreachable
    };
    KeychainAnswer keychainRead(const QString &key, QString &value);
    KeychainAnswer keychainWrite(const QString &key, const QString &value);
    KeychainAnswer keychainRemove(const QString &key);
    void noteFallback(const QString &why);
    void warnFileInUse(); // once: no keychain, the secrets are in the 0600 file

    Options m_options;
    QString m_lastBackend;
    QString m_keychainProblem;
    bool m_warned = false;
};

} // namespace relais

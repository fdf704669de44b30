// Password hashes: salted PBKDF2-HMAC-SHA256 (QPasswordDigestor), the iteration count stored with the
// hash so it can be raised later without locking anyone out.
#pragma once

#include <QByteArray>
#include <QString>

namespace relais {

class PasswordHasher final
{
public:
    // OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
    static constexpr int defaultIterations = 600000;
    static constexpr int minimumIterations = 1000; // below this a stored hash is refused as broken

    explicit PasswordHasher(int iterations = defaultIterations);

    // "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>", with a fresh 16-byte random salt.
    QString hash(const QString &password) const;
    // Whether `password` matches `stored`, compared in constant time. A malformed `stored` never matches.
    bool verify(const QString &password, const QString &stored) const;
    // Whether `stored` was made with fewer iterations than this hasher's (re-hash it at the next sign-in).
    bool needsRehash(const QString &stored) const;
    int iterations() const { return m_iterations; }

    // Equal-length-independent, data-independent time comparison.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    int m_iterations;
};

} // namespace relais

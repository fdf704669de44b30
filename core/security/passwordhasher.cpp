// PBKDF2 hashing and verification; see passwordhasher.h for the stored format.
#include "security/passwordhasher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

namespace relais {

namespace {

const QString scheme = QStringLiteral("pbkdf2-sha256");
constexpr int saltBytes = 16;
constexpr int keyBytes = 32;
constexpr int maximumIterations = 100000000; // a hostile stored value must not hang a sign-in

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

bool parse(const QString &stored, Parsed &out)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != scheme)
        return false;
    bool ok = false;
    out.iterations = parts[1].toInt(&ok);
    if (!ok || out.iterations < PasswordHasher::minimumIterations || out.iterations > maximumIterations)
        return false;
    const auto salt =
        QByteArray::fromBase64Encoding(parts[2].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto key =
        QByteArray::fromBase64Encoding(parts[3].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !key || salt.decoded.size() < 8 || key.decoded.size() != keyBytes)
        return false;
    out.salt = salt.decoded;
    out.key = key.decoded;
    return true;
}

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations,
                                              keyBytes);
}

} // namespace

PasswordHasher::PasswordHasher(int iterations)
    : m_iterations(std::clamp(iterations, minimumIterations, maximumIterations))
{}

QString PasswordHasher::hash(const QString &password) const
{
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), saltBytes / 4);
    return scheme + QLatin1Char('$') + QString::number(m_iterations) + QLatin1Char('$') +
           QString::fromLatin1(salt.toBase64()) + QLatin1Char('$') +
           QString::fromLatin1(derive(password, salt, m_iterations).toBase64());
}

bool PasswordHasher::verify(const QString &password, const QString &stored) const
{
    Parsed parsed;
    if (!parse(stored, parsed))
        return false;
    return constantTimeEquals(derive(password, parsed.salt, parsed.iterations), parsed.key);
}

bool PasswordHasher::needsRehash(const QString &stored) const
{
    Parsed parsed;
    return !parse(stored, parsed) || parsed.iterations < m_iterations;
}

bool PasswordHasher::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Every byte of the longer input is read whatever the contents, so the time tells nothing.
    const qsizetype n = std::max(a.size(), b.size());
    unsigned diff = a.size() == b.size() ? 0U : 1U;
    for (qsizetype i = 0; i < n; ++i) {
        const auto x = static_cast<unsigned char>(i < a.size() ? a[i] : 0);
        const auto y = static_cast<unsigned char>(i < b.size() ? b[i] : 0);
        diff |= static_cast<unsigned>(x ^ y);
    }
    return diff == 0U;
}

} // namespace relais

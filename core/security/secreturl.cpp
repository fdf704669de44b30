// Secret names for URLs and filling them in (see secreturl.h).
#include "security/secreturl.h"

#include "security/secretstore.h"
#include "storage/databaseurl.h"

#include <QUrl>

namespace relais {

namespace {

QString schemeOf(const QString &url)
{
    return url.section(QLatin1Char(':'), 0, 0).toLower();
}

} // namespace

QString secretNameForUrl(const QString &url)
{
    const QString scheme = schemeOf(url);
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        const auto parsed = DatabaseUrl::parse(url);
        if (!parsed || parsed->user.isEmpty())
            return {};
        return QStringLiteral("postgresql://%1@%2:%3").arg(parsed->user, parsed->host).arg(parsed->port);
    }
    if (scheme == QLatin1String("ami")) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.userName().isEmpty() || parsed.host().isEmpty())
            return {};
        return QStringLiteral("ami://%1@%2:%3")
            .arg(parsed.userName(QUrl::FullyDecoded), parsed.host())
            .arg(parsed.port(5038));
    }
    return {};
}

QString withStoredSecret(const QString &url, SecretStore &store)
{
    const QString name = secretNameForUrl(url);
    if (name.isEmpty())
        return url;
    if (schemeOf(url) == QLatin1String("ami")) {
        QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.password().isEmpty())
            return url;
        const auto secret = store.read(name);
        if (!secret)
            return url;
        parsed.setPassword(*secret, QUrl::DecodedMode);
        return parsed.toString(QUrl::FullyEncoded);
    }
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed || !parsed->password.isEmpty())
        return url;
    const auto secret = store.read(name);
    if (!secret)
        return url;
    parsed->password = *secret;
    return parsed->toString();
}

} // namespace relais

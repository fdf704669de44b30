// Fills a database or PBX URL's missing password from the secret store, so settings and command lines
// need not hold it: postgresql://bob@db:5432/relais + the secret "postgresql://bob@db:5432".
#pragma once

#include <QString>

namespace relais {

class SecretStore;

// The secret's name for a URL: "postgresql://USER@HOST:PORT" or "ami://USER@HOST:PORT" (default ports
// written out), empty for any other URL or one without a user.
QString secretNameForUrl(const QString &url);
// `url` with the stored password filled in when it has none and the store holds one; else `url` as is.
QString withStoredSecret(const QString &url, SecretStore &store);

} // namespace relais

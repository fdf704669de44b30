// The secret store's fallback: a JSON object of name → value in a file only its owner may read
// (0600), written atomically, refused when its permissions are wider.
#pragma once

#include "common/result.h"

#include <QMap>
#include <QString>

namespace relais::secretfile {

// Every secret in `path`; an absent file is empty. Refused (an Error, no value in it): a file another
// user or group may read or write, one that is not a regular file, or one that is not a JSON object
// of strings.
Result<QMap<QString, QString>> readAll(const QString &path);
// Replaces `path` with `secrets`: a temporary file made 0600 in the same directory, synced, then
// renamed over it, so a reader never sees half a file nor a moment of wider permissions.
Status writeAll(const QString &path, const QMap<QString, QString> &secrets);

} // namespace relais::secretfile

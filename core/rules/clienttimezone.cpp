// Time zone resolution with a logged fallback to Europe/Paris.
#include "rules/clienttimezone.h"

#include "logging/logging.h"

#include <QSet>

#include <mutex>

namespace relais {

QTimeZone defaultClientTimeZone()
{
    static const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    return paris;
}

QTimeZone resolveClientTimeZone(const QString &ianaId, bool *fellBack)
{
    QTimeZone zone;
    const QByteArray id = ianaId.trimmed().toUtf8();
    if (!id.isEmpty())
        zone = QTimeZone(id);
    const bool fallback = !zone.isValid();
    if (fellBack)
        *fellBack = fallback;
    if (!fallback)
        return zone;

    // Remember which ids were already reported so a client with a bad zone does not fill the log at
    // every call; the set only grows with distinct bad ids, which are few.
    static std::mutex mutex;
    static QSet<QString> reported;
    bool first = false;
    {
        std::lock_guard lock(mutex);
        if (!reported.contains(ianaId)) {
            reported.insert(ianaId);
            first = true;
        }
    }
    if (first) {
        logging::module("routing")->warn("unknown time zone \"{}\": using Europe/Paris instead",
                                         ianaId.toStdString());
    }
    return defaultClientTimeZone();
}

} // namespace relais

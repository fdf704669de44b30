// Preferences: one table of typed keys, each declared once with its default, read and written
// through Settings, which tells the UI when one changes.
#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace relais {

template <typename T> struct SettingKey
{
    const char *key;
    T defaultValue;
};

namespace settings {
// The database the console opens; empty means the embedded SQLite file in the user's data directory.
inline const SettingKey<QString> databaseUrl{"storage/databaseUrl", QString()};
// The shared PostgreSQL the sync worker pushes to; empty means this desk works alone.
inline const SettingKey<QString> sharedDatabaseUrl{"storage/sharedDatabaseUrl", QString()};
// The call source: sim:// (the simulator) or ami://user@host:port?device=PJSIP/201.
inline const SettingKey<QString> ctiUrl{"cti/url", QStringLiteral("sim://")};
// The service's dialing rules, a JSON object (README "Dialing rules"); empty: the defaults.
inline const SettingKey<QString> dialingRules{"cti/dialingRules", QString()};
// Seconds between simulated calls; 0 rings only on demand (the "simulate a call" action).
inline const SettingKey<int> simulatorIntervalSeconds{"cti/simulatorIntervalSeconds", 0};
// The operator's first name, said in the greeting.
inline const SettingKey<QString> operatorFirstName{"operator/firstName", QStringLiteral("Camille")};
// The operator's login: who saves consignes and whose "changed since your last call" is tracked.
inline const SettingKey<QString> operatorLogin{"operator/login", QStringLiteral("operator")};
inline const SettingKey<QString> language{"ui/language", QString()};
inline const SettingKey<QByteArray> windowGeometry{"ui/windowGeometry", QByteArray()};
inline const SettingKey<QByteArray> windowState{"ui/windowState", QByteArray()};
inline const SettingKey<int> greetingFontPoints{"ui/greetingFontPoints", 16};
} // namespace settings

class Settings final : public QObject
{
    Q_OBJECT
public:
    // Takes the QSettings to read and write: the user's file in the app, a temporary file in tests.
    explicit Settings(std::unique_ptr<QSettings> store, QObject *parent = nullptr)
        : QObject(parent)
        , m_store(std::move(store))
    {}

    template <typename T> T value(const SettingKey<T> &key) const
    {
        const QVariant v = m_store->value(QLatin1String(key.key));
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : key.defaultValue;
    }

    template <typename T> void setValue(const SettingKey<T> &key, const T &value)
    {
        if (m_store->value(QLatin1String(key.key)) == QVariant::fromValue(value))
            return;
        m_store->setValue(QLatin1String(key.key), QVariant::fromValue(value));
        Q_EMIT changed(QLatin1String(key.key));
    }

    QString fileName() const { return m_store->fileName(); }

Q_SIGNALS:
    void changed(const QString &key);

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace relais

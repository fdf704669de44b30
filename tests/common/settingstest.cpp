// The typed settings table: defaults when unset, values round-trip, `changed` only on a real change.
#include "settings/settings.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace relais;

namespace {
std::unique_ptr<QSettings> tempSettings(const QTemporaryDir &dir)
{
    return std::make_unique<QSettings>(dir.filePath(QStringLiteral("relais.ini")), QSettings::IniFormat);
}
} // namespace

TEST_CASE("unset settings read as their declared default")
{
    QTemporaryDir dir;
    Settings settings(tempSettings(dir));
    CHECK(settings.value(settings::ctiUrl) == QStringLiteral("sim://"));
    CHECK(settings.value(settings::greetingFontPoints) == 16);
}

TEST_CASE("a stored setting survives a new Settings on the same file and signals once")
{
    QTemporaryDir dir;
    {
        Settings settings(tempSettings(dir));
        int changes = 0;
        QObject::connect(&settings, &Settings::changed, [&](const QString &key) {
            CHECK(key == QStringLiteral("operator/firstName"));
            ++changes;
        });
        settings.setValue(settings::operatorFirstName, QStringLiteral("Inès"));
        settings.setValue(settings::operatorFirstName, QStringLiteral("Inès"));
        CHECK(changes == 1);
    }
    Settings reopened(tempSettings(dir));
    CHECK(reopened.value(settings::operatorFirstName) == QStringLiteral("Inès"));
}

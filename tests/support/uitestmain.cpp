// Catch2 runner for widget tests: an offscreen QApplication. catch_discover_tests runs this binary
// at build time without the test's environment, so the platform is forced here when unset.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "logging/logging.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    relais::logging::setup({.directory = {}, .level = spdlog::level::warn, .toStderr = true});
    return Catch::Session().run(argc, argv);
}

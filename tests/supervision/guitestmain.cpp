// Catch2 runner for the report renderer's tests: an offscreen QGuiApplication (fonts need one), and
// no widgets, so these tests link relais_report alone, as relais-cli does.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "logging/logging.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    relais::logging::setup({.directory = {}, .level = spdlog::level::warn, .toStderr = true});
    return Catch::Session().run(argc, argv);
}

// Catch2 runner for core tests: a QCoreApplication so signals, timers and sockets work.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "logging/logging.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    relais::logging::setup({.directory = {}, .level = spdlog::level::warn, .toStderr = true});
    return Catch::Session().run(argc, argv);
}

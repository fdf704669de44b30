// Module loggers write to the rotating file set up by logging::setup.
#include "logging/logging.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

TEST_CASE("module loggers write to the log file in the given directory")
{
    QTemporaryDir dir;
    relais::logging::setup({.directory = dir.path(), .level = spdlog::level::info, .toStderr = false});
    auto store = relais::logging::module("store");
    store->warn("database opened: {}", "sqlite:///tmp/x.db");
    store->flush();
    QFile file(relais::logging::logFilePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.contains("[store]"));
    CHECK(text.contains("database opened: sqlite:///tmp/x.db"));
    relais::logging::setup({.directory = {}, .level = spdlog::level::warn, .toStderr = true});
}

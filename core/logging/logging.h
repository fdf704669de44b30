// Logging set-up: one spdlog logger per module (cti, store, sync, ui, app, consignes, routing),
// all writing to a rotating file in the user's data directory and to stderr.
#pragma once

#include <QString>

#include <spdlog/logger.h>

#include <memory>

namespace relais::logging {

struct Options
{
    QString directory; // where relais.log rotates; empty: no file
    spdlog::level::level_enum level = spdlog::level::info;
    bool toStderr = true;
    QString fileName = QStringLiteral("relais.log");
};

// Installs the sinks shared by every module logger. Safe to call more than once (tests do).
void setup(const Options &options);

// The module's logger, made on first use with the shared sinks. Per-module levels come from the
// RELAIS_LOG environment variable, e.g. RELAIS_LOG="cti=debug,store=warn".
std::shared_ptr<spdlog::logger> module(const char *name);

// Path of the current log file ("" when logging only to stderr).
QString logFilePath();

} // namespace relais::logging

// Shared sinks and lazily made module loggers over spdlog's registry.
#include "logging/logging.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <vector>

namespace relais::logging {
namespace {

struct State
{
    std::mutex mutex;
    std::vector<spdlog::sink_ptr> sinks;
    spdlog::level::level_enum level = spdlog::level::info;
    QString filePath;
    bool configured = false;
};

State &state()
{
    static State s;
    return s;
}

spdlog::level::level_enum levelFor(const char *name, spdlog::level::level_enum fallback)
{
    const QString spec = qEnvironmentVariable("RELAIS_LOG");
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString module = part.section(QLatin1Char('='), 0, 0).trimmed();
        const QString level = part.section(QLatin1Char('='), 1).trimmed();
        if (module == QLatin1String(name) || (level.isEmpty() && !module.isEmpty())) {
            const QString wanted = level.isEmpty() ? module : level;
            const auto parsed = spdlog::level::from_str(wanted.toStdString());
            if (parsed != spdlog::level::off || wanted == QLatin1String("off"))
                return parsed;
        }
    }
    return fallback;
}

} // namespace

void setup(const Options &options)
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    s.sinks.clear();
    s.level = options.level;
    s.filePath.clear();
    if (options.toStderr)
        s.sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    if (!options.directory.isEmpty() && QDir().mkpath(options.directory)) {
        s.filePath = QDir(options.directory).filePath(options.fileName);
        try {
            s.sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(s.filePath.toStdString(),
                                                                                     5 * 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex &e) {
            // The console must start even when its log file cannot be written.
            s.filePath.clear();
            fprintf(stderr, "relais: cannot write the log file: %s\n", e.what());
        }
    }
    s.configured = true;
    // Loggers made before this call switch to the new sinks.
    spdlog::apply_all([&](const std::shared_ptr<spdlog::logger> &logger) {
        logger->sinks() = s.sinks;
        logger->set_level(levelFor(logger->name().c_str(), s.level));
    });
}

std::shared_ptr<spdlog::logger> module(const char *name)
{
    if (auto existing = spdlog::get(name))
        return existing;
    State &s = state();
    std::lock_guard lock(s.mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    if (!s.configured) { // used before setup(), as in a test: stderr only
        s.sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
        s.configured = true;
    }
    auto logger = std::make_shared<spdlog::logger>(name, s.sinks.begin(), s.sinks.end());
    logger->set_level(levelFor(name, s.level));
    logger->flush_on(spdlog::level::warn);
    spdlog::register_logger(logger);
    return logger;
}

QString logFilePath()
{
    std::lock_guard lock(state().mutex);
    return state().filePath;
}

} // namespace relais::logging

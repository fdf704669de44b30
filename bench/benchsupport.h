// Shared by the benchmarks: percentiles, the machine line, the bench database at a given scale, and
// the --json writer that appends each figure to a results file (scripts/bench: bench-results.json).
#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <QCommandLineOption>

#include <memory>
#include <optional>
#include <vector>

namespace relais {
class Database;
class PhoneNumbers;
} // namespace relais

namespace relais::bench {

struct Summary
{
    double median = 0, p99 = 0, max = 0, mean = 0;
    size_t count = 0;
};
Summary summarize(std::vector<double> samples);

// "2 cores, AMD EPYC 7B13, 23.4 GiB" from /proc.
QString machineLine();
// Resident memory of this process in MiB (VmRSS).
double residentMiB();
QString commandLine(int argc, char *argv[]);

// For the widget benches, before their QApplication: the offscreen platform unless another is asked
// for, and its per-window warnings kept out of the tables.
void useQuietOffscreenPlatform();

// Opens (creating once, then reusing) a SQLite database in `dir` holding `clients` generated client
// accounts and `messages` generated messages; prints what it does on stderr.
Result<std::unique_ptr<Database>> scaleDatabase(const QString &dir, int clients, qint64 messages,
                                                const PhoneNumbers &phones);

// Resident memory of this process in MiB: VmRSS now, VmHWM the peak so far.
double peakResidentMiB();

// One figure of a bench, as written to the results file.
struct Figure
{
    QString name; // "pop-latency: socket -> pop shown p99"
    double value = 0;
    QString unit;            // "ms", "events/s", "MiB", "messages/s"
    QString target;          // "< 16", ">= 1000000", empty when the figure has no target
    std::optional<bool> met; // nullopt when there is no target
};
// Figures with a target, `met` filled in from the value.
Figure below(const QString &name, double value, const QString &unit, double limit);
Figure atLeast(const QString &name, double value, const QString &unit, double limit);
Figure info(const QString &name, double value, const QString &unit);

// The --json FILE option every bench takes.
QCommandLineOption jsonOption();
// Appends the figures to the JSON array in `path` (created when missing), each as {name, value, unit,
// target, met, bench, scale, machine, at}. A file that is not a JSON array is refused, not overwritten.
Status appendJson(const QString &path, const QString &bench, const QString &scale,
                  const std::vector<Figure> &figures);
// appendJson when `path` is not empty; prints the error and returns false when it fails.
bool writeJsonIfAsked(const QString &path, const QString &bench, const QString &scale,
                      const std::vector<Figure> &figures);

} // namespace relais::bench

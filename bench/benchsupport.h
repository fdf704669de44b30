// Shared by the benchmarks: percentiles, the machine line, and the bench database at a given scale.
#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace relais {
class Database;
class PhoneNumbers;
}

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

// Opens (creating once, then reusing) a SQLite database in `dir` holding `clients` generated client
// accounts and `messages` generated messages; prints what it does on stderr.
Result<std::unique_ptr<Database>> scaleDatabase(const QString &dir, int clients, qint64 messages,
                                                const PhoneNumbers &phones);

} // namespace relais::bench

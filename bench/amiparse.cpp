// bench/ami-parse: AMI parsing throughput on a recorded transcript (the parser alone, then parser +
// call tracker), printed as a table with the command line and the machine.
#include "benchsupport.h"

#include "cti/amicalltracker.h"
#include "cti/amiparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

std::string cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return "unknown";
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("model name")) {
            const qsizetype colon = line.indexOf(':');
            return line.mid(colon + 1).trimmed().toStdString();
        }
    }
    return "unknown";
}

struct Run
{
    long long events = 0;
    double seconds = 0;
};

// Feeds the transcript in 4 kB reads, as a socket would deliver it.
template <typename PerMessage> Run run(const QByteArray &bytes, int repeat, PerMessage &&perMessage)
{
    std::vector<relais::AmiMessage> messages;
    messages.reserve(256);
    Run result;
    const auto start = std::chrono::steady_clock::now();
    for (int r = 0; r < repeat; ++r) {
        relais::AmiParser parser;
        for (qsizetype i = 0; i < bytes.size(); i += 4096) {
            parser.feed(QByteArrayView(bytes).sliced(i, std::min<qsizetype>(4096, bytes.size() - i)),
                        messages);
            for (const relais::AmiMessage &m : messages) {
                result.events += m.isEvent() ? 1 : 0;
                perMessage(m);
            }
            messages.clear();
        }
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

void printRow(const char *what, const std::string &file, qsizetype bytes, const Run &run)
{
    std::printf("%-18s %-45s %10lld %12lld %9.3f %14.0f\n", what, file.c_str(), static_cast<long long>(bytes),
                run.events, run.seconds, run.events / run.seconds);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QString path;
    QString jsonPath;
    int repeat = 0;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--repeat") && i + 1 < args.size())
            repeat = args[++i].toInt();
        else if (args[i] == QStringLiteral("--json") && i + 1 < args.size())
            jsonPath = args[++i];
        else if (!args[i].startsWith(QLatin1Char('-')))
            path = args[i];
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: ami-parse FILE [--repeat N] [--json FILE]\n");
        return 2;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "ami-parse: cannot read %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return 1;
    }
    const QByteArray bytes = file.readAll();
    if (repeat <= 0) {
        // Enough repetitions for about a second: time a few first.
        const Run probe = run(bytes, 50, [](const relais::AmiMessage &) {});
        repeat = std::max(1, static_cast<int>(50 * 1.0 / std::max(probe.seconds, 1e-6)));
    }

    const Run parseOnly = run(bytes, repeat, [](const relais::AmiMessage &) {});
    relais::AmiCallTracker::Options options;
    options.device = QStringLiteral("PJSIP/201");
    relais::AmiCallTracker tracker(options);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<relais::CallEvent> events;
    long long callEvents = 0;
    const Run withTracker = run(bytes, repeat, [&](const relais::AmiMessage &m) {
        tracker.consume(m, std::chrono::steady_clock::now(), now, events);
        callEvents += static_cast<long long>(events.size());
        events.clear();
    });

    std::string command;
    for (const QString &a : args)
        command += (command.empty() ? "" : " ") + a.toStdString();
    const std::string name = QFileInfo(path).fileName().toStdString();
    std::printf("%-18s %-45s %10s %12s %9s %14s\n", "what", "file", "bytes", "events", "seconds", "events/s");
    printRow("parser", name, bytes.size() * repeat, parseOnly);
    printRow("parser+tracker", name, bytes.size() * repeat, withTracker);
    std::printf("\nrepeat: %d   call events from the tracker: %lld\n", repeat, callEvents);
    std::printf("command: %s\n", command.c_str());
    std::printf("machine: %d cores (nproc), %s\n", QThread::idealThreadCount(), cpuModel().c_str());
    const double parsed = double(parseOnly.events) / parseOnly.seconds;
    const double tracked = double(withTracker.events) / withTracker.seconds;
    const bool written = relais::bench::writeJsonIfAsked(
        jsonPath, QStringLiteral("ami-parse"), QFileInfo(path).fileName(),
        {relais::bench::atLeast(QStringLiteral("ami-parse: parser"), parsed, QStringLiteral("events/s"),
                                1000000),
         relais::bench::info(QStringLiteral("ami-parse: parser + call tracker"), tracked,
                             QStringLiteral("events/s"))});
    return written ? 0 : 1;
}

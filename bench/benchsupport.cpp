// Benchmark helpers (see benchsupport.h).
#include "benchsupport.h"

#include "generate/datagenerator.h"
#include "phone/phonenumbers.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/messagerepository.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace relais::bench {

Summary summarize(std::vector<double> samples)
{
    Summary s;
    s.count = samples.size();
    if (samples.empty())
        return s;
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples[std::min(samples.size() - 1,
                                static_cast<size_t>(q * double(samples.size() - 1) + 0.5))];
    };
    s.median = at(0.5);
    s.p99 = at(0.99);
    s.max = samples.back();
    s.mean = std::accumulate(samples.begin(), samples.end(), 0.0) / double(samples.size());
    return s;
}

QString machineLine()
{
    QString cpu = QStringLiteral("unknown CPU");
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n'))
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
    }
    double memGiB = 0;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly)) {
        const QByteArray first = meminfo.readLine();
        memGiB = first.simplified().split(' ').value(1).toDouble() / 1024.0 / 1024.0;
    }
    return QStringLiteral("%1 cores, %2, %3 GiB")
        .arg(QThread::idealThreadCount())
        .arg(cpu)
        .arg(memGiB, 0, 'f', 1);
}

namespace {

// A "VmRSS:   12345 kB" line of /proc/self/status, in MiB.
double statusMiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.simplified().split(' ').value(1).toDouble() / 1024.0;
    return 0;
}

} // namespace

double residentMiB()
{
    return statusMiB("VmRSS:");
}

double peakResidentMiB()
{
    return statusMiB("VmHWM:");
}

Figure below(const QString &name, double value, const QString &unit, double limit)
{
    return {name, value, unit, QStringLiteral("< %1").arg(limit), value < limit};
}

Figure atLeast(const QString &name, double value, const QString &unit, double limit)
{
    return {name, value, unit, QStringLiteral(">= %1").arg(limit, 0, 'f', 0), value >= limit};
}

Figure info(const QString &name, double value, const QString &unit)
{
    return {name, value, unit, {}, std::nullopt};
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              QStringLiteral("Append the figures to the JSON array in this file "
                                             "({name, value, unit, target, met, ...})."),
                              QStringLiteral("file"));
}

Status appendJson(const QString &path, const QString &bench, const QString &scale,
                  const std::vector<Figure> &figures)
{
    QJsonArray rows;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("cannot read the results file"), path};
        const QByteArray bytes = existing.readAll();
        if (!bytes.trimmed().isEmpty()) {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
            if (error.error != QJsonParseError::NoError || !doc.isArray())
                return Error{QStringLiteral("the results file is not a JSON array; not overwriting it"),
                             path};
            rows = doc.array();
        }
    }
    const QString machine = machineLine();
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const Figure &f : figures) {
        QJsonObject row{{QStringLiteral("name"), f.name},
                        {QStringLiteral("value"), f.value},
                        {QStringLiteral("unit"), f.unit},
                        {QStringLiteral("target"), f.target.isEmpty() ? QJsonValue() : QJsonValue(f.target)},
                        {QStringLiteral("met"), f.met ? QJsonValue(*f.met) : QJsonValue()},
                        {QStringLiteral("bench"), bench},
                        {QStringLiteral("scale"), scale},
                        {QStringLiteral("machine"), machine},
                        {QStringLiteral("at"), at}};
        rows.append(row);
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write the results file"), path};
    out.write(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return Error{QStringLiteral("cannot write the results file"), path};
    return success();
}

bool writeJsonIfAsked(const QString &path, const QString &bench, const QString &scale,
                      const std::vector<Figure> &figures)
{
    if (path.isEmpty())
        return true;
    if (Status written = appendJson(path, bench, scale, figures); !written) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(bench), qPrintable(written.error().toString()));
        return false;
    }
    return true;
}

QString commandLine(int argc, char *argv[])
{
    QStringList parts;
    for (int i = 0; i < argc; ++i)
        parts << QString::fromLocal8Bit(argv[i]);
    return parts.join(QLatin1Char(' '));
}

Result<std::unique_ptr<Database>> scaleDatabase(const QString &dir, int clients, qint64 messages,
                                                const PhoneNumbers &phones)
{
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("scale-%1-%2.db").arg(clients).arg(messages));
    const auto url = DatabaseUrl::parse(QStringLiteral("sqlite://") + path);
    if (!url)
        return url.error();
    auto db = Database::open(*url);
    if (!db)
        return db.error();
    if (auto migrated = (*db)->migrate(); !migrated)
        return migrated.error();
    ClientRepository clientRepo(**db, phones);
    MessageRepository messageRepo(**db);
    const auto haveClients = clientRepo.count();
    const auto haveMessages = messageRepo.count();
    if (haveClients && haveMessages && *haveClients == clients && *haveMessages == messages) {
        std::fprintf(stderr, "reusing %s\n", qPrintable(path));
        return std::move(db).value();
    }
    if ((haveClients && *haveClients != 0) || (haveMessages && *haveMessages != 0)) {
        db.value().reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return scaleDatabase(dir, clients, messages, phones);
    }

    QElapsedTimer timer;
    timer.start();
    DataGenerator generator(phones, 20261123);
    const QList<Consignes> generated = generator.clients(clients);
    if (auto saved = clientRepo.saveAll(generated, QStringLiteral("bench")); !saved)
        return saved.error();
    std::fprintf(stderr, "generated %d clients in %.1f s\n", clients, double(timer.elapsed()) / 1000.0);
    const QDateTime until = QDateTime::currentDateTimeUtc();
    constexpr int batch = 20000;
    for (qint64 done = 0; done < messages;) {
        const int n = int(std::min<qint64>(batch, messages - done));
        const QList<Message> list = generator.messages(generated, n, until);
        // One transaction per batch: a bulk load, not the console's one-message-one-commit path.
        if (auto begun = (*db)->beginWrite(); !begun)
            return begun.error();
        for (const Message &m : list)
            if (auto saved = messageRepo.save(m); !saved) {
                (*db)->connection().rollback();
                return saved.error();
            }
        if (!(*db)->connection().commit())
            return Error{QStringLiteral("commit failed while generating messages"), path};
        done += n;
        std::fprintf(stderr, "\rgenerated %lld / %lld messages (%.0f s)", static_cast<long long>(done),
                     static_cast<long long>(messages), double(timer.elapsed()) / 1000.0);
    }
    std::fprintf(stderr, "\n");
    return std::move(db).value();
}

void useQuietOffscreenPlatform()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
        if (type != QtDebugMsg && !text.contains(QLatin1String("propagateSizeHints")))
            std::fprintf(stderr, "%s\n", qPrintable(text));
    });
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace relais::bench

// The relais-cli commands: each parses its own options and returns the process exit code.
#pragma once

#include <QStringList>

#include <memory>

class QCoreApplication;

namespace relais::cli {

// Options every command shares, parsed by main().
struct GlobalOptions
{
    QString databaseUrl; // --db, else RELAIS_DB, else the embedded default
};

// Exit codes: 0 done, 1 the work failed (message on stderr), 2 bad usage.
int runMigrate(const GlobalOptions &global, const QStringList &args);
int runClients(const GlobalOptions &global, const QStringList &args);
int runConsignes(const GlobalOptions &global, const QStringList &args);
int runWatch(const GlobalOptions &global, const QStringList &args);
int runSync(const GlobalOptions &global, const QStringList &args);
int runMessages(const GlobalOptions &global, const QStringList &args);
int runStats(const GlobalOptions &global, const QStringList &args);
int runUsers(const GlobalOptions &global, const QStringList &args);
int runPurge(const GlobalOptions &global, const QStringList &args);
int runGenerate(const GlobalOptions &global, const QStringList &args);
int runReport(const GlobalOptions &global, const QStringList &args);

// A QGuiApplication (offscreen) for the report command, which draws text; a QCoreApplication otherwise.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv);
int runDeliver(const GlobalOptions &global, const QStringList &args);
int runSecrets(const GlobalOptions &global, const QStringList &args);
int runRolesSql(const GlobalOptions &global, const QStringList &args);

} // namespace relais::cli

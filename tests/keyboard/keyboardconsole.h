// A console for the keyboard and accessibility tests: the real main window over a temporary SQLite
// file holding one plumber whose checklist has every kind of input (text, phone, yes/no, multiline)
// and an urgency rule on a yes/no answer, with a fixed clock inside the client's hours.
#pragma once

#include "common/clock.h"
#include "consignes/consignes.h"
#include "consoleservices.h"
#include "mainwindow.h"
#include "settings/settings.h"

#include <QTemporaryDir>

#include <memory>

namespace relais::test {

inline const QString kPlumberNumber = QStringLiteral("+33478000001");
inline const QString kPlumberCode = QStringLiteral("PLOMB-DUPONT");

Consignes plumberConsignes();

struct KeyboardConsoleOptions
{
    // The demo client accounts (resources/demo) instead of the one plumber: for the guide's pictures.
    bool demoClients = false;
};

class KeyboardConsole final
{
public:
    explicit KeyboardConsole(const KeyboardConsoleOptions &options = {});
    ~KeyboardConsole();

    // Rings `callId` as if the call source reported it (to the plumber unless `dialed` is given).
    void offer(const QString &callId, const QString &caller = QStringLiteral("0612345678"),
               const QString &dialed = kPlumberNumber);
    // The SQLite file the console writes to.
    QString databaseFile() const;

    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<ConsoleServices> services;
    std::unique_ptr<MainWindow> window;
};

} // namespace relais::test

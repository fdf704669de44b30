// A console for message form tests: a temporary SQLite store with one client whose consignes have a
// callback phone field, urgency and filtering rules; the real main window, rebuildable on the same
// database file (as after a crash or a restart).
#pragma once

#include "common/clock.h"
#include "consignes/consignes.h"
#include "consoleservices.h"
#include "cti/callevent.h"
#include "mainwindow.h"
#include "messageform.h"
#include "settings/settings.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <memory>

namespace relais::test {

inline const QString kPlumberNumber = QStringLiteral("+33472101010");
inline const QString kPlumberName = QStringLiteral("Dubois Plomberie");
inline const QString kDentistNumber = QStringLiteral("+33142685300");
inline const QString kCaller = QStringLiteral("06 12 34 56 78");
inline const QString kCallerE164 = QStringLiteral("+33612345678");

Consignes plumberConsignes();
Consignes dentistConsignes();

class FormFixture final
{
public:
    FormFixture();
    ~FormFixture();

    // Builds the services and main window over the store (again, after closeConsole()).
    void openConsole();
    // Destroys the window and services without saving anything (as a crash would, minus the kill).
    void closeConsole();

    void offer(const QString &callId, const QString &dialed, const QString &caller = kCaller);
    void report(CallEvent::Kind kind, const QString &callId);
    MessageForm *form(const QString &callId) const;

    QString url;
    QTemporaryDir dir;
    FixedClock *clock = nullptr; // owned by services
    std::unique_ptr<Settings> settings;
    std::unique_ptr<ConsoleServices> services;
    std::unique_ptr<MainWindow> window;
};

} // namespace relais::test

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

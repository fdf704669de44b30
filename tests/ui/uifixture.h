// A console for widget tests: a temporary SQLite store holding two known clients, a fixed clock on a
// Tuesday morning in Paris, a seeded simulator, temporary settings and the real main window.
#pragma once

#include "common/clock.h"
#include "consignes/consignes.h"
#include "consoleservices.h"
#include "cti/callevent.h"
#include "mainwindow.h"
#include "settings/settings.h"

#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <memory>

class QLabel;

namespace relais::test {

inline const QString kLeroyNumber = QStringLiteral("+33142685300");
inline const QString kMartinNumber = QStringLiteral("+33472101010");
inline const QString kLeroyName = QStringLiteral("Cabinet médical du Dr Leroy");
inline const QString kMartinName = QStringLiteral("Martin Plomberie");
inline const QString kLeroyGreeting =
    QStringLiteral("Bonjour, cabinet du docteur Leroy, Camille à votre écoute.");
inline const QString kMartinGreeting =
    QStringLiteral("Bonjour, Martin Plomberie, Camille, que puis-je pour vous ?");
// 2024-03-12 is a Tuesday; 09:00 UTC is 10:00 in Paris, inside both clients' hours.
inline const QDateTime kTuesdayMorning{QDate(2024, 3, 12), QTime(9, 0), Qt::UTC};

Consignes leroyConsignes();
Consignes martinConsignes();

struct ConsoleFixtureOptions
{
    QString ctiUrl = QStringLiteral("sim://");
    double unknownNumberRate = 0.0;
    quint32 seed = 42;
};

class ConsoleFixture final
{
public:
    explicit ConsoleFixture(const ConsoleFixtureOptions &options = {});
    ~ConsoleFixture();

    // Rings `callId` from `caller` to `dialed` as if the call source reported it, and completes its
    // pop (see CallArea::completePop).
    void offer(const QString &callId, const QString &dialed,
               const QString &caller = QStringLiteral("0612345678"));
    void report(CallEvent::Kind kind, const QString &callId);

    QTemporaryDir dir;
    FixedClock *clock = nullptr; // owned by services
    std::unique_ptr<Settings> settings;
    std::unique_ptr<ConsoleServices> services;
    std::unique_ptr<MainWindow> window;
};

// The label named `objectName` in `parent`; fails the test when there is none.
QLabel *label(const QWidget *parent, const char *objectName);
// Every piece of text the operator can see in `widget` (visible labels, list items, tab titles).
QStringList visibleTexts(const QWidget *widget);

} // namespace relais::test

// Catch prints QStrings as text in failure messages.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

// Importing many consignes files from the editor: each file on its own (a bad one does not stop the
// others), progress reported before each, and Stop honoured between files.
#include "keyboardconsole.h"

#include "editorimportprogress.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace relais;
using namespace relais::test;

namespace {

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("many consignes files import one by one with progress and a bad file is named")
{
    KeyboardConsole console;
    Database &db = console.services->database();
    const PhoneNumbers &phones = console.services->phones();
    const QString plumber = console.dir.filePath(QStringLiteral("plumber.json"));
    REQUIRE(exportConsignesFile(db, phones, plumber, kPlumberCode).ok());
    QFile demoFile(QStringLiteral(RELAIS_SOURCE_DIR "/resources/demo/demo-clients.json"));
    REQUIRE(demoFile.open(QIODevice::ReadOnly));
    const QString demo = writeFile(console.dir, "demo.json", demoFile.readAll());
    const QString broken = writeFile(console.dir, "broken.json", "{ \"clients\": [");

    QList<int> seen;
    const EditorImportOutcome outcome =
        importConsignesFiles(db, phones, {plumber, broken, demo}, ImportAuthor{QStringLiteral("test")},
                             [&seen](int done, int total, const QString &) {
                                 CHECK(total == 3);
                                 seen << done;
                                 return true;
                             });
    CHECK(seen == QList<int>{0, 1, 2, 3});
    CHECK(outcome.failed);
    CHECK(outcome.saved.size() == 6); // the demo's six clients; the plumber is unchanged
    CHECK(outcome.status.startsWith(QStringLiteral("2 of 3 files imported")));
    CHECK(outcome.status.contains(QStringLiteral("broken.json")));
}

TEST_CASE("Stop during a many-file import keeps what was imported and says so")
{
    KeyboardConsole console;
    Database &db = console.services->database();
    const PhoneNumbers &phones = console.services->phones();
    QFile demoFile(QStringLiteral(RELAIS_SOURCE_DIR "/resources/demo/demo-clients.json"));
    REQUIRE(demoFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = demoFile.readAll();
    const QString first = writeFile(console.dir, "first.json", bytes);
    const QString second = writeFile(console.dir, "second.json", bytes);

    const EditorImportOutcome outcome =
        importConsignesFiles(db, phones, {first, second}, ImportAuthor{QStringLiteral("test")},
                             [](int done, int, const QString &path) { return done == 0 || path.isEmpty(); });
    CHECK_FALSE(outcome.failed);
    CHECK(outcome.saved.size() == 6);
    CHECK(outcome.status.startsWith(QStringLiteral("Import stopped: 1 of 2 files imported")));
}

// Translation completeness: every entry of translations/*.ts is finished, none is left over, and no source
// file hides its strings from lupdate behind a local tr() wrapper.
#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

namespace {

struct TsProblems
{
    QStringList unfinished; // "context: source" of each entry lupdate marked as not yet translated
    QStringList leftOver;   // entries whose source string is gone (vanished/obsolete)
    QStringList empty;      // finished entries with no text
    QString xmlError;
    int messages = 0;
};

// Reads one .ts file with a streaming parser: it must be well-formed XML with a <TS> root.
TsProblems readTs(const QByteArray &data)
{
    TsProblems problems;
    QXmlStreamReader xml(data);
    QString context;
    QString source;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            sawRoot = true;
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            ++problems.messages;
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString entry = context + QStringLiteral(": ") + source;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished"))
                problems.unfinished << entry;
            else if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                problems.leftOver << entry;
            else if (text.trimmed().isEmpty())
                problems.empty << entry;
        }
    }
    if (xml.hasError())
        problems.xmlError = xml.errorString();
    else if (!sawRoot)
        problems.xmlError = QStringLiteral("no <TS> root element");
    return problems;
}

QStringList tsFiles()
{
    QStringList files;
    QDirIterator it(QStringLiteral(RELAIS_SOURCE_DIR "/translations"), {QStringLiteral("*.ts")}, QDir::Files);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

QString firstFew(const QStringList &entries)
{
    return entries.mid(0, 10).join(QLatin1Char('\n')) +
           (entries.size() > 10 ? QStringLiteral("\n… and %1 more").arg(entries.size() - 10) : QString());
}

} // namespace

TEST_CASE("every translation file is finished, with no entry left over")
{
    const QStringList files = tsFiles();
    REQUIRE_FALSE(files.isEmpty());
    for (const QString &path : files) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const TsProblems problems = readTs(file.readAll());
        INFO(path.toStdString());
        INFO("unfinished (run the update_translations target, then translate):\n"
             << firstFew(problems.unfinished).toStdString());
        INFO("left over:\n" << firstFew(problems.leftOver).toStdString());
        INFO("empty:\n" << firstFew(problems.empty).toStdString());
        CHECK(problems.xmlError.isEmpty());
        CHECK(problems.messages > 500);
        CHECK(problems.unfinished.isEmpty());
        CHECK(problems.leftOver.isEmpty());
        CHECK(problems.empty.isEmpty());
    }
}

TEST_CASE("the completeness check sees unfinished, vanished and obsolete entries")
{
    const QByteArray ts =
        "<?xml version=\"1.0\"?><TS version=\"2.1\" language=\"fr_FR\"><context><name>Ctx</name>"
        "<message><source>Done</source><translation>Fait</translation></message>"
        "<message><source>Todo</source><translation type=\"unfinished\"></translation></message>"
        "<message><source>Gone</source><translation type=\"vanished\">Parti</translation></message>"
        "<message><source>Old</source><translation type=\"obsolete\">Vieux</translation></message>"
        "<message><source>Blank</source><translation> </translation></message>"
        "</context></TS>";
    const TsProblems problems = readTs(ts);
    CHECK(problems.xmlError.isEmpty());
    CHECK(problems.messages == 5);
    CHECK(problems.unfinished == QStringList{QStringLiteral("Ctx: Todo")});
    CHECK(problems.leftOver == (QStringList{QStringLiteral("Ctx: Gone"), QStringLiteral("Ctx: Old")}));
    CHECK(problems.empty == QStringList{QStringLiteral("Ctx: Blank")});
}

TEST_CASE("a truncated or binary translation file is reported, not read as complete")
{
    CHECK_FALSE(readTs("<?xml version=\"1.0\"?><TS><context><name>Ctx</name><mess").xmlError.isEmpty());
    CHECK_FALSE(readTs(QByteArray("\x00\xff\xfe\x01garbage", 12)).xmlError.isEmpty());
    CHECK_FALSE(readTs("<html><body>not a ts</body></html>").xmlError.isEmpty());
}

TEST_CASE("no source file hides its strings from lupdate behind a local tr() wrapper")
{
    // lupdate files a tr() call under the enclosing class or namespace; a file-local wrapper around
    // QCoreApplication::translate("Ctx", …) uses another context at runtime, so its French never shows.
    // Use a struct with Q_DECLARE_TR_FUNCTIONS(Name) and Name::tr(…) instead.
    const QRegularExpression wrapper(
        QStringLiteral(R"(^\s*(static\s+)?(inline\s+)?QString\s+tr\s*\(\s*const char)"),
        QRegularExpression::MultilineOption);
    QStringList offenders;
    for (const char *folder : {"core", "ui", "app"}) {
        QDirIterator it(QStringLiteral(RELAIS_SOURCE_DIR "/") + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            if (wrapper.match(QString::fromUtf8(file.readAll())).hasMatch())
                offenders << QDir(QStringLiteral(RELAIS_SOURCE_DIR)).relativeFilePath(file.fileName());
        }
    }
    INFO(offenders.join(QLatin1Char('\n')).toStdString());
    CHECK(offenders.isEmpty());
}

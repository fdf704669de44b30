// The store under the message form: actions and the dialed number round-trip, unfinished drafts are
// found (and only they), and a draft saved by a process killed with SIGKILL right after is intact.
#include "formstorechecks.h"

#include "storage/database.h"
#include "storage/messagerepository.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>

using namespace relais;
using namespace relais::test;

TEST_CASE("actions and the dialed number round-trip through the SQLite store")
{
    QTemporaryDir dir;
    checkActionsRoundTrip(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("a.db")));
}

TEST_CASE("only unfinished drafts are listed for reopening, in the SQLite store")
{
    QTemporaryDir dir;
    checkUnfinishedDrafts(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("d.db")));
}

TEST_CASE("stored actions that are not a JSON array read as none, the message still reads")
{
    QTemporaryDir dir;
    auto db = openStore(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("h.db")));
    MessageRepository messages(*db);
    REQUIRE(messages.save(draftWithActions(QStringLiteral("h"))).ok());
    for (const QString &hostile :
         {QStringLiteral("{\"at\":1}"), QStringLiteral("[1, \"x\", null, {\"at\": \"soon\"}]"),
          QStringLiteral("\x01\x02 not json"), QStringLiteral("[{\"kind\": 42}")}) {
        QSqlQuery query(db->connection());
        query.prepare(QStringLiteral("UPDATE messages SET actions = ? WHERE id = 'h'"));
        query.addBindValue(hostile);
        REQUIRE(query.exec());
        auto found = messages.find(QStringLiteral("h"));
        REQUIRE(found.ok());
        REQUIRE(found.value().has_value());
        CHECK(found.value()->notes == draftWithActions(QStringLiteral("h")).notes);
        for (const ActionTaken &a : found.value()->actions)
            CHECK_FALSE(a.at.isValid()); // nothing invented from odd values
    }
}

TEST_CASE("a draft saved just before the process is killed with SIGKILL is intact on reopening")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("crash.db"));
    QProcess writer;
    writer.start(QStringLiteral(RELAIS_FORM_DRAFTWRITER), {file, QStringLiteral("crash-draft")});
    REQUIRE(writer.waitForStarted());
    QByteArray out;
    while (!out.contains("saved\n") && writer.state() == QProcess::Running && writer.waitForReadyRead(30000))
        out += writer.readAllStandardOutput();
    INFO(writer.readAllStandardError().toStdString());
    REQUIRE(out.contains("saved\n"));
    ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
    REQUIRE(writer.waitForFinished());
    CHECK(writer.exitStatus() == QProcess::CrashExit);

    auto db = openStore(QStringLiteral("sqlite://") + file);
    MessageRepository messages(*db);
    auto drafts = messages.unfinishedDrafts(10);
    REQUIRE(drafts.ok());
    REQUIRE(drafts.value().size() == 1);
    const Message &draft = drafts.value().first();
    CHECK(draft.id == QStringLiteral("crash-draft"));
    CHECK(draft.notes == QStringLiteral("Fuite au plafond, l'eau coule"));
    CHECK(draft.answers.value(QStringLiteral("name")) == QStringLiteral("Jean Martin"));
    CHECK(draft.dialedNumber == QStringLiteral("+33472101010"));
    REQUIRE(draft.actions.size() == 1);
    CHECK(draft.actions.first().targetName == QStringLiteral("Marc Dubois"));
}

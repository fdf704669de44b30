// Store checks shared by the SQLite and PostgreSQL form store tests (see formstorechecks.h).
#include "formstorechecks.h"

#include "storage/messagerepository.h"

#include <catch2/catch.hpp>

namespace relais::test {

std::unique_ptr<Database> openStore(const QString &url)
{
    auto db = Database::open(DatabaseUrl::parse(url).value());
    INFO((db.ok() ? QString() : db.error().toString()).toStdString());
    REQUIRE(db.ok());
    REQUIRE(db.value()->migrate().ok());
    return std::move(db).value();
}

Message draftWithActions(const QString &id)
{
    Message m;
    m.id = id;
    m.callId = QStringLiteral("call-") + id;
    m.clientCode = QStringLiteral("PLOMB-DUBOIS");
    m.callerNumber = QStringLiteral("+33612345678");
    m.dialedNumber = QStringLiteral("04 72 10 10 10");
    m.notes = QStringLiteral("Fuite « urgente » — l'eau coule");
    m.status = MessageStatus::Draft;
    m.actions = {ActionTaken{QDateTime(QDate(2024, 3, 12), QTime(9, 1, 30), Qt::UTC), ActionKind::Transfer,
                             QStringLiteral("marc"), QStringLiteral("Marc Dubois"),
                             QStringLiteral("+33611223344"), QStringLiteral("Transféré"),
                             QStringLiteral("camille")},
                 ActionTaken{QDateTime(QDate(2024, 3, 12), QTime(9, 3), Qt::UTC),
                             ActionKind::Callback,
                             {},
                             {},
                             QStringLiteral("+33612345678"),
                             QStringLiteral("Promis avant midi\n\"ok\""),
                             QStringLiteral("camille")}};
    return m;
}

void checkActionsRoundTrip(const QString &url)
{
    auto db = openStore(url);
    MessageRepository messages(*db);
    const Message draft = draftWithActions(QStringLiteral("m1"));
    REQUIRE(messages.save(draft).ok());
    auto found = messages.find(QStringLiteral("m1"));
    REQUIRE(found.ok());
    REQUIRE(found.value().has_value());
    CHECK(found.value()->actions == draft.actions);
    CHECK(found.value()->dialedNumber == draft.dialedNumber);
    CHECK(found.value()->notes == draft.notes);

    // An update replaces the actions, never appends to what was stored.
    Message updated = draft;
    updated.actions.removeLast();
    REQUIRE(messages.save(updated).ok());
    CHECK(messages.find(QStringLiteral("m1")).value()->actions == updated.actions);
    CHECK_FALSE(messages.find(QStringLiteral("absent")).value().has_value());
}

void checkUnfinishedDrafts(const QString &url)
{
    auto db = openStore(url);
    MessageRepository messages(*db);
    Message open = draftWithActions(QStringLiteral("open"));
    open.operatorLogin = QStringLiteral("camille");
    Message done = draftWithActions(QStringLiteral("done"));
    done.status = MessageStatus::Completed;
    Message partial = draftWithActions(QStringLiteral("partial"));
    partial.incomplete = true;
    Message colleagues = draftWithActions(QStringLiteral("colleagues"));
    colleagues.operatorLogin = QStringLiteral("paul");
    for (const Message &m : {open, done, partial, colleagues})
        REQUIRE(messages.save(m).ok());
    // The console reopens its own operator's drafts only; a colleague's, brought by sync, stays theirs.
    const auto own = messages.unfinishedDrafts(10, open.operatorLogin);
    REQUIRE(own.ok());
    REQUIRE(own->size() == 1);
    CHECK(own->first().id == QStringLiteral("open"));
    CHECK(messages.unfinishedDrafts(10, QStringLiteral("paul")).value().first().id ==
          QStringLiteral("colleagues"));
    CHECK(messages.unfinishedDrafts(10, QStringLiteral("nobody")).value().isEmpty());
    REQUIRE(messages
                .save([&] {
                    Message m = colleagues;
                    m.status = MessageStatus::Completed;
                    return m;
                }())
                .ok());
    auto drafts = messages.unfinishedDrafts(10);
    REQUIRE(drafts.ok());
    REQUIRE(drafts.value().size() == 1);
    CHECK(drafts.value().first().id == QStringLiteral("open"));
    CHECK(drafts.value().first().actions == open.actions);
    CHECK(messages.unfinishedDrafts(0).value().isEmpty());
}

} // namespace relais::test

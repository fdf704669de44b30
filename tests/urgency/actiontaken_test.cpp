// Recorded actions: kind names as stored, read back case-insensitively, and kept on the message.
#include "messages/actiontaken.h"
#include "messages/message.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace relais;

TEST_CASE("action kinds round-trip through their stored names")
{
    for (const ActionKind kind : {ActionKind::Transfer, ActionKind::Page, ActionKind::MessageOnly,
                                  ActionKind::Callback, ActionKind::Custom}) {
        CAPTURE(toString(kind));
        CHECK(actionKindFromString(toString(kind)) == kind);
        CHECK_FALSE(actionKindLabel(kind).isEmpty());
    }
    CHECK(toString(ActionKind::MessageOnly) == QStringLiteral("messageOnly"));
    CHECK(actionKindFromString(QStringLiteral(" PAGE ")) == ActionKind::Page);
}

TEST_CASE("an unknown action kind reads as custom, never dropped")
{
    CHECK(actionKindFromString(QStringLiteral("teleport")) == ActionKind::Custom);
    CHECK(actionKindFromString(QString()) == ActionKind::Custom);
}

TEST_CASE("a message keeps its actions in order")
{
    Message message;
    CHECK(message.actions.isEmpty());
    const QDateTime at(QDate(2026, 3, 7), QTime(2, 5), QTimeZone::utc());
    message.actions << ActionTaken{at,
                                   ActionKind::Page,
                                   QStringLiteral("kdupuis"),
                                   QStringLiteral("Kévin Dupuis"),
                                   QStringLiteral("+33700202002"),
                                   QStringLiteral("Pas de réponse"),
                                   QStringLiteral("claire")};
    message.actions << ActionTaken{at.addSecs(600),
                                   ActionKind::Transfer,
                                   QStringLiteral("jmartin"),
                                   QStringLiteral("Jérôme Martin"),
                                   QStringLiteral("+33700202001"),
                                   QStringLiteral("Transféré"),
                                   QStringLiteral("claire")};
    REQUIRE(message.actions.size() == 2);
    CHECK(message.actions[0].kind == ActionKind::Page);
    CHECK(message.actions[1].result == QStringLiteral("Transféré"));
    CHECK_FALSE(message.actions[0] == message.actions[1]);
}

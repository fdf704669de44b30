// The recent messages table: its model under QAbstractItemModelTester, and the dock over the store.
#include "uifixture.h"

#include "phone/phonenumbers.h"
#include "recentmessagesmodel.h"
#include "routing/clientindex.h"
#include "storage/messagerepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QTableView>

using namespace relais;
using namespace relais::test;

namespace {

Message message(const QString &id, const QString &client, const QDateTime &at, const QString &notes)
{
    Message m;
    m.id = id;
    m.callId = id + QStringLiteral("-call");
    m.clientCode = client;
    m.callerNumber = QStringLiteral("+33612345678");
    m.callerName = QStringLiteral("Mme Durand");
    m.notes = notes;
    m.urgency = QStringLiteral("urgent");
    m.status = MessageStatus::Completed;
    m.createdAt = at;
    m.updatedAt = at;
    return m;
}

} // namespace

TEST_CASE("the recent messages model names the client and the urgency level in words")
{
    ClientIndex index;
    index.reset({ClientEntry{std::make_shared<const Consignes>(leroyConsignes()), 1, kTuesdayMorning, {}}});
    PhoneNumbers phones;
    RecentMessagesModel model(index, phones, [] { return kTuesdayMorning; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    Message known = message(QStringLiteral("a"), QStringLiteral("CAB-LEROY"), kTuesdayMorning.addSecs(-600),
                            QString(200, QLatin1Char('x')));
    Message gone = message(QStringLiteral("b"), QStringLiteral("OLD-CLIENT"), kTuesdayMorning.addDays(-3),
                           QStringLiteral("Rappeler"));
    gone.incomplete = true;
    model.setMessages({known, gone});

    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == RecentMessagesModel::ColumnCount);
    auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    CHECK(text(0, RecentMessagesModel::Client) == kLeroyName);
    CHECK(text(0, RecentMessagesModel::Urgency) == QStringLiteral("Urgent"));
    CHECK(text(0, RecentMessagesModel::Caller) == QStringLiteral("Mme Durand (06 12 34 56 78)"));
    CHECK(text(0, RecentMessagesModel::Status) == QStringLiteral("Completed"));
    CHECK(text(0, RecentMessagesModel::Excerpt).size() == 81); // 80 characters and an ellipsis
    CHECK(text(0, RecentMessagesModel::Time).size() == 5);     // today: the hour only
    // A client no longer in the index still shows its code rather than nothing.
    CHECK(text(1, RecentMessagesModel::Client) == QStringLiteral("OLD-CLIENT"));
    CHECK(text(1, RecentMessagesModel::Urgency) == QStringLiteral("urgent"));
    CHECK(text(1, RecentMessagesModel::Status) == QStringLiteral("Completed (incomplete)"));
    CHECK(text(1, RecentMessagesModel::Time).contains(QStringLiteral("/2024")));
    CHECK(model.headerData(RecentMessagesModel::Client, Qt::Horizontal).toString() ==
          QStringLiteral("Client"));

    model.setMessages({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the recent messages dock shows what the store holds, newest first")
{
    ConsoleFixture console;
    MessageRepository &messages = console.services->messages();
    auto save = [&](const Message &m) {
        const Status saved = messages.save(m);
        INFO((saved.ok() ? QString() : saved.error().toString()).toStdString());
        REQUIRE(saved.ok());
    };
    save(message(QStringLiteral("11111111-1111-1111-1111-111111111111"), QStringLiteral("CAB-LEROY"),
                 kTuesdayMorning.addSecs(-3600), QStringLiteral("Premier")));
    save(message(QStringLiteral("22222222-2222-2222-2222-222222222222"), QStringLiteral("PLOMB-MARTIN"),
                 kTuesdayMorning.addSecs(-60), QStringLiteral("Fuite sous l'évier")));

    auto *view = console.window->findChild<QTableView *>(QStringLiteral("recentMessages"));
    REQUIRE(view != nullptr);
    CHECK(view->model()->rowCount() == 0); // read at start, before these were saved
    console.window->refreshRecentMessages();
    REQUIRE(view->model()->rowCount() == 2);
    CHECK(view->model()->index(0, RecentMessagesModel::Client).data().toString() == kMartinName);
    CHECK(view->model()->index(0, RecentMessagesModel::Excerpt).data().toString() ==
          QStringLiteral("Fuite sous l'évier"));
    CHECK(view->model()->index(1, RecentMessagesModel::Client).data().toString() == kLeroyName);
}

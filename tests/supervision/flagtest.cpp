// Flagging a message for review from its detail dialog ("Flag for review…", Alt+F): it lands in the review
// queue as "flagged" with who and why; a draft cannot be flagged; a store error is shown, not swallowed.
#include "supervision/reviewchecks.h"
#include "supervision/supervisionchecks.h"

#include "common/clock.h"
#include "messagedetaildialog.h"
#include "phone/phonenumbers.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "supervision/reviewqueue.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

namespace {

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db =
        test::openMigratedOrFail(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("relais.db")));
    PhoneNumbers phones;
    FixedClock clock{QDateTime(QDate(2024, 6, 10), QTime(8, 0), Qt::UTC)};
    MessageRepository messages{*db};
    ReviewQueue queue{*db, phones, clock};

    Message message(const char *id)
    {
        const auto found = messages.find(QString::fromLatin1(id));
        REQUIRE(found);
        REQUIRE(found->has_value());
        return **found;
    }
    MessageDetailDialog::FlagForReview flagAs(const QString &login)
    {
        return
            [this, login](const QString &id, const QString &reason) { return queue.flag(id, login, reason); };
    }
};

} // namespace

TEST_CASE("Flag for review in the message dialog queues the message as flagged, with a reason")
{
    Store s;
    test::seedReviewFixture(*s.db);
    MessageDetailDialog dialog(s.messages, s.phones, QStringLiteral("carol"), s.message("r3"));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("flagReviewButton"));
    REQUIRE(button);
    CHECK(button->isHidden()); // no handler: no button
    dialog.setFlagForReview(s.flagAs(QStringLiteral("carol")));
    int asked = 0;
    dialog.setAskFlagReason([&](QWidget *) -> std::optional<QString> {
        ++asked;
        return asked == 1 ? std::nullopt
                          : std::optional<QString>(QStringLiteral("Le nom est mal orthographié"));
    });
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK_FALSE(button->isHidden());

    // Cancelled the first time: nothing queued.
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(asked == 1);
    CHECK_FALSE(s.queue.find(QStringLiteral("r3")).value().has_value());

    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(asked == 2);
    const auto review = s.queue.find(QStringLiteral("r3"));
    REQUIRE(review);
    REQUIRE(review->has_value());
    CHECK((*review)->source == ReviewSource::Flagged);
    CHECK((*review)->status == ReviewStatus::Pending);
    CHECK((*review)->flaggedBy == QStringLiteral("carol"));
    CHECK((*review)->flagReason == QStringLiteral("Le nom est mal orthographié"));
    CHECK((*review)->operatorLogin == QStringLiteral("bob"));
    CHECK_FALSE(button->isEnabled()); // flagged once from this dialog
    CHECK(button->text() == QStringLiteral("Flagged for review"));

    // The queue shows it first.
    const auto queued = s.queue.list();
    REQUIRE(queued);
    REQUIRE_FALSE(queued->isEmpty());
    CHECK(queued->first().messageId == QStringLiteral("r3"));
}

TEST_CASE("a draft cannot be flagged, and a refused flag is shown in the dialog")
{
    Store s;
    test::seedReviewFixture(*s.db);
    Message draft = s.message("r1");
    draft.id = QStringLiteral("draft-1");
    draft.status = MessageStatus::Draft;
    REQUIRE(s.messages.save(draft).ok());
    MessageDetailDialog draftDialog(s.messages, s.phones, QStringLiteral("carol"), draft);
    draftDialog.setFlagForReview(s.flagAs(QStringLiteral("carol")));
    auto *draftButton = draftDialog.findChild<QPushButton *>(QStringLiteral("flagReviewButton"));
    REQUIRE(draftButton);
    CHECK_FALSE(draftButton->isEnabled());
    CHECK_FALSE(draftDialog.flagForReview(QStringLiteral("x")));
    CHECK_FALSE(s.queue.find(QStringLiteral("draft-1")).value().has_value());

    // A message the store does not hold (deleted meanwhile): the queue refuses, the dialog says so.
    Message gone = s.message("r2");
    gone.id = QStringLiteral("gone");
    MessageDetailDialog dialog(s.messages, s.phones, QStringLiteral("carol"), gone);
    dialog.setFlagForReview(s.flagAs(QStringLiteral("carol")));
    CHECK_FALSE(dialog.flagForReview(QStringLiteral("why")));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("amendError"));
    REQUIRE(error);
    CHECK(error->text().startsWith(QStringLiteral("Cannot flag the message for review")));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("flagReviewButton"));
    CHECK(button->isEnabled());
}

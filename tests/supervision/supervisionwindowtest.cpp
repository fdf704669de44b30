// The supervision window offscreen: a review scored and commented in the window lands in the store;
// the dashboard shows the hand-computed figures of the KPI fixture, draws them, and exports the CSV.
#include "supervision/reviewchecks.h"
#include "supervision/supervisionchecks.h"

#include "common/clock.h"
#include "phone/phonenumbers.h"
#include "storage/database.h"
#include "supervision/reviewqueue.h"
#include "supervisioncommentsdialog.h"
#include "supervisiondashboard.h"
#include "supervisionheatmap.h"
#include "supervisionreviewtab.h"
#include "supervisiontrendchart.h"
#include "supervisionwindow.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace relais;

namespace {

struct Supervision
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db =
        test::openMigratedOrFail(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("relais.db")));
    PhoneNumbers phones;
    FixedClock clock{QDateTime(QDate(2024, 6, 10), QTime(8, 0), Qt::UTC)};
};

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("a review scored and commented in the supervision window lands in the database")
{
    Supervision s;
    test::seedReviewFixture(*s.db);
    ReviewQueue queue(*s.db, s.phones, s.clock);
    REQUIRE(queue.flag(QStringLiteral("r2"), QStringLiteral("bob"), QStringLiteral("Objet manquant")).ok());
    REQUIRE(queue.flag(QStringLiteral("r1"), QStringLiteral("bob"), {}).ok());

    SupervisionWindow window(*s.db, s.phones, s.clock, QStringLiteral("sup"));
    window.show();
    auto *list = child<QListWidget>(window, "reviewList");
    REQUIRE(list->count() == 2);
    // Both flagged: the lower completeness score (r2, 37 %) comes first and is selected.
    CHECK(list->item(0)->text().contains(QStringLiteral("37 %")));
    CHECK(window.reviewTab()->currentMessageId() == QStringLiteral("r2"));
    CHECK(child<QTextBrowser>(window, "messageView")->toPlainText().contains(QStringLiteral("M. Petit")));
    // The consignes as they were on screen (version 1), and the score's reasons in words.
    CHECK(child<QTextBrowser>(window, "consignesView")->toPlainText().contains(QStringLiteral("version 1")));
    CHECK(child<QLabel>(window, "completenessLabel")->text().contains(QStringLiteral("missing: Objet")));

    const QMap<QString, int> points{{QStringLiteral("greeting"), 2},
                                    {QStringLiteral("courtesy"), 1},
                                    {QStringLiteral("accuracy"), 3},
                                    {QStringLiteral("spelling"), 2},
                                    {QStringLiteral("consignes"), 2}};
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        auto *spin = child<QSpinBox>(window, ("rubric_" + it.key().toStdString()).c_str());
        spin->setFocus();
        for (int i = 0; i < it.value(); ++i)
            QTest::keyClick(spin, Qt::Key_Up);
    }
    auto *comment = child<QPlainTextEdit>(window, "commentEdit");
    QTest::keyClicks(comment, QStringLiteral("Demandez l'objet."));
    QTest::mouseClick(child<QPushButton>(window, "saveReviewButton"), Qt::LeftButton);

    const auto stored = queue.find(QStringLiteral("r2"));
    REQUIRE(stored.ok());
    REQUIRE(stored.value());
    CHECK(stored.value()->status == ReviewStatus::Done);
    CHECK(stored.value()->rubricScores == points);
    CHECK(stored.value()->score == 83);
    CHECK(stored.value()->comment == QStringLiteral("Demandez l'objet."));
    CHECK(stored.value()->reviewer == QStringLiteral("sup"));
    // The saved review left the queue; the next one is selected.
    CHECK(list->count() == 1);
    CHECK(window.reviewTab()->currentMessageId() == QStringLiteral("r1"));
    CHECK(queue.unseenComments(QStringLiteral("alice")).value().size() == 1);
}

TEST_CASE("the sample button fills the queue from the last seven days")
{
    Supervision s;
    test::seedReviewFixture(*s.db);                                  // five messages on 3 June
    s.clock.set(QDateTime(QDate(2024, 6, 5), QTime(8, 0), Qt::UTC)); // the last 7 days: 30 May to 5 June
    SupervisionWindow window(*s.db, s.phones, s.clock, QStringLiteral("sup"));
    auto *list = child<QListWidget>(window, "reviewList");
    CHECK(list->count() == 0);
    QTest::mouseClick(child<QPushButton>(window, "sampleButton"), Qt::LeftButton);
    // Two per operator a day (alice 3, bob 2 on the 3rd) and one per client a day: 4 or 5, by hash.
    CHECK(list->count() >= 4);
    CHECK(list->count() <= 5);
}

TEST_CASE("the dashboard shows, draws and exports the fixture's figures")
{
    Supervision s;
    test::seedFixture(*s.db);
    SupervisionWindow window(*s.db, s.phones, s.clock, QStringLiteral("sup"));
    window.resize(1100, 720);
    window.show();
    child<QTabWidget>(window, "supervisionTabs")->setCurrentIndex(1);
    SupervisionDashboard *dashboard = window.dashboard();
    dashboard->setPeriod(QDate(2024, 3, 30), QDate(2024, 3, 31));

    auto *table = child<QTableWidget>(window, "kpiTable");
    REQUIRE(table->rowCount() == 1 + 3 + 2); // all, ACME / REUN / unknown, alice / bob
    CHECK(table->item(0, 0)->text() == QStringLiteral("All"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("7"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("5"));
    CHECK(table->item(0, 3)->text() == QLocale().toString(71.4, 'f', 1) + QStringLiteral(" %"));
    CHECK(table->item(0, 4)->text() == QLocale().toString(18.0, 'f', 1) + QStringLiteral(" s"));

    // Per day in each client's zone: the 30th has c1 only (c5 is already the 31st in Réunion).
    const QList<TrendPoint> &trend = child<SupervisionTrendChart>(window, "trendChart")->points();
    REQUIRE(trend.size() == 2);
    CHECK(trend[0].offered == 1);
    CHECK(trend[1].offered == 6);
    CHECK(trend[0].answerRate == 1.0);
    auto *heatMap = child<SupervisionHeatMap>(window, "heatMap");
    CHECK(heatMap->matrix()[5][23] == 1); // Saturday 23h
    CHECK(heatMap->maximum() == 1);

    // Drawn: the heat map's busiest cell takes the highlight colour, an empty one does not.
    const QImage image = heatMap->grab().toImage();
    REQUIRE_FALSE(image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 3);

    const QString csvPath = s.dir.filePath(QStringLiteral("kpi.csv"));
    dashboard->setSaveFileName([&](QWidget *, const QString &suggested) {
        CHECK(suggested == QStringLiteral("relais-kpi-2024-03-30-2024-03-31.csv"));
        return csvPath;
    });
    QTest::mouseClick(child<QPushButton>(window, "exportCsvButton"), Qt::LeftButton);
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("All;;7;5;2;71,4;18,0;40,0;150,0;2;1;1;40,0;3"));
}

TEST_CASE("the operator is shown the supervisor's comment with its message once, at their next session")
{
    Supervision s;
    test::seedReviewFixture(*s.db);
    ReviewQueue queue(*s.db, s.phones, s.clock);
    REQUIRE(queue.flag(QStringLiteral("r2"), QStringLiteral("bob"), {}).ok());
    const QMap<QString, int> points{{QStringLiteral("greeting"), 2},
                                    {QStringLiteral("courtesy"), 2},
                                    {QStringLiteral("accuracy"), 3},
                                    {QStringLiteral("spelling"), 2},
                                    {QStringLiteral("consignes"), 3}};
    REQUIRE(
        queue
            .submit(QStringLiteral("r2"), QStringLiteral("sup"), points, QStringLiteral("Très bien <b>!</b>"))
            .ok());
    CHECK(SupervisionCommentsDialog::forOperator(*s.db, s.phones, s.clock, QStringLiteral("bob"), nullptr) ==
          nullptr);
    std::unique_ptr<SupervisionCommentsDialog> dialog(
        SupervisionCommentsDialog::forOperator(*s.db, s.phones, s.clock, QStringLiteral("alice"), nullptr));
    REQUIRE(dialog);
    const QString text = child<QTextBrowser>(*dialog, "reviewCommentsText")->toPlainText();
    CHECK(text.contains(QStringLiteral("Très bien <b>!</b>"))); // shown as typed, not as markup
    CHECK(text.contains(QStringLiteral("CAB")));
    CHECK(text.contains(QStringLiteral("+33612345678"))); // the caller, by number: no name was typed
    CHECK(text.contains(QStringLiteral("100 %")));
    // Seen: the next session shows nothing.
    CHECK(SupervisionCommentsDialog::forOperator(*s.db, s.phones, s.clock, QStringLiteral("alice"),
                                                 nullptr) == nullptr);
}

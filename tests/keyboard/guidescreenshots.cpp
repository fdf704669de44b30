// Not a check: takes the user guide's pictures (docs/images/*.png) from the real console over the
// demo client accounts. Hidden from the suite ("[.]"); run it with: test_keyboard "[guide]"
// (offscreen, or under xvfb-run for the platform's own style), after building `relais` (its .qm).
#include "keyboardconsole.h"

#include "callarea.h"
#include "common/translations.h"
#include "delivery/deliveryrepository.h"
#include "editorwindow.h"
#include "messagesearchview.h"
#include "storage/messagerepository.h"
#include "supervisionwindow.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace relais;
using namespace relais::test;

namespace {

const QString kLeroy = QStringLiteral("+33199001001");
const QString kMartin = QStringLiteral("+33261912001");
const QDateTime kNow{QDate(2024, 3, 12), QTime(9, 0), Qt::UTC};

void settle()
{
    waitUntil([] { return false; }, 250);
}

// Few colours in a console: an 8-bit palette keeps each picture small without visible loss.
void save(QWidget *widget, const char *name)
{
    settle();
    const QString directory = QStringLiteral(RELAIS_SOURCE_DIR "/docs/images");
    REQUIRE(QDir().mkpath(directory));
    const QImage image =
        widget->grab().toImage().convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
    const QString path = directory + QLatin1Char('/') + QLatin1String(name);
    REQUIRE(image.save(path, "PNG", 9));
    WARN("wrote " << path.toStdString());
}

void seedMessages(ConsoleServices &services)
{
    const struct
    {
        const char *id, *client, *caller, *name, *urgency, *notes;
        int minutesAgo;
    } saved[] = {
        {"5e0c1d20-0000-4000-8000-000000000001", "CAB-LEROY", "+33611223344", "Mme Durand", "urgent",
         "Fièvre depuis trois jours, demande un rendez-vous aujourd'hui", 12},
        {"5e0c1d20-0000-4000-8000-000000000002", "PLB-MARTIN", "+33472556677", "M. Petit", "normal",
         "Fuite sous l'évier, rappeler pour un devis", 47},
        {"5e0c1d20-0000-4000-8000-000000000003", "AVO-BERNARD", "+33145678901", "Mme Roux", "normal",
         "Question sur le dossier prud'homal, rappeler avant midi", 95},
        {"5e0c1d20-0000-4000-8000-000000000004", "CAB-LEROY", "+33688776655", "M. Durand", "normal",
         "Renouvellement d'ordonnance", 180},
    };
    for (const auto &m : saved) {
        Message message;
        message.id = QLatin1String(m.id);
        message.callId = message.id;
        message.clientCode = QLatin1String(m.client);
        message.callerNumber = QLatin1String(m.caller);
        message.callerName = QString::fromUtf8(m.name);
        message.urgency = QLatin1String(m.urgency);
        message.notes = QString::fromUtf8(m.notes);
        message.status = MessageStatus::Completed;
        message.consignesVersion = 1; // the demo clients' first version
        message.operatorLogin = QStringLiteral("operator");
        message.createdAt = kNow.addSecs(-60 * m.minutesAgo);
        if (message.clientCode == QLatin1String("PLB-MARTIN")) { // promised a call back soon
            message.callback.at = kNow.addSecs(10 * 60);
            message.callback.number = message.callerNumber;
            message.callback.state = CallbackState::Pending;
        }
        REQUIRE(services.messages().save(message).ok());
        if (message.clientCode == QLatin1String("AVO-BERNARD")) { // no rule could send it: to see to
            delivery::DeliveryPlan plan;
            plan.payload.message = message;
            REQUIRE(delivery::DeliveryRepository(services.database())
                        .recordNotPlanned(plan, {QStringLiteral("personne d'astreinte à 07:25")}, kNow)
                        .ok());
        }
    }
}

} // namespace

TEST_CASE("user guide pictures", "[.][guide]")
{
    // The guide is in French: so are its pictures. The test has no :/i18n resource of its own, so the
    // .qm the build compiled for the console is loaded from the build tree.
    QTranslator qtFrench;
    QTranslator unused;
    REQUIRE(installFrench(*QCoreApplication::instance(), QStringLiteral("fr"), qtFrench, unused));
    QTranslator relaisFrench;
    REQUIRE(relaisFrench.load(QStringLiteral(RELAIS_BINARY_DIR "/translations/relais_fr.qm")));
    QCoreApplication::installTranslator(&relaisFrench);
    KeyboardConsoleOptions options;
    options.demoClients = true;
    KeyboardConsole console(options);
    MainWindow &window = *console.window;
    window.resize(1280, 800);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    seedMessages(*console.services);
    window.refreshRecentMessages();

    // The operator: a call pops, the cursor is in the first question.
    console.offer(QStringLiteral("guide-1"), QStringLiteral("06 11 22 33 44"), kLeroy);
    settle();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Mme Durand"));
    save(&window, "operator-pop.png");

    // F1: every shortcut.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    save(&window, "shortcuts.png");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

    // A number no client owns.
    console.offer(QStringLiteral("guide-2"), QStringLiteral("04 72 00 00 00"),
                  QStringLiteral("+33100000000"));
    save(&window, "unknown-number.png");

    // Ctrl+F: the message search.
    window.openMessageSearch();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Durand"));
    settle();
    save(&window, "search.png");

    // F8: the follow-up list (callbacks and deliveries to see to).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
    auto *followUps = window.findChild<QDockWidget *>(QStringLiteral("followUpDock"));
    REQUIRE(followUps);
    window.resizeDocks({followUps}, {760}, Qt::Horizontal); // wide enough to read each line whole
    save(&window, "follow-up.png");
    window.resizeDocks({followUps}, {250}, Qt::Horizontal);

    // The supervisor's window and the consignes editor, each in its own window.
    SupervisionWindow *supervision = window.openSupervision();
    REQUIRE(supervision != nullptr);
    supervision->resize(1100, 720);
    // The review queue with the morning's messages sampled, the first one open.
    auto *sample = supervision->findChild<QPushButton *>(QStringLiteral("sampleButton"));
    REQUIRE(sample);
    QTest::mouseClick(sample, Qt::LeftButton);
    auto *queue = supervision->findChild<QListWidget *>(QStringLiteral("reviewList"));
    REQUIRE(queue);
    if (queue->count() > 0)
        queue->setCurrentRow(0);
    save(supervision, "supervision.png");
    supervision->close();

    EditorWindow *editor = window.openConsignesEditor();
    REQUIRE(editor != nullptr);
    editor->resize(1100, 720);
    save(editor, "consignes-editor.png");
}

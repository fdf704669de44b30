// Roles in the console: the sign-in dialog by keyboard, what each role is offered, and that the guarded
// paths (opening, amending, the editor, supervision, the audit log) are refused or audited in core.
#include "auditlogview.h"
#include "common/clock.h"
#include "consoleservices.h"
#include "editorwindow.h"
#include "mainwindow.h"
#include "messagedetaildialog.h"
#include "messages/message.h"
#include "messagesearchview.h"
#include "recentmessagesmodel.h"
#include "security/auditlog.h"
#include "security/passwordhasher.h"
#include "security/session.h"
#include "security/signin.h"
#include "security/userrepository.h"
#include "settings/settings.h"
#include "signindialog.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/messagerepository.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

namespace {

const QDateTime t0(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC);

struct Console
{
    QTemporaryDir dir;
    FixedClock *clock = nullptr;
    std::unique_ptr<ConsoleServices> services;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<MainWindow> window;

    Console()
    {
        REQUIRE(dir.isValid());
        auto fixed = std::make_unique<FixedClock>(t0);
        clock = fixed.get();
        ConsoleConfig config;
        config.databaseUrl = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("relais.db"));
        config.seedDemoClients = false;
        auto opened = ConsoleServices::open(config, std::move(fixed));
        REQUIRE(opened);
        services = std::move(opened).value();
        settings = std::make_unique<Settings>(
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("relais.ini")), QSettings::IniFormat));
        for (const auto &[id, author] : {std::pair{"by-marie", "marie"}, std::pair{"by-paul", "paul"}}) {
            Message m;
            m.id = QString::fromUtf8(id);
            m.clientCode = QStringLiteral("ACME");
            m.callerName = QStringLiteral("Jeanne");
            m.status = MessageStatus::Completed;
            m.operatorLogin = QString::fromUtf8(author);
            m.createdAt = m.updatedAt = t0;
            REQUIRE(services->messages().save(m));
        }
    }
    ~Console()
    {
        window.reset();
        services.reset();
    }

    MainWindow &as(const QString &login, Role role)
    {
        window = std::make_unique<MainWindow>(
            *services, *settings,
            std::make_unique<Session>(services->database(), services->clock(), services->messages(),
                                      services->clients(), Actor{login, role}, true));
        window->show();
        return *window;
    }

    qint64 audited(const QString &action)
    {
        return AuditLog(services->database(), services->clock()).recent(100, action).value().size();
    }
};

QString statusText(MainWindow &window)
{
    auto *label = window.findChild<QLabel *>(QStringLiteral("statusSession"));
    REQUIRE(label);
    return label->text();
}

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

// The message ids the recent list (F-key dock) and a search for `text` show in `window`.
QStringList shown(const RecentMessagesModel &model)
{
    QStringList ids;
    for (const Message &m : model.messages())
        ids << m.id;
    ids.sort();
    return ids;
}

QStringList recentShown(MainWindow &window)
{
    auto *search = window.findChild<MessageSearchView *>();
    for (auto *model : window.findChildren<RecentMessagesModel *>())
        if (model != &search->results())
            return shown(*model);
    FAIL("no recent messages list");
    return {};
}

QStringList searchShown(MainWindow &window, const QString &text)
{
    auto *search = window.findChild<MessageSearchView *>();
    REQUIRE(search);
    auto *field = search->findChild<QLineEdit *>(QStringLiteral("messageSearchField"));
    REQUIRE(field);
    field->setText(text);
    search->search();
    return shown(search->results());
}

} // namespace

TEST_CASE("an operator is offered calls and their own messages, and refused the rest in core")
{
    Console console;
    MainWindow &window = console.as(QStringLiteral("marie"), Role::Operator);
    CHECK(statusText(window) == QStringLiteral("Signed in: marie (operator)"));
    CHECK_FALSE(action(window, "actionEditConsignes")->isEnabled());
    CHECK_FALSE(action(window, "actionSupervision")->isEnabled());
    CHECK(action(window, "actionAuditLog") == nullptr);
    // The actions are off, and the entry points refuse anyway.
    CHECK(window.openConsignesEditor() == nullptr);
    CHECK(window.openSupervision() == nullptr);
    CHECK(window.openAuditLog() == nullptr);
    CHECK(window.openMessage(QStringLiteral("by-paul")) == nullptr);
    // Her lists hold her messages only; a colleague's never shows to be refused on opening.
    CHECK(recentShown(window) == QStringList{QStringLiteral("by-marie")});
    CHECK(searchShown(window, QStringLiteral("Jeanne")) == QStringList{QStringLiteral("by-marie")});

    // Her own message opens and her amendment goes through the guard: stored and audited.
    MessageDetailDialog *dialog = window.openMessage(QStringLiteral("by-marie"));
    REQUIRE(dialog);
    dialog->startAmending();
    REQUIRE(dialog->amending());
    auto *notes = dialog->findChild<QWidget *>(QStringLiteral("detailNotes"));
    REQUIRE(notes);
    QTest::keyClicks(notes, QStringLiteral(" rappeler"));
    REQUIRE(dialog->saveAmendment());
    CHECK(console.audited(audit::messageAmend) == 1);
    CHECK(console.audited(audit::messagesView) == 0);
}

TEST_CASE("a supervisor reading a colleague's message is audited, the editor and supervision open")
{
    Console console;
    MainWindow &window = console.as(QStringLiteral("sophie"), Role::Supervisor);
    CHECK(action(window, "actionEditConsignes")->isEnabled());
    CHECK(action(window, "actionSupervision")->isEnabled());
    CHECK(action(window, "actionAuditLog") == nullptr);
    CHECK(window.openAuditLog() == nullptr);
    REQUIRE(window.openMessage(QStringLiteral("by-paul")));
    const auto views =
        AuditLog(console.services->database(), console.services->clock()).recent(5, audit::messagesView);
    REQUIRE(views.value().size() == 1);
    CHECK(views->first().actor == QStringLiteral("sophie"));
    CHECK(views->first().subject == QStringLiteral("by-paul"));
    CHECK(window.openConsignesEditor() != nullptr);
    CHECK(window.openSupervision() != nullptr);
    const QStringList both{QStringLiteral("by-marie"), QStringLiteral("by-paul")};
    CHECK(recentShown(window) == both);
    CHECK(searchShown(window, QStringLiteral("Jeanne")) == both);
}

TEST_CASE("an editor import goes through the guard: audited for a supervisor, refused for an operator")
{
    Console console;
    Session supervisor(console.services->database(), console.services->clock(), console.services->messages(),
                       console.services->clients(), Actor{QStringLiteral("sophie"), Role::Supervisor}, true);
    Session op(console.services->database(), console.services->clock(), console.services->messages(),
               console.services->clients(), Actor{QStringLiteral("marie"), Role::Operator}, true);
    const auto importAs = [&](Session &session) {
        EditorFileDialogs dialogs;
        dialogs.openFile = [](QWidget *) {
            return QStringLiteral(RELAIS_SOURCE_DIR "/resources/demo/demo-clients.json");
        };
        EditorContext context{console.services->database(),
                              console.services->clients(),
                              console.services->mutableIndex(),
                              console.services->phones(),
                              console.services->clock(),
                              session.actor().login,
                              QStringLiteral("Camille"),
                              dialogs,
                              {},
                              &session.consignes(),
                              session.actor()};
        EditorWindow editor(std::move(context));
        editor.show();
        auto *import = editor.findChild<QPushButton *>(QStringLiteral("editorImport"));
        REQUIRE(import);
        QTest::mouseClick(import, Qt::LeftButton);
        return editor.findChild<QLabel *>(QStringLiteral("editorStatus"))->text();
    };

    const QString refused = importAs(op);
    INFO(refused.toStdString());
    CHECK(refused.contains(QStringLiteral("edit-consignes")));
    CHECK(console.services->clients().count().value() == 0);
    CHECK(console.audited(audit::consignesChange) == 0);

    const QString imported = importAs(supervisor);
    INFO(imported.toStdString());
    const qint64 clients = console.services->clients().count().value();
    CHECK(clients > 0);
    CHECK(console.audited(audit::consignesChange) == clients);
}

TEST_CASE("an admin opens the audit log with Ctrl+Shift+L and filters it")
{
    Console console;
    MainWindow &window = console.as(QStringLiteral("alice"), Role::Admin);
    REQUIRE(window.openMessage(QStringLiteral("by-paul"))); // one messages.view row
    QAction *auditAction = action(window, "actionAuditLog");
    REQUIRE(auditAction);
    CHECK(auditAction->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    auto *view = window.findChild<AuditLogView *>(QStringLiteral("auditLogView"));
    REQUIRE(view);
    REQUIRE(view->rowCount() == 1);
    auto *table = view->findChild<QTableWidget *>(QStringLiteral("auditTable"));
    REQUIRE(table);
    CHECK(table->item(0, 1)->text() == QStringLiteral("alice"));
    CHECK(table->item(0, 2)->text() == audit::messagesView);
    CHECK(table->editTriggers() == QAbstractItemView::NoEditTriggers);
    auto *user = view->findChild<QLineEdit *>(QStringLiteral("auditUser"));
    QTest::keyClicks(user, QStringLiteral("nobody"));
    QTest::keyClick(user, Qt::Key_Return);
    CHECK(view->rowCount() == 0);
}

TEST_CASE("with no user accounts the console says sign-in is off and offers everything")
{
    Console console;
    console.window = std::make_unique<MainWindow>(*console.services, *console.settings);
    MainWindow &window = *console.window;
    CHECK(statusText(window) == QStringLiteral("No operator accounts: sign-in off"));
    CHECK_FALSE(window.session().signedIn());
    CHECK(action(window, "actionEditConsignes")->isEnabled());
    CHECK(action(window, "actionSupervision")->isEnabled());
}

TEST_CASE("the sign-in dialog by keyboard: a wrong password says so and the delay, Enter signs in")
{
    Console console;
    Database &db = console.services->database();
    UserRepository users(db, console.services->clock());
    REQUIRE(
        users.add(User{QStringLiteral("marie"), QStringLiteral("Marie Curie"), Role::Supervisor, false, {}},
                  PasswordHasher(PasswordHasher::minimumIterations).hash(QStringLiteral("correct horse"))));
    CHECK(Session::signInRequired(db, console.services->clock()).value());
    AuditLog audit(db, console.services->clock());
    SignIn signIn(db, console.services->clock(), audit, PasswordHasher(PasswordHasher::minimumIterations));

    SignInDialog dialog(signIn);
    dialog.show();
    auto *login = dialog.findChild<QLineEdit *>(QStringLiteral("signInLogin"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("signInPassword"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("signInMessage"));
    REQUIRE((login && password && message));
    QTest::keyClicks(login, QStringLiteral("marie"));
    for (int i = 0; i < SignIn::freeFailures; ++i) {
        QTest::keyClicks(password, QStringLiteral("wrong"));
        QTest::keyClick(password, Qt::Key_Return);
        CHECK(message->text().contains(QStringLiteral("wrong login or password")));
        CHECK(password->text().isEmpty());
    }
    CHECK(message->text().contains(QStringLiteral("Next attempt possible in 5 second")));
    CHECK_FALSE(dialog.user().has_value());
    console.clock->advanceSeconds(6);
    QTest::keyClicks(password, QStringLiteral("correct horse"));
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE(dialog.user().has_value());
    CHECK(dialog.user()->role == Role::Supervisor);
    CHECK(dialog.result() == QDialog::Accepted);

    SignInDialog cancelled(signIn);
    cancelled.show();
    QTest::keyClick(&cancelled, Qt::Key_Escape);
    CHECK(cancelled.result() == QDialog::Rejected);
    CHECK_FALSE(cancelled.user().has_value());
}

// relais: the operator console. The composition root: options, settings, logging, translations,
// then the console's services and its window, each handed what it needs.
#include "common/clock.h"
#include "common/translations.h"
#include "consoleservices.h"
#include "consolesync.h"
#include "cti/ctisource.h"
#include "cti/simulatorsource.h"
#include "logging/logging.h"
#include "mainwindow.h"
#include "routing/callrouter.h"
#include "security/auditlog.h"
#include "security/secretstore.h"
#include "security/secreturl.h"
#include "security/session.h"
#include "security/signin.h"
#include "settings/settings.h"
#include "signindialog.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

struct Options
{
    QString databaseUrl;
    QString sharedUrl; // the team's PostgreSQL the console syncs its messages with
    QString ctiUrl;
    QString language;   // "fr", "en" or empty (the system's)
    QString screenshot; // save the window there after a simulated call, then quit
};

// Returns false (after printing why) when the options are wrong.
bool parseOptions(const QApplication &app, Options &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Relais, the operator console for telephone answering services."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("Database URL: sqlite:///path/file.db or postgresql://user@host:port/db "
                       "(default: the settings, else the embedded SQLite file)."),
        QStringLiteral("url"));
    const QCommandLineOption shared(
        QStringLiteral("shared"),
        QStringLiteral("The team's shared PostgreSQL, synced in the background: "
                       "postgresql://user@host:port/db (default: the settings, else none: messages stay "
                       "on this desk)."),
        QStringLiteral("url"));
    const QCommandLineOption cti(
        QStringLiteral("cti"),
        QStringLiteral("Call source: sim:// or ami://user@host:port?device=PJSIP/201 "
                       "(default: the settings, else sim://)."),
        QStringLiteral("url"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Interface language: fr or en (default: the system's)."),
                                  QStringLiteral("fr|en"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Ring one simulated call, save the window as a PNG "
                                                       "file, then quit (for the documentation)."),
                                        QStringLiteral("file"));
    parser.addOptions({db, shared, cti, lang, screenshot});
    parser.process(app); // --help, --version and unknown options exit here
    options.databaseUrl = parser.value(db);
    options.sharedUrl = parser.value(shared);
    options.ctiUrl = parser.value(cti);
    options.language = parser.value(lang);
    options.screenshot = parser.value(screenshot);
    if (!options.language.isEmpty() && options.language != QLatin1String("fr") &&
        options.language != QLatin1String("en")) {
        std::fprintf(stderr, "relais: --lang takes fr or en, not '%s'\n", qPrintable(options.language));
        return false;
    }
    return true;
}

void saveScreenshotLater(relais::MainWindow &window, relais::ConsoleServices &services, const QString &path)
{
    if (relais::SimulatorSource *simulator = services.simulator())
        QTimer::singleShot(300, simulator, [simulator] { simulator->ringNow(); });
    QTimer::singleShot(1500, &window, [&window, path] {
        const bool saved = window.grab().save(path, "PNG");
        if (!saved)
            std::fprintf(stderr, "relais: cannot write the screenshot %s\n", qPrintable(path));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("relais"));
    QApplication::setApplicationDisplayName(QStringLiteral("Relais"));
    QApplication::setOrganizationName(QStringLiteral("Relais"));
    QApplication::setApplicationVersion(QStringLiteral(RELAIS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("relais")); // the menu entry's icon and name

    Options options;
    if (!parseOptions(app, options))
        return 2;
    relais::Settings settings(std::make_unique<QSettings>());
    relais::logging::setup(
        {.directory = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation),
         .level = spdlog::level::info,
         .toStderr = true});
    auto log = relais::logging::module("ui");
    QTranslator qtTranslator;
    QTranslator relaisTranslator;
    const QString language =
        options.language.isEmpty() ? settings.value(relais::settings::language) : options.language;
    relais::installFrench(app, language, qtTranslator, relaisTranslator);

    relais::ConsoleConfig config;
    config.databaseUrl =
        options.databaseUrl.isEmpty() ? settings.value(relais::settings::databaseUrl) : options.databaseUrl;
    config.ctiUrl = options.ctiUrl.isEmpty() ? settings.value(relais::settings::ctiUrl) : options.ctiUrl;
    config.dialingRules = settings.value(relais::settings::dialingRules);
    config.simulatorIntervalSeconds = settings.value(relais::settings::simulatorIntervalSeconds);
    config.operatorFirstName = settings.value(relais::settings::operatorFirstName);

    // A URL without its password takes the one kept in the keychain (relais-cli secrets set NAME).
    relais::SecretStore secrets(relais::SecretStore::optionsFromEnvironment());
    config.databaseUrl = relais::withStoredSecret(config.databaseUrl, secrets);
    if (qEnvironmentVariableIsEmpty("RELAIS_AMI_SECRET"))
        config.ctiUrl = relais::withStoredSecret(config.ctiUrl, secrets);

    auto services = relais::ConsoleServices::open(config, std::make_unique<relais::SystemClock>());
    if (!services) {
        const QString error = services.error().toString();
        log->error("cannot start: {}", error.toStdString());
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Relais cannot start"), error);
        return 1;
    }

    // With at least one active user account, nobody works unsigned: the sign-in dialog comes first
    // and Esc there quits. With none (the embedded demo) the console starts as before, sign-in off.
    std::unique_ptr<relais::Session> session;
    const auto signInRequired =
        relais::Session::signInRequired((*services)->database(), (*services)->clock());
    if (!signInRequired) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Relais cannot start"),
                              signInRequired.error().toString());
        return 1;
    }
    if (*signInRequired) {
        relais::AuditLog audit((*services)->database(), (*services)->clock());
        relais::SignIn signIn((*services)->database(), (*services)->clock(), audit);
        relais::SignInDialog dialog(signIn);
        if (dialog.exec() != QDialog::Accepted || !dialog.user())
            return 0;
        const relais::User &user = *dialog.user();
        session = std::make_unique<relais::Session>((*services)->database(), (*services)->clock(),
                                                    (*services)->messages(), (*services)->clients(),
                                                    relais::Actor{user.login, user.role}, true);
        if (!user.displayName.trimmed().isEmpty()) // the greeting says the operator's first name
            (*services)->router().setOperatorFirstName(
                user.displayName.trimmed().section(QLatin1Char(' '), 0, 0));
    }
    relais::MainWindow window(**services, settings, std::move(session));
    // Declared after the window and the services, so it stops before they go.
    relais::ConsoleSync sync(
        window, (*services)->database().url(),
        relais::withStoredSecret(options.sharedUrl.isEmpty()
                                     ? settings.value(relais::settings::sharedDatabaseUrl)
                                     : options.sharedUrl,
                                 secrets),
        (*services)->clock());
    sync.start();
    window.show();
    (*services)->cti().start();
    if (!options.screenshot.isEmpty())
        saveScreenshotLater(window, **services, options.screenshot);
    log->info("console ready");
    return app.exec();
}

// relais-cli users: add, change the password of, disable and list the Relais users. Passwords are read
// from the terminal without echo, or from stdin with --password-stdin; never from the command line,
// where every user of the machine could read them in the process list.
#include "clidatabase.h"
#include "commands.h"

#include "common/clock.h"
#include "security/auditlog.h"
#include "security/passwordhasher.h"
#include "security/userrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace relais::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

constexpr int minimumPasswordLength = 8;

int fail(const QString &message)
{
    std::fprintf(stderr, "relais-cli users: %s\n", qPrintable(message));
    return 1;
}

int usage(const QString &message)
{
    std::fprintf(stderr, "relais-cli users: %s\n", qPrintable(message));
    return 2;
}

const char *const usageText =
    "Usage: relais-cli [--db URL] users add LOGIN [--name NAME] [--role operator|supervisor|admin]\n"
    "                                        [--password-stdin]\n"
    "       relais-cli [--db URL] users passwd LOGIN [--password-stdin]\n"
    "       relais-cli [--db URL] users disable LOGIN [--enable]\n"
    "       relais-cli [--db URL] users list [--json]\n";

// The audit log's actor for what the command line does: the system account that ran it.
QString cliActor()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME", QStringLiteral("?")));
    return QStringLiteral("cli:") + user;
}

std::optional<QString> readLine(bool echo)
{
    termios saved{};
    const bool terminal = !echo && isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    const bool got = static_cast<bool>(std::getline(std::cin, line));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    if (!got)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

// The new password: one line of stdin with --password-stdin, else typed twice at the terminal.
std::optional<QString> readNewPassword(bool fromStdin, QString &why)
{
    if (fromStdin) {
        const auto line = readLine(true);
        if (!line)
            why = CliText::tr("no password on stdin");
        return line;
    }
    if (!isatty(STDIN_FILENO)) {
        why = CliText::tr("stdin is not a terminal: pass the password with --password-stdin");
        return std::nullopt;
    }
    std::fputs(qPrintable(CliText::tr("New password: ")), stderr);
    const auto first = readLine(false);
    std::fputs(qPrintable(CliText::tr("Again: ")), stderr);
    const auto second = readLine(false);
    if (!first || !second || *first != *second) {
        why = CliText::tr("the two passwords differ");
        return std::nullopt;
    }
    return first;
}

std::optional<QString> newPasswordHash(bool fromStdin, QString &why)
{
    const auto password = readNewPassword(fromStdin, why);
    if (!password)
        return std::nullopt;
    if (password->size() < minimumPasswordLength) {
        why = CliText::tr("a password needs at least %1 characters").arg(minimumPasswordLength);
        return std::nullopt;
    }
    return PasswordHasher().hash(*password);
}

} // namespace

int runUsers(const GlobalOptions &global, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption nameOption(QStringLiteral("name"), CliText::tr("Display name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        CliText::tr("operator (default), supervisor or admin."),
                                        QStringLiteral("ROLE"), QStringLiteral("operator"));
    const QCommandLineOption stdinOption(
        QStringLiteral("password-stdin"),
        CliText::tr("Read the password as one line of stdin (for scripts)."));
    const QCommandLineOption enableOption(QStringLiteral("enable"), CliText::tr("Enable the user again."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliText::tr("Print JSON."));
    parser.addOptions({nameOption, roleOption, stdinOption, enableOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("add, passwd, disable or list"));
    if (!parser.parse(QStringList{QStringLiteral("relais-cli users")} + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << QString::fromUtf8(usageText)
                            << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool needsLogin = action == QLatin1String("add") || action == QLatin1String("passwd") ||
                            action == QLatin1String("disable");
    if (action != QLatin1String("list") && !needsLogin)
        return usage(CliText::tr("expected add, passwd, disable or list\n") + QString::fromUtf8(usageText));
    if (positional.size() != (needsLogin ? 2 : 1))
        return usage(needsLogin
                         ? CliText::tr("%1 needs one LOGIN (a password is never an argument)").arg(action)
                         : CliText::tr("list takes no argument"));
    const std::optional<Role> role = parseRole(parser.value(roleOption));
    if (!role)
        return usage(
            CliText::tr("unknown role '%1': operator, supervisor or admin").arg(parser.value(roleOption)));
    const QString login = UserRepository::normalizedLogin(positional.value(1));
    if (needsLogin && !UserRepository::isValidLogin(login))
        return usage(
            CliText::tr("'%1' is not a valid login: letters, digits, '.', '_' or '-'").arg(login.left(80)));

    const Result<OpenedDatabase> opened = openDatabase(global);
    if (!opened)
        return fail(opened.error().toString());
    Database &db = *opened->db;
    const SystemClock clock;
    UserRepository users(db, clock);
    AuditLog audit(db, clock);
    QTextStream out(stdout);

    if (action == QLatin1String("list")) {
        const auto all = users.all();
        if (!all)
            return fail(all.error().toString());
        if (parser.isSet(jsonOption)) {
            QJsonArray array;
            for (const User &u : *all)
                array.append(QJsonObject{{QStringLiteral("login"), u.login},
                                         {QStringLiteral("displayName"), u.displayName},
                                         {QStringLiteral("role"), roleName(u.role)},
                                         {QStringLiteral("disabled"), u.disabled}});
            out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        } else {
            for (const User &u : *all)
                out << QStringLiteral("%1  %2  %3%4\n")
                           .arg(u.login, -20)
                           .arg(roleName(u.role), -10)
                           .arg(u.displayName, u.disabled ? CliText::tr("  (disabled)") : QString());
        }
        return 0;
    }

    if (action == QLatin1String("disable")) {
        const bool enable = parser.isSet(enableOption);
        if (Status s = users.setDisabled(login, !enable); !s)
            return fail(s.error().toString());
        if (Status s = audit.record(cliActor(), audit::userDisable, login,
                                    enable ? QStringLiteral("enabled") : QStringLiteral("disabled"));
            !s)
            return fail(s.error().toString());
        out << (enable ? CliText::tr("%1 enabled\n") : CliText::tr("%1 disabled\n")).arg(login);
        return 0;
    }

    if (action == QLatin1String("add")) {
        const auto existing = users.find(login);
        if (!existing)
            return fail(existing.error().toString());
        if (existing->has_value())
            return fail(CliText::tr("the login '%1' is already taken").arg(login));
    } else {
        const auto existing = users.find(login);
        if (!existing)
            return fail(existing.error().toString());
        if (!existing->has_value())
            return fail(CliText::tr("there is no user '%1'").arg(login));
    }
    QString why;
    const auto hash = newPasswordHash(parser.isSet(stdinOption), why);
    if (!hash)
        return fail(why);
    if (action == QLatin1String("add")) {
        const User user{login, parser.value(nameOption), *role, false, {}};
        if (Status s = users.add(user, *hash); !s)
            return fail(s.error().toString());
        if (Status s = audit.record(cliActor(), audit::userAdd, login, roleName(*role)); !s)
            return fail(s.error().toString());
        out << CliText::tr("%1 added (%2)\n").arg(login, roleName(*role));
    } else {
        if (Status s = users.setPasswordHash(login, *hash); !s)
            return fail(s.error().toString());
        if (Status s = audit.record(cliActor(), audit::userPassword, login); !s)
            return fail(s.error().toString());
        out << CliText::tr("password of %1 changed\n").arg(login);
    }
    return 0;
}

} // namespace relais::cli

// relais-cli secrets: keep a password or token in the system keychain (or the 0600 fallback file) under
// a name. The value is read from stdin, never from the command line, and never printed.
#include "commands.h"

#include "security/secretstore.h"
#include "security/secreturl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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

const char *const usageText =
    "Usage: relais-cli secrets set NAME      (the value: one line of stdin, or typed without echo)\n"
    "       relais-cli secrets remove NAME\n"
    "       relais-cli secrets name URL      (the NAME a database or ami:// URL without password uses)\n"
    "NAME for a URL: postgresql://USER@HOST:PORT or ami://USER@HOST:PORT; any other name for other "
    "secrets.\n";

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "relais-cli secrets: %s\n", qPrintable(message));
    return code;
}

// One line of stdin; without echo when it is a terminal.
std::optional<QString> readSecretLine()
{
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        std::fputs(qPrintable(CliText::tr("Value: ")), stderr);
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

} // namespace

int runSecrets(const GlobalOptions &, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("set, remove or name"));
    if (!parser.parse(QStringList{QStringLiteral("relais-cli secrets")} + args))
        return fail(parser.errorText() + QLatin1Char('\n') + QLatin1String(usageText), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << usageText;
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(CliText::tr("an action and a name, nothing else (the value comes from stdin)\n") +
                        QLatin1String(usageText),
                    2);
    const QString action = positional.at(0);
    const QString name = positional.at(1);
    if (action == QLatin1String("name")) {
        const QString secretName = secretNameForUrl(name);
        if (secretName.isEmpty())
            return fail(CliText::tr("not a postgresql:// or ami:// URL with a user"), 2);
        QTextStream(stdout) << secretName << Qt::endl;
        return 0;
    }
    SecretStore store(SecretStore::optionsFromEnvironment());
    if (action == QLatin1String("set")) {
        const auto value = readSecretLine();
        if (!value || value->isEmpty())
            return fail(CliText::tr("no value on stdin"), 1);
        if (Status s = store.write(name, *value); !s)
            return fail(s.error().toString(), 1);
        QTextStream(stdout) << CliText::tr("secret %1 stored in %2").arg(name, store.lastBackend())
                            << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("remove")) {
        if (Status s = store.remove(name); !s)
            return fail(s.error().toString(), 1);
        QTextStream(stdout) << CliText::tr("secret %1 removed").arg(name) << Qt::endl;
        return 0;
    }
    return fail(CliText::tr("unknown action '%1'\n").arg(action) + QLatin1String(usageText), 2);
}

} // namespace relais::cli

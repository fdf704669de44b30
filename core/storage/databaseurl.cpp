// Parsing and printing database URLs by hand: QUrl is too lenient (it silently fixes what a person
// mistyped), and every refusal here must say exactly what is wrong.
#include "storage/databaseurl.h"

#include "logging/redact.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace relais {

namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under DatabaseUrlText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct DatabaseUrlText
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrlText)
};

// What an error names as its place: the input with any password masked, shortened when huge.
QString placeOf(const QString &text)
{
    constexpr int maxLength = 120;
    QString shown = logging::redactUrl(text);
    for (QChar &c : shown)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar(0xfffd);
    if (shown.size() > maxLength)
        shown = shown.left(maxLength) + QStringLiteral("…");
    return shown;
}

// A piece of the input quoted back in a message, cut short when huge.
QString shown(const QString &text)
{
    return text.size() > 40 ? text.left(40) + QStringLiteral("…") : text;
}

const QStringList &sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

const QStringList &knownOptions()
{
    static const QStringList names{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                   QStringLiteral("connect_timeout"), QStringLiteral("application_name")};
    return names;
}

// Strict percent-decoding: "%4" or "%zz" is an error, not a literal, and the result must be UTF-8.
std::optional<QString> percentDecode(const QString &text)
{
    QByteArray bytes;
    const QByteArray raw = text.toLatin1(); // callers checked it is ASCII
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '%') {
            bytes.append(raw[i]);
            continue;
        }
        if (i + 2 >= raw.size())
            return std::nullopt;
        const auto hex = [](char c) -> int {
            if (c >= '0' && c <= '9')
                return c - '0';
            if (c >= 'a' && c <= 'f')
                return c - 'a' + 10;
            if (c >= 'A' && c <= 'F')
                return c - 'A' + 10;
            return -1;
        };
        const int high = hex(raw[i + 1]);
        const int low = hex(raw[i + 2]);
        if (high < 0 || low < 0)
            return std::nullopt;
        bytes.append(static_cast<char>(high * 16 + low));
        i += 2;
    }
    const QString decoded = QString::fromUtf8(bytes);
    if (decoded.toUtf8() != bytes || decoded.contains(QChar(0)))
        return std::nullopt;
    return decoded;
}

QString encode(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
        , m_where(placeOf(text))
    {}

    Result<DatabaseUrl> run()
    {
        if (m_text.isEmpty())
            return fail(DatabaseUrlText::tr("empty database URL: expected sqlite:///path/file.db or "
                                            "postgresql://user@host/database"));
        for (const QChar c : m_text) {
            if (c.isSpace())
                return fail(
                    DatabaseUrlText::tr("the URL contains a space or a line break (write a space as %20)"));
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return fail(DatabaseUrlText::tr("the URL contains a control character"));
            if (c.unicode() > 0x7e)
                return fail(
                    DatabaseUrlText::tr("the URL contains the non-ASCII character '%1' (percent-encode it)")
                        .arg(c));
        }
        const qsizetype colon = m_text.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return fail(DatabaseUrlText::tr("not a database URL: expected sqlite:///path/file.db or "
                                            "postgresql://user@host/database"));
        const QString scheme = m_text.left(colon).toLower();
        const QString rest = m_text.mid(colon + 1);
        if (rest.contains(QLatin1Char('#')))
            return fail(DatabaseUrlText::tr("unexpected '#' in the URL (percent-encode it as %23)"));
        if (scheme == QLatin1String("sqlite"))
            return sqlite(rest);
        if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"))
            return postgres(rest);
        return fail(DatabaseUrlText::tr("unknown scheme '%1': expected sqlite or postgresql")
                        .arg(shown(m_text.left(colon))));
    }

private:
    Error fail(const QString &what) const { return Error{what, m_where}; }

    Result<DatabaseUrl> sqlite(const QString &rest)
    {
        if (!rest.startsWith(QLatin1String("//")))
            return fail(DatabaseUrlText::tr(
                "a SQLite URL needs an absolute path: sqlite:///path/file.db (three slashes) "
                "or sqlite://~/file.db"));
        QString encodedPath = rest.mid(2);
        if (encodedPath.contains(QLatin1Char('?')))
            return fail(DatabaseUrlText::tr("SQLite takes no options after '?'"));
        QString base;
        if (encodedPath.startsWith(QLatin1String("~/"))) {
            base = QDir::homePath();
            encodedPath = encodedPath.mid(1);
        } else if (!encodedPath.startsWith(QLatin1Char('/'))) {
            return fail(DatabaseUrlText::tr(
                "a SQLite URL names a local file, not a host: write sqlite:///path/file.db "
                "(three slashes)"));
        }
        const std::optional<QString> decoded = percentDecode(encodedPath);
        if (!decoded)
            return fail(DatabaseUrlText::tr("bad percent-escape in the file path"));
        if (decoded->size() <= 1)
            return fail(DatabaseUrlText::tr("missing file path after sqlite://"));
        if (decoded->endsWith(QLatin1Char('/')))
            return fail(DatabaseUrlText::tr("the path names a directory, not a database file"));
        DatabaseUrl url;
        url.engine = DatabaseUrl::Engine::Sqlite;
        url.path = QDir::cleanPath(base + *decoded);
        return url;
    }

    Result<DatabaseUrl> postgres(const QString &rest)
    {
        if (!rest.startsWith(QLatin1String("//")))
            return fail(
                DatabaseUrlText::tr("expected '//' after the scheme: postgresql://user@host/database"));
        QString remainder = rest.mid(2);
        QString query;
        if (const qsizetype q = remainder.indexOf(QLatin1Char('?')); q >= 0) {
            query = remainder.mid(q + 1);
            remainder = remainder.left(q);
        }
        const qsizetype slash = remainder.indexOf(QLatin1Char('/'));
        const QString authority = slash < 0 ? remainder : remainder.left(slash);
        const QString dbPart = slash < 0 ? QString() : remainder.mid(slash + 1);

        DatabaseUrl url;
        url.engine = DatabaseUrl::Engine::Postgres;
        QString hostPort = authority;
        if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
            const QString userInfo = authority.left(at);
            hostPort = authority.mid(at + 1);
            const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
            const std::optional<QString> user = percentDecode(colon < 0 ? userInfo : userInfo.left(colon));
            if (!user)
                return fail(DatabaseUrlText::tr("bad percent-escape in the user name"));
            if (user->isEmpty())
                return fail(DatabaseUrlText::tr("empty user name before '@'"));
            url.user = *user;
            if (colon >= 0) {
                const std::optional<QString> password = percentDecode(userInfo.mid(colon + 1));
                if (!password)
                    return fail(DatabaseUrlText::tr("bad percent-escape in the password"));
                url.password = *password;
            }
        }
        if (Status s = parseHostPort(hostPort, url); !s)
            return s.error();
        if (slash < 0 || dbPart.isEmpty())
            return fail(DatabaseUrlText::tr("missing database name: postgresql://user@host/database"));
        if (dbPart.contains(QLatin1Char('/')))
            return fail(DatabaseUrlText::tr("the database name '%1' contains '/'").arg(shown(dbPart)));
        const std::optional<QString> database = percentDecode(dbPart);
        if (!database || database->isEmpty())
            return fail(DatabaseUrlText::tr("bad percent-escape in the database name"));
        url.database = *database;
        if (Status s = parseOptions(query, url); !s)
            return s.error();
        return url;
    }

    Status parseHostPort(const QString &hostPort, DatabaseUrl &url) const
    {
        QString host = hostPort;
        QString port;
        bool hasPort = false;
        if (hostPort.startsWith(QLatin1Char('['))) {
            const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
            if (close < 0)
                return fail(DatabaseUrlText::tr("missing ']' after the IPv6 address"));
            host = hostPort.mid(1, close - 1);
            const QString after = hostPort.mid(close + 1);
            if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
                return fail(DatabaseUrlText::tr("unexpected '%1' after the IPv6 address").arg(shown(after)));
            hasPort = !after.isEmpty();
            port = after.mid(1);
            for (const QChar c : host)
                if (!(c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')) ||
                      c == QLatin1Char(':') || c == QLatin1Char('.')))
                    return fail(DatabaseUrlText::tr("bad IPv6 address '%1'").arg(shown(host)));
        } else {
            const qsizetype colon = hostPort.indexOf(QLatin1Char(':'));
            if (colon >= 0) {
                host = hostPort.left(colon);
                port = hostPort.mid(colon + 1);
                hasPort = true;
            }
            for (const QChar c : host)
                if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') ||
                      c == QLatin1Char('_')))
                    return fail(
                        DatabaseUrlText::tr("bad host name '%1': unexpected '%2'").arg(shown(host), c));
        }
        if (host.isEmpty())
            return fail(DatabaseUrlText::tr("missing host: postgresql://user@host/database"));
        url.host = host;
        if (hasPort) {
            if (port.isEmpty())
                return fail(DatabaseUrlText::tr("missing port number after ':'"));
            bool isNumber = port.size() <= 9;
            for (const QChar c : port)
                isNumber = isNumber && c.isDigit();
            if (!isNumber)
                return fail(DatabaseUrlText::tr("port '%1' is not a number").arg(shown(port)));
            const int value = port.toInt();
            if (value < 1 || value > 65535)
                return fail(DatabaseUrlText::tr("port %1 is out of range (1–65535)").arg(port));
            url.port = value;
        }
        return success();
    }

    Status parseOptions(const QString &query, DatabaseUrl &url) const
    {
        if (query.isEmpty())
            return success();
        for (const QString &pair : query.split(QLatin1Char('&'))) {
            if (pair.isEmpty())
                return fail(DatabaseUrlText::tr("empty option between '&'"));
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString key = eq < 0 ? pair : pair.left(eq);
            if (!knownOptions().contains(key))
                return fail(DatabaseUrlText::tr("unknown option '%1' (known: %2)")
                                .arg(shown(key), knownOptions().join(QStringLiteral(", "))));
            if (eq < 0)
                return fail(DatabaseUrlText::tr("option '%1' has no value").arg(shown(key)));
            if (url.options.contains(key))
                return fail(DatabaseUrlText::tr("option '%1' is given twice").arg(key));
            const std::optional<QString> value = percentDecode(pair.mid(eq + 1));
            if (!value)
                return fail(DatabaseUrlText::tr("bad percent-escape in option '%1'").arg(key));
            if (value->isEmpty())
                return fail(DatabaseUrlText::tr("option '%1' has no value").arg(key));
            // The value ends up in a libpq connection string, where ';' separates Qt's options.
            if (value->contains(QLatin1Char(';')))
                return fail(DatabaseUrlText::tr("option '%1' contains ';'").arg(key));
            if (key == QLatin1String("sslmode") && !sslModes().contains(*value))
                return fail(DatabaseUrlText::tr("sslmode '%1' is not one of %2")
                                .arg(shown(*value), sslModes().join(QStringLiteral(", "))));
            if (key == QLatin1String("connect_timeout")) {
                bool isNumber = value->size() <= 4;
                for (const QChar c : *value)
                    isNumber = isNumber && c.isDigit();
                if (!isNumber || value->toInt() > 3600)
                    return fail(
                        DatabaseUrlText::tr("connect_timeout '%1' is not a number of seconds (0–3600)")
                            .arg(shown(*value)));
            }
            url.options.insert(key, *value);
        }
        return success();
    }

    QString m_text;
    QString m_where;
};

QString format(const DatabaseUrl &url, bool maskPassword)
{
    if (url.engine == DatabaseUrl::Engine::Sqlite)
        return QStringLiteral("sqlite://") + encode(url.path, "/");
    QString out = QStringLiteral("postgresql://");
    if (!url.user.isEmpty()) {
        out += encode(url.user);
        if (!url.password.isEmpty())
            out += QLatin1Char(':') + (maskPassword ? QStringLiteral("***") : encode(url.password));
        out += QLatin1Char('@');
    }
    out += url.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + url.host + QLatin1Char(']') : url.host;
    if (url.port != 5432)
        out += QLatin1Char(':') + QString::number(url.port);
    out += QLatin1Char('/') + encode(url.database);
    QStringList pairs;
    for (auto it = url.options.cbegin(); it != url.options.cend(); ++it)
        pairs << it.key() + QLatin1Char('=') + encode(it.value(), "/");
    if (!pairs.isEmpty())
        out += QLatin1Char('?') + pairs.join(QLatin1Char('&'));
    return out;
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    return Parser(text).run();
}

DatabaseUrl DatabaseUrl::defaultLocal()
{
    DatabaseUrl url;
    url.engine = Engine::Sqlite;
    url.path =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/relais.db");
    return url;
}

QString DatabaseUrl::toString() const
{
    return format(*this, false);
}

QString DatabaseUrl::redacted() const
{
    return format(*this, true);
}

} // namespace relais

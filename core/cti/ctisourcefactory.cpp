// makeCtiSource: sim:// and ami:// URLs to call sources, with errors that name the URL (secret masked).
#include "cti/ctisourcefactory.h"

#include "logging/redact.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace relais {

namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under CtiSourceFactoryText, the context tr() uses
// at runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct CtiSourceFactoryText
{
    Q_DECLARE_TR_FUNCTIONS(CtiSourceFactoryText)
};

Error urlError(const QString &url, const QString &what)
{
    return Error{what, logging::redactUrl(url)};
}

bool parsePositive(const QString &text, int max, int &out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > max)
        return false;
    out = value;
    return true;
}

} // namespace

Result<SimulatorSource::Options> parseSimulatorUrl(const QString &url, SimulatorSource::Options base)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("sim"))
        return urlError(url, CtiSourceFactoryText::tr("not a sim:// URL"));
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("interval")) {
            if (!parsePositive(value, 24 * 3600, base.intervalSeconds))
                return urlError(url, CtiSourceFactoryText::tr(
                                         "interval must be a number of seconds (0 to 86400), not \"%1\"")
                                         .arg(value));
        } else if (key == QLatin1String("seed")) {
            bool ok = false;
            base.seed = value.toUInt(&ok);
            if (!ok)
                return urlError(
                    url, CtiSourceFactoryText::tr("seed must be a positive number, not \"%1\"").arg(value));
        } else {
            return urlError(
                url, CtiSourceFactoryText::tr("unknown option \"%1\" (known: interval, seed)").arg(key));
        }
    }
    return base;
}

Result<AmiClient::Options> parseAmiUrl(const QString &url, const QString &environmentSecret)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return urlError(url, CtiSourceFactoryText::tr("not a valid URL"));
    if (parsed.scheme() != QLatin1String("ami"))
        return urlError(url, CtiSourceFactoryText::tr("not an ami:// URL"));
    AmiClient::Options options;
    options.host = parsed.host();
    if (options.host.isEmpty())
        return urlError(url,
                        CtiSourceFactoryText::tr("no host: write ami://USER@HOST[:PORT]?device=PJSIP/201"));
    options.username = parsed.userName(QUrl::FullyDecoded);
    if (options.username.isEmpty())
        return urlError(url, CtiSourceFactoryText::tr("no AMI user: write ami://USER@HOST"));
    const int port = parsed.port(5038);
    if (port <= 0 || port > 65535)
        return urlError(url, CtiSourceFactoryText::tr("port must be 1 to 65535"));
    options.port = static_cast<quint16>(port);
    options.secret = parsed.password(QUrl::FullyDecoded);
    if (options.secret.isEmpty())
        options.secret = environmentSecret;
    if (options.secret.isEmpty())
        return urlError(url,
                        CtiSourceFactoryText::tr("no AMI secret: put it in the URL or in RELAIS_AMI_SECRET"));
    const auto hasLineBreak = [](const QString &s) {
        return s.contains(QLatin1Char('\r')) || s.contains(QLatin1Char('\n'));
    };
    if (hasLineBreak(options.username) || hasLineBreak(options.secret))
        return urlError(url, CtiSourceFactoryText::tr("the user and secret cannot contain line breaks"));
    if (!parsed.path().isEmpty() && parsed.path() != QLatin1String("/"))
        return urlError(
            url, CtiSourceFactoryText::tr("unexpected path \"%1\": options go after '?'").arg(parsed.path()));

    const QUrlQuery query(parsed);
    bool hasDevice = false;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("device")) {
            const qsizetype slash = value.indexOf(QLatin1Char('/'));
            if (slash <= 0 || slash == value.size() - 1)
                return urlError(
                    url, CtiSourceFactoryText::tr("device must be TECH/RESOURCE, e.g. PJSIP/201, not \"%1\"")
                             .arg(value));
            options.tracker.device = value;
            hasDevice = true;
        } else if (key == QLatin1String("dialed")) {
            if (value == QLatin1String("exten")) {
                options.tracker.dialedSource = AmiCallTracker::DialedSource::Exten;
            } else if (value == QLatin1String("queue")) {
                options.tracker.dialedSource = AmiCallTracker::DialedSource::Queue;
            } else if (value.startsWith(QLatin1String("variable:")) && value.size() > 9) {
                options.tracker.dialedSource = AmiCallTracker::DialedSource::Variable;
                options.tracker.dialedVariable = value.mid(9);
            } else {
                return urlError(
                    url, CtiSourceFactoryText::tr("dialed must be exten, queue or variable:NAME, not \"%1\"")
                             .arg(value));
            }
        } else if (key == QLatin1String("ping")) {
            int seconds = 0;
            if (!parsePositive(value, 3600, seconds) || seconds == 0)
                return urlError(
                    url, CtiSourceFactoryText::tr("ping must be a number of seconds (1 to 3600), not \"%1\"")
                             .arg(value));
            options.pingIntervalMs = seconds * 1000;
        } else if (key == QLatin1String("events")) {
            options.events = value;
        } else if (key == QLatin1String("context")) {
            // Written into AMI actions as is: only a dialplan context name's characters.
            static const QRegularExpression contextName(QStringLiteral("^[A-Za-z0-9_-]{1,79}$"));
            if (!contextName.match(value).hasMatch())
                return urlError(url, CtiSourceFactoryText::tr("context must be a dialplan context name "
                                                              "(letters, digits, - and _), not \"%1\"")
                                         .arg(value.left(80)));
            options.dialContext = value;
        } else {
            return urlError(url, CtiSourceFactoryText::tr(
                                     "unknown option \"%1\" (known: device, dialed, ping, events, context)")
                                     .arg(key));
        }
    }
    if (!hasDevice)
        return urlError(url,
                        CtiSourceFactoryText::tr("no device: add ?device=PJSIP/201 (the operator's phone)"));
    return options;
}

Result<std::unique_ptr<CtiSource>> makeCtiSource(const QString &url, const CtiSourceDependencies &deps)
{
    const QString scheme = url.section(QLatin1Char(':'), 0, 0).toLower();
    if (scheme == QLatin1String("sim")) {
        auto options = parseSimulatorUrl(url, deps.simulator);
        if (!options)
            return options.error();
        return std::unique_ptr<CtiSource>(std::make_unique<SimulatorSource>(options.value(), deps.clock));
    }
    if (scheme == QLatin1String("ami")) {
        auto options = parseAmiUrl(url, qEnvironmentVariable("RELAIS_AMI_SECRET"));
        if (!options)
            return options.error();
        return std::unique_ptr<CtiSource>(std::make_unique<AmiClient>(options.value(), deps.clock));
    }
    return urlError(
        url, CtiSourceFactoryText::tr("unknown call source: use sim:// or ami://USER@HOST?device=PJSIP/201"));
}

} // namespace relais

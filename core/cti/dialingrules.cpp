// Dialing rules (see dialingrules.h): parsing the setting, checking and rewriting a number.
#include "cti/dialingrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <optional>

namespace relais {
namespace {

struct DialingRulesText
{
    Q_DECLARE_TR_FUNCTIONS(DialingRulesText)
};

constexpr qsizetype kMaxConfigBytes = 64 * 1024;
constexpr qsizetype kMaxPatterns = 500;
constexpr qsizetype kMaxDialString = 32;

bool allDigits(const QString &text)
{
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

// A number as a person can read it in an error, whatever was in it (control characters, 10,000 digits).
QString shown(const QString &text)
{
    QString out;
    for (const QChar c : text.left(40))
        out += c.isPrint() ? c : QChar(0xFFFD);
    if (text.size() > 40)
        out += QStringLiteral("…");
    return out;
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// "+33 8 9", "08 9", "0033 89" -> "+3389" with the rules' prefixes; empty when it is not a prefix.
QString toE164(QString text, const DialingRules &rules)
{
    text.remove(QLatin1Char(' ')).remove(QLatin1Char('.')).remove(QLatin1Char('-'));
    if (text.startsWith(QLatin1Char('+')))
        text = text.mid(1);
    else if (!rules.internationalPrefix.isEmpty() && text.startsWith(rules.internationalPrefix))
        text = text.mid(rules.internationalPrefix.size());
    else if (!rules.trunkPrefix.isEmpty() && text.startsWith(rules.trunkPrefix))
        text = rules.countryCode + text.mid(rules.trunkPrefix.size());
    else
        return {};
    if (text.isEmpty() || !allDigits(text))
        return {};
    return QLatin1Char('+') + text;
}

bool matchesAny(const QString &e164, const QStringList &prefixes, QString *which)
{
    for (const QString &prefix : prefixes) {
        if (e164.startsWith(prefix)) {
            if (which)
                *which = prefix;
            return true;
        }
    }
    return false;
}

// One reader for the config, keeping the JSON path of the first problem.
struct Reader
{
    const QJsonObject &object;
    const QString &where;
    std::optional<Error> error;

    void fail(const QString &key, const QString &what)
    {
        if (!error)
            error = Error{QStringLiteral("\"%1\": %2").arg(key, what), where};
    }

    void digits(const char *key, QString &out, int minSize, int maxSize)
    {
        const QString name = QLatin1String(key);
        if (!object.contains(name))
            return;
        const QJsonValue v = object.value(name);
        if (!v.isString())
            return fail(name,
                        DialingRulesText::tr("must be a string of digits, not %1").arg(jsonTypeName(v)));
        const QString s = v.toString();
        if (!allDigits(s) || s.size() < minSize || s.size() > maxSize)
            return fail(name, DialingRulesText::tr("must be %1 to %2 digits, not \"%3\"")
                                  .arg(minSize)
                                  .arg(maxSize)
                                  .arg(shown(s)));
        out = s;
    }

    void patterns(const char *key, QStringList &out, const DialingRules &rules)
    {
        const QString name = QLatin1String(key);
        if (!object.contains(name))
            return;
        const QJsonValue v = object.value(name);
        if (!v.isArray())
            return fail(name, DialingRulesText::tr("must be a list of number prefixes such as [\"+3389\", "
                                                   "\"08 99\"], not %1")
                                  .arg(jsonTypeName(v)));
        const QJsonArray array = v.toArray();
        if (array.size() > kMaxPatterns)
            return fail(
                name,
                DialingRulesText::tr("holds %1 prefixes, at most %2").arg(array.size()).arg(kMaxPatterns));
        QStringList list;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(name).arg(i);
            if (!array.at(i).isString())
                return fail(at,
                            DialingRulesText::tr("must be a string, not %1").arg(jsonTypeName(array.at(i))));
            const QString text = array.at(i).toString();
            const QString prefix = text.size() <= 24 ? toE164(text, rules) : QString();
            if (prefix.isEmpty() || prefix.size() > 16)
                return fail(at,
                            DialingRulesText::tr("\"%1\" is not a number prefix: write it as +33 8 9 or 08 9")
                                .arg(shown(text)));
            list << prefix;
        }
        out = list;
    }
};

} // namespace

bool isEmergencyNumber(const QString &digits)
{
    static const QSet<QString> numbers{
        QStringLiteral("15"),     QStringLiteral("17"),     QStringLiteral("18"),
        QStringLiteral("112"),    QStringLiteral("114"),    QStringLiteral("115"),
        QStringLiteral("119"),    QStringLiteral("191"),    QStringLiteral("196"),
        QStringLiteral("197"),    QStringLiteral("116000"), QStringLiteral("116006"),
        QStringLiteral("116111"), QStringLiteral("116117"), QStringLiteral("911")};
    return numbers.contains(digits);
}

Result<DialingRules> DialingRules::fromJson(const QByteArray &json, const QString &where)
{
    DialingRules rules;
    if (json.trimmed().isEmpty())
        return rules;
    if (json.size() > kMaxConfigBytes)
        return Error{DialingRulesText::tr("the dialing rules are %1 bytes, at most %2")
                         .arg(json.size())
                         .arg(kMaxConfigBytes),
                     where};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{DialingRulesText::tr("not valid JSON at byte %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString()),
                     where};
    if (!document.isObject())
        return Error{DialingRulesText::tr("the dialing rules must be a JSON object {…}"), where};
    const QJsonObject object = document.object();
    static const QStringList known{QStringLiteral("outsideLinePrefix"),
                                   QStringLiteral("format"),
                                   QStringLiteral("countryCode"),
                                   QStringLiteral("trunkPrefix"),
                                   QStringLiteral("internationalPrefix"),
                                   QStringLiteral("allowInternational"),
                                   QStringLiteral("allowed"),
                                   QStringLiteral("refused"),
                                   QStringLiteral("extensionDigits")};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (!known.contains(it.key()))
            return Error{DialingRulesText::tr("unknown key \"%1\" (known: %2)")
                             .arg(shown(it.key()), known.join(QStringLiteral(", "))),
                         where};

    Reader reader{object, where, std::nullopt};
    reader.digits("outsideLinePrefix", rules.outsideLinePrefix, 0, 4);
    reader.digits("countryCode", rules.countryCode, 1, 3);
    reader.digits("trunkPrefix", rules.trunkPrefix, 0, 2);
    reader.digits("internationalPrefix", rules.internationalPrefix, 1, 4);
    if (object.contains(QStringLiteral("format"))) {
        const QJsonValue v = object.value(QStringLiteral("format"));
        const QString f = v.toString();
        if (f == QLatin1String("national"))
            rules.format = Format::National;
        else if (f == QLatin1String("international"))
            rules.format = Format::International;
        else if (f == QLatin1String("e164"))
            rules.format = Format::E164;
        else
            reader.fail(QStringLiteral("format"),
                        DialingRulesText::tr("must be \"national\", \"international\" or \"e164\", not %1")
                            .arg(v.isString() ? QStringLiteral("\"%1\"").arg(shown(f)) : jsonTypeName(v)));
    }
    if (object.contains(QStringLiteral("allowInternational"))) {
        const QJsonValue v = object.value(QStringLiteral("allowInternational"));
        if (v.isBool())
            rules.allowInternational = v.toBool();
        else
            reader.fail(QStringLiteral("allowInternational"),
                        DialingRulesText::tr("must be true or false, not %1").arg(jsonTypeName(v)));
    }
    if (object.contains(QStringLiteral("extensionDigits"))) {
        const QJsonValue v = object.value(QStringLiteral("extensionDigits"));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 8 || d != std::floor(d))
            reader.fail(QStringLiteral("extensionDigits"),
                        DialingRulesText::tr("must be a whole number from 0 to 8, not %1")
                            .arg(v.isDouble() ? QString::number(d) : jsonTypeName(v)));
        else
            rules.extensionDigits = static_cast<int>(d);
    }
    if (reader.error)
        return *reader.error;
    // Prefixes are read with the prefixes above: "08 9" is national in this service's country.
    reader.patterns("allowed", rules.allowed, rules);
    reader.patterns("refused", rules.refused, rules);
    if (reader.error)
        return *reader.error;
    if (rules.internationalPrefix == rules.trunkPrefix)
        return Error{DialingRulesText::tr("\"trunkPrefix\" and \"internationalPrefix\" cannot be the same"),
                     where};
    if (!rules.outsideLinePrefix.isEmpty() && rules.format == Format::E164)
        return Error{
            DialingRulesText::tr("\"outsideLinePrefix\" cannot go before an E.164 number (\"format\": "
                                 "\"e164\"): use \"national\" or \"international\""),
            where};
    return rules;
}

Result<QString> DialingRules::dialString(const QString &number) const
{
    const QString where = QStringLiteral("dialing rules");
    const auto refuse = [&](const QString &why) -> Error {
        return Error{DialingRulesText::tr("cannot dial \"%1\": %2").arg(shown(number), why), where};
    };
    if (number.isEmpty())
        return refuse(DialingRulesText::tr("no number"));
    if (number.size() > kMaxDialString)
        return refuse(DialingRulesText::tr("a number is at most %1 characters").arg(kMaxDialString));
    for (qsizetype i = 0; i < number.size(); ++i) {
        const QChar c = number.at(i);
        const bool ok = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('*') ||
                        c == QLatin1Char('#') || (i == 0 && c == QLatin1Char('+'));
        if (!ok)
            return refuse(DialingRulesText::tr("a number is digits, * or #, with an optional leading +"));
    }
    const QString emergency = DialingRulesText::tr("emergency numbers are never dialed from the console");
    if (isEmergencyNumber(number))
        return refuse(emergency);
    // With the outside-line prefix typed in: "0112", "9 15".
    if (!outsideLinePrefix.isEmpty() && number.startsWith(outsideLinePrefix) &&
        isEmergencyNumber(number.mid(outsideLinePrefix.size())))
        return refuse(emergency);

    const bool hasTrunk = !trunkPrefix.isEmpty() && number.startsWith(trunkPrefix);
    if (!number.startsWith(QLatin1Char('+')) && !hasTrunk && number.size() <= extensionDigits)
        return QString(number); // an internal extension or feature code: the PBX's own
    if (number.contains(QLatin1Char('*')) || number.contains(QLatin1Char('#')))
        return refuse(DialingRulesText::tr("only an internal extension may hold * or #"));

    const QString e164 = toE164(number, *this);
    const QString home = QLatin1Char('+') + countryCode;
    const bool domestic = e164.startsWith(home);
    if (domestic && isEmergencyNumber(e164.mid(home.size())))
        return refuse(emergency);
    if (e164.isEmpty() || e164.size() < 7 || e164.size() > 16)
        return refuse(
            DialingRulesText::tr("not a complete number: write it +33 6 12 34 56 78 or 06 12 34 56 78"));
    QString prefix;
    if (matchesAny(e164, refused, &prefix))
        return refuse(
            DialingRulesText::tr("premium-rate or refused number (%1 in the dialing rules)").arg(prefix));
    const bool allowedByList = matchesAny(e164, allowed, nullptr);
    if (!allowed.isEmpty() && !allowedByList)
        return refuse(DialingRulesText::tr("not among the numbers the dialing rules allow (%1)")
                          .arg(allowed.join(QStringLiteral(", "))));
    if (!domestic && !allowInternational && !allowedByList)
        return refuse(DialingRulesText::tr("international numbers are not allowed by the dialing rules"));

    QString formatted;
    switch (format) {
    case Format::National:
        formatted = domestic ? trunkPrefix + e164.mid(home.size()) : internationalPrefix + e164.mid(1);
        break;
    case Format::International:
        formatted = internationalPrefix + e164.mid(1);
        break;
    case Format::E164:
        formatted = e164;
        break;
    }
    formatted.prepend(outsideLinePrefix);
    if (formatted.size() > kMaxDialString)
        return refuse(DialingRulesText::tr("a number is at most %1 characters").arg(kMaxDialString));
    return formatted;
}

} // namespace relais

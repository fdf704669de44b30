// The service's dialing rules: which numbers the console may hand to the PBX at all, and how to
// write them the way the PBX expects (outside-line prefix, national or international form). Every
// transfer and callback goes through dialString() in CtiSource, so a refused number never reaches it.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace relais {

struct DialingRules
{
    enum class Format
    {
        National,      // 0612345678; a foreign number as 0044…
        International, // 0033612345678
        E164           // +33612345678, for dialplans that take E.164
    };

    QString outsideLinePrefix;                  // dialed before every outside number: "0", "9", or none
    Format format = Format::National;           // what the PBX expects after the prefix
    QString countryCode = QStringLiteral("33"); // the service's country: numbers outside it are international
    QString trunkPrefix = QStringLiteral("0");  // "0612…" is a national number
    QString internationalPrefix = QStringLiteral("00");
    bool allowInternational = false; // numbers outside the country, unless an allowed prefix names them
    QStringList allowed;             // E.164 prefixes ("+336"); when not empty, only these are dialed
    QStringList refused = {QStringLiteral("+3389")}; // E.164 prefixes never dialed (premium rate 08 9x)
    int extensionDigits = 6; // up to this many digits (no trunk prefix): an internal extension, as is

    // Reads the JSON object of the setting cti/dialingRules; empty text gives the defaults. Unknown
    // keys, wrong types and odd values are refused with the key and `where` named.
    static Result<DialingRules> fromJson(const QByteArray &json, const QString &where);

    // What to hand to the PBX for `number` (E.164, national "0612…", or an internal extension), or
    // why it may not be dialed: "cannot dial "0899…": premium-rate or refused number (+3389)".
    Result<QString> dialString(const QString &number) const;
};

// Whether `digits` (no prefix) is an emergency or social emergency number: 15, 17, 18, 112, 115, …
// The console never dials them: the caller must, or the operator from a phone that gives the location.
bool isEmergencyNumber(const QString &digits);

} // namespace relais

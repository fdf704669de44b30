// Phone numbers through libphonenumber: E.164 for storage and lookup, national format for display,
// and a clear reason when the input is not a number.
#pragma once

#include "common/result.h"

#include <QString>

#include <memory>

namespace relais {

struct PhoneNumber
{
    enum class Type
    {
        FixedLine,
        Mobile,
        FixedOrMobile,
        TollFree,
        PremiumRate,
        SharedCost,
        Voip,
        Other
    };

    QString e164;          // "+33142685300"
    QString national;      // "01 42 68 53 00"
    QString international; // "+33 1 42 68 53 00"
    QString regionCode;    // "FR"
    Type type = Type::Other;
};

class PhoneNumbers final
{
public:
    explicit PhoneNumbers(QString defaultRegion = QStringLiteral("FR"));
    ~PhoneNumbers();
    PhoneNumbers(const PhoneNumbers &) = delete;
    PhoneNumbers &operator=(const PhoneNumbers &) = delete;

    // Accepts what people and PBXs write: "01 42 68 53 00", "+33 1…", "0033…", "06.12.34.56.78".
    // Refuses empty input, letters, too short/long, and numbers that are not valid for their region,
    // saying which.
    Result<PhoneNumber> parse(const QString &input) const;

    // E.164 when `input` parses, else the input trimmed: lookups of odd PBX numbers (short internal
    // extensions, "anonymous") still work by exact match.
    QString normalize(const QString &input) const;

    // National format for display of a stored E.164 number of the default region, international format
    // for a foreign one ("+44 20 7946 0958"); the input unchanged when it does not parse.
    QString display(const QString &e164) const;

    const QString &defaultRegion() const { return m_defaultRegion; }

private:
    QString m_defaultRegion;
};

} // namespace relais

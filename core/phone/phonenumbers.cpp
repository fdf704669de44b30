// PhoneNumbers over libphonenumber: checks the input by hand first so each refusal says why in words.
#include "phone/phonenumbers.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace relais {
namespace {

namespace lpn = i18n::phonenumbers;

// Longer than any real number written with spaces, dots and a "00" prefix; libphonenumber itself
// refuses past 250 characters, we refuse earlier with a plainer message.
constexpr qsizetype kMaxInputLength = 40;
// `where` quotes the input; a huge input is cut so the message stays readable.
constexpr qsizetype kMaxQuotedLength = 48;

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under PhoneNumbersText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct PhoneNumbersText
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbersText)
};

QString quoted(const QString &input)
{
    QString shown = input.left(kMaxQuotedLength);
    for (QChar &c : shown)
        if (!c.isPrint())
            c = QChar(0xFFFD); // control and binary bytes would garble a log line or a dialog
    if (input.size() > kMaxQuotedLength)
        shown += QStringLiteral("…");
    return shown;
}

Error refuse(const QString &what, const QString &input)
{
    return Error{what, quoted(input)};
}

// Characters people and PBXs put between digits.
bool isSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('(') ||
           c == QLatin1Char(')') || c == QLatin1Char('/') || c == QChar(0x00A0) || c == QChar(0x202F) ||
           c == QLatin1Char('\t');
}

PhoneNumber::Type mapType(lpn::PhoneNumberUtil::PhoneNumberType type)
{
    using T = lpn::PhoneNumberUtil;
    switch (type) {
    case T::FIXED_LINE:
        return PhoneNumber::Type::FixedLine;
    case T::MOBILE:
        return PhoneNumber::Type::Mobile;
    case T::FIXED_LINE_OR_MOBILE:
        return PhoneNumber::Type::FixedOrMobile;
    case T::TOLL_FREE:
        return PhoneNumber::Type::TollFree;
    case T::PREMIUM_RATE:
        return PhoneNumber::Type::PremiumRate;
    case T::SHARED_COST:
        return PhoneNumber::Type::SharedCost;
    case T::VOIP:
        return PhoneNumber::Type::Voip;
    default:
        return PhoneNumber::Type::Other;
    }
}

QString regionOf(const lpn::PhoneNumberUtil &util, int countryCode)
{
    std::string region;
    util.GetRegionCodeForCountryCode(countryCode, &region);
    if (region.empty() || region == "ZZ" || region == "001")
        return QStringLiteral("+") + QString::number(countryCode);
    return QString::fromStdString(region);
}

} // namespace

PhoneNumbers::PhoneNumbers(QString defaultRegion)
    : m_defaultRegion(std::move(defaultRegion))
{}

PhoneNumbers::~PhoneNumbers() = default;

Result<PhoneNumber> PhoneNumbers::parse(const QString &input) const
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return refuse(PhoneNumbersText::tr("empty number"), input);
    if (trimmed.size() > kMaxInputLength)
        return refuse(
            PhoneNumbersText::tr("not a phone number: too long (%1 characters)").arg(trimmed.size()), input);

    qsizetype digits = 0;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            ++digits;
        } else if (c.isLetter()) {
            // libphonenumber would read "0800-FLEURS" as a vanity number; an operator typing letters
            // in a number field made a mistake, so say so.
            return refuse(PhoneNumbersText::tr("not a phone number: contains letters"), input);
        } else if (c == QLatin1Char('+') && i == 0) {
            continue;
        } else if (!isSeparator(c)) {
            return refuse(
                PhoneNumbersText::tr("not a phone number: unexpected character at position %1").arg(i + 1),
                input);
        }
    }
    if (digits == 0)
        return refuse(PhoneNumbersText::tr("not a phone number: no digits"), input);

    const lpn::PhoneNumberUtil &util = *lpn::PhoneNumberUtil::GetInstance();
    const std::string region = m_defaultRegion.toStdString();
    lpn::PhoneNumber number;
    switch (util.Parse(trimmed.toStdString(), region, &number)) {
    case lpn::PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case lpn::PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return refuse(PhoneNumbersText::tr("not a phone number: unknown country code"), input);
    case lpn::PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case lpn::PhoneNumberUtil::TOO_SHORT_NSN:
        return refuse(PhoneNumbersText::tr("too short for %1").arg(m_defaultRegion), input);
    case lpn::PhoneNumberUtil::TOO_LONG_NSN:
        return refuse(PhoneNumbersText::tr("too long for %1").arg(m_defaultRegion), input);
    default:
        return refuse(PhoneNumbersText::tr("not a phone number"), input);
    }

    const QString region2 = regionOf(util, static_cast<int>(number.country_code()));
    switch (util.IsPossibleNumberWithReason(number)) {
    case lpn::PhoneNumberUtil::IS_POSSIBLE:
        break;
    case lpn::PhoneNumberUtil::TOO_SHORT:
    case lpn::PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return refuse(PhoneNumbersText::tr("too short for %1").arg(region2), input);
    case lpn::PhoneNumberUtil::TOO_LONG:
        return refuse(PhoneNumbersText::tr("too long for %1").arg(region2), input);
    case lpn::PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return refuse(PhoneNumbersText::tr("not a phone number: unknown country code"), input);
    default:
        return refuse(PhoneNumbersText::tr("wrong number of digits for %1").arg(region2), input);
    }
    if (!util.IsValidNumber(number))
        return refuse(PhoneNumbersText::tr("not a valid number in %1").arg(region2), input);

    PhoneNumber result;
    std::string text;
    util.Format(number, lpn::PhoneNumberUtil::E164, &text);
    result.e164 = QString::fromStdString(text);
    util.Format(number, lpn::PhoneNumberUtil::NATIONAL, &text);
    result.national = QString::fromStdString(text);
    util.Format(number, lpn::PhoneNumberUtil::INTERNATIONAL, &text);
    result.international = QString::fromStdString(text);
    std::string numberRegion;
    util.GetRegionCodeForNumber(number, &numberRegion);
    result.regionCode = QString::fromStdString(numberRegion);
    result.type = mapType(util.GetNumberType(number));
    return result;
}

QString PhoneNumbers::normalize(const QString &input) const
{
    const Result<PhoneNumber> parsed = parse(input);
    return parsed ? parsed->e164 : input.trimmed();
}

QString PhoneNumbers::display(const QString &e164) const
{
    const Result<PhoneNumber> parsed = parse(e164);
    if (!parsed)
        return e164;
    // A foreign number in its national form ("020 7946 0958") would be dialled wrongly from France.
    return parsed->regionCode == m_defaultRegion ? parsed->national : parsed->international;
}

} // namespace relais

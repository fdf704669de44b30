// SMS text rules: fold French text into the GSM 03.38 alphabet where a close letter exists, count
// its length the way a phone network does, and cut it to a limit.
#pragma once

#include <QString>

namespace relais::transport {

// How long one SMS may be: GSM-7 texts count septets (the extension characters € [ ] { } ^ ~ | and
// backslash count two), any other text counts UTF-16 units (UCS-2).
struct SmsLimits
{
    int gsm7 = 160;
    int unicode = 70;
    bool operator==(const SmsLimits &) const = default;
};

// One line of text for an SMS: control characters and line breaks become spaces, runs of spaces
// collapse, typographic quotes/dashes/ellipsis become ASCII, accented letters outside GSM-7 lose
// their accent (ê → e, ç → c, œ → oe). Letters with no close GSM-7 form (Cyrillic, emoji) stay.
QString foldForSms(const QString &text);

// True when every character of `text` is in the GSM-7 alphabet or its extension table.
bool isGsm7(const QString &text);

// The length as the network counts it: septets for GSM-7 text, UTF-16 units otherwise.
int smsLength(const QString &text);

// The limit that applies to `text`: limits.gsm7 for GSM-7 text, limits.unicode otherwise.
int smsLimitFor(const QString &text, const SmsLimits &limits);

// `text` cut so that `text + suffix` fits the limit, with "..." where it was cut (folded texts only;
// never splits a surrogate pair). `text` and `suffix` must already be folded.
QString fitSms(const QString &text, const QString &suffix, const SmsLimits &limits);

} // namespace relais::transport

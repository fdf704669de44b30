// What an operator typed in the search field, read as a caller number or as words (no I/O).
#pragma once

#include <QString>
#include <QStringList>

namespace relais {

struct SearchQuery
{
    enum class Kind
    {
        Nothing,      // nothing searchable (empty, punctuation, binary): no result, never an error
        NumberPrefix, // "06 12 34", "+33 6 12", "0033 6…": numbers starting with `number`
        NumberSuffix, // "5678", "612345678": numbers ending with `number`
        Words,        // every word of `words` starts a word of the caller's name or notes
    };
    Kind kind = Kind::Nothing;
    QString number;    // NumberPrefix: "+33612" (E.164 start); NumberSuffix: digits only
    QStringList words; // lowercase, accents removed, letters and digits only

    // Reads operator input. A text made only of digits and separators (spaces, dots, dashes, slashes,
    // brackets, a leading +) with at least 3 digits (2 after a +) is a number: "+…" and "00…" are
    // international, a leading 0 is French national (the service's region), anything else is the end of a
    // number. Anything else is words, split at every character that is not a letter or digit. At most
    // maxWords words of at most maxWordLength characters are kept, so a 10,000-character paste costs
    // no more than a short query.
    static SearchQuery parse(const QString &text);

    // "Hélène" -> "helene": lowercase, combining marks removed (the same folding the indexes apply).
    static QString fold(const QString &word);

    static constexpr int maxWords = 8;
    static constexpr int maxWordLength = 64;
    static constexpr int minNumberDigits = 3;
};

} // namespace relais

// Finds a set of keywords in French text typed fast: case- and accent-insensitive, word-prefix
// matching ("fuite" finds "Fuites", not "eau" in "bureau"), multi-word keywords across any spaces or
// punctuation. Built once per rule set, then cheap enough to run on every keystroke.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace relais {

// `text` lower-cased with its accents removed and ligatures expanded ("Œuvre Déjà" -> "oeuvre deja").
// Every other character is kept as it is.
QString foldForMatching(QStringView text);

// One keyword found in a text: its index in the matcher's list and where it is in the original text
// (from the start of its first word to the end of the last word it covers).
struct KeywordHit
{
    int keyword = -1;
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const KeywordHit &) const = default;
};

class KeywordMatcher final
{
public:
    KeywordMatcher() = default;
    // Keywords with no letter or digit (empty, only punctuation) never match.
    explicit KeywordMatcher(const QStringList &keywords);

    const QStringList &keywords() const { return m_keywords; }
    bool isEmpty() const { return !m_anyKeyword; }

    // The first occurrence of each keyword found in `text`, ordered by keyword index. Linear in the
    // text's length (each word walks a trie at most as deep as the longest keyword word).
    QList<KeywordHit> find(QStringView text) const;

private:
    struct Node
    {
        std::vector<std::pair<char16_t, int>> children; // folded character -> node index
        std::vector<int> firstWordEnds;                 // keywords whose first word ends here
    };

    int child(int node, char16_t c) const;
    int addChild(int node, char16_t c);

    QStringList m_keywords;
    std::vector<QStringList> m_sequences; // each keyword's folded words, by keyword index
    std::vector<Node> m_trie{Node{}};     // the first words of every keyword
    bool m_anyKeyword = false;
};

} // namespace relais

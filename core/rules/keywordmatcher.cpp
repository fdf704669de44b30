// Keyword matching over folded words: the text is cut into words (letters and digits; everything else
// separates), each word folded once, and the first words of all keywords are walked in one trie.
#include "rules/keywordmatcher.h"

#include <QChar>

#include <algorithm>

namespace relais {
namespace {

// Appends the folded form of a letter or digit `c` to `out` (nothing for a combining mark).
void appendFolded(char16_t c, QString &out)
{
    if (c < 0x80) {
        out.append(QChar(c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c));
        return;
    }
    if (QChar::isMark(c))
        return; // an accent typed as a separate combining character
    switch (c) {
    case u'œ':
    case u'Œ':
        out.append(QLatin1String("oe"));
        return;
    case u'æ':
    case u'Æ':
        out.append(QLatin1String("ae"));
        return;
    case u'ß':
        out.append(QLatin1String("ss"));
        return;
    default:
        break;
    }
    if (QChar::decompositionTag(c) == QChar::NoDecomposition) {
        out.append(QChar(QChar::toLower(c)));
        return;
    }
    // é -> e + ◌́ ; ﬁ -> fi: keep the base characters, drop the marks.
    const QString parts = QChar::decomposition(c);
    for (const QChar part : parts) {
        if (!part.isMark())
            out.append(part.toLower());
    }
}

bool isWordChar(char16_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

// A word of a text: where its folded form is in the folded buffer, and where it is in the original.
struct Word
{
    qsizetype folded = 0;
    qsizetype foldedLength = 0;
    qsizetype start = 0;
    qsizetype end = 0;
};

// Cuts `text` into folded words; words that fold to nothing (lone marks) are dropped.
std::vector<Word> foldedWords(QStringView text, QString &buffer)
{
    std::vector<Word> words;
    buffer.reserve(text.size());
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        if (!isWordChar(text[i].unicode())) {
            ++i;
            continue;
        }
        Word word;
        word.start = i;
        word.folded = buffer.size();
        while (i < size && isWordChar(text[i].unicode()))
            appendFolded(text[i++].unicode(), buffer);
        word.end = i;
        word.foldedLength = buffer.size() - word.folded;
        if (word.foldedLength > 0)
            words.push_back(word);
    }
    return words;
}

QStringList keywordWords(const QString &keyword)
{
    QString buffer;
    QStringList out;
    for (const Word &word : foldedWords(keyword, buffer))
        out << buffer.mid(word.folded, word.foldedLength);
    return out;
}

} // namespace

QString foldForMatching(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (isWordChar(c.unicode()))
            appendFolded(c.unicode(), out);
        else
            out.append(c);
    }
    return out;
}

KeywordMatcher::KeywordMatcher(const QStringList &keywords)
    : m_keywords(keywords)
{
    m_sequences.reserve(static_cast<size_t>(keywords.size()));
    for (int k = 0; k < keywords.size(); ++k) {
        QStringList words = keywordWords(keywords[k]);
        if (!words.isEmpty()) {
            int node = 0;
            for (const QChar c : words.first())
                node = addChild(node, c.unicode());
            m_trie[static_cast<size_t>(node)].firstWordEnds.push_back(k);
            m_anyKeyword = true;
        }
        m_sequences.push_back(std::move(words));
    }
}

int KeywordMatcher::child(int node, char16_t c) const
{
    for (const auto &[character, index] : m_trie[static_cast<size_t>(node)].children) {
        if (character == c)
            return index;
    }
    return -1;
}

int KeywordMatcher::addChild(int node, char16_t c)
{
    const int existing = child(node, c);
    if (existing >= 0)
        return existing;
    const int index = static_cast<int>(m_trie.size());
    m_trie.emplace_back();
    m_trie[static_cast<size_t>(node)].children.emplace_back(c, index);
    return index;
}

QList<KeywordHit> KeywordMatcher::find(QStringView text) const
{
    QList<KeywordHit> hits;
    if (!m_anyKeyword)
        return hits;
    QString buffer;
    const std::vector<Word> words = foldedWords(text, buffer);
    std::vector<bool> found(m_sequences.size(), false);
    qsizetype remaining = 0;
    for (const QStringList &sequence : m_sequences)
        remaining += sequence.isEmpty() ? 0 : 1;

    const QStringView folded(buffer);
    for (size_t w = 0; w < words.size() && remaining > 0; ++w) {
        const QStringView first = folded.mid(words[w].folded, words[w].foldedLength);
        int node = 0;
        for (const QChar c : first) {
            node = child(node, c.unicode());
            if (node < 0)
                break;
            for (const int k : m_trie[static_cast<size_t>(node)].firstWordEnds) {
                if (found[static_cast<size_t>(k)])
                    continue;
                // The first word is a prefix of this word; every further keyword word must begin
                // the following text words, in order.
                const QStringList &sequence = m_sequences[static_cast<size_t>(k)];
                const size_t count = static_cast<size_t>(sequence.size());
                if (w + count > words.size())
                    continue;
                bool all = true;
                for (size_t m = 1; m < count && all; ++m) {
                    const Word &next = words[w + m];
                    all = folded.mid(next.folded, next.foldedLength)
                              .startsWith(sequence[static_cast<qsizetype>(m)]);
                }
                if (!all)
                    continue;
                found[static_cast<size_t>(k)] = true;
                --remaining;
                const Word &last = words[w + count - 1];
                hits.append({k, words[w].start, last.end - words[w].start});
            }
        }
    }
    std::sort(hits.begin(), hits.end(),
              [](const KeywordHit &a, const KeywordHit &b) { return a.keyword < b.keyword; });
    return hits;
}

} // namespace relais

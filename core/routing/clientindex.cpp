// Client index: hash lookups by dialed number and code, folded-text search for picking by hand.
#include "routing/clientindex.h"

#include "logging/logging.h"

#include <algorithm>
#include <tuple>

namespace relais {

QString ClientIndex::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        // Ligatures that NFD leaves whole: people type them as two letters.
        if (c == QChar(0x0153) || c == QChar(0x0152))
            out += QLatin1String("oe");
        else if (c == QChar(0x00E6) || c == QChar(0x00C6))
            out += QLatin1String("ae");
        else if (c == QChar(0x2019))
            out += QLatin1Char('\'');
        else
            out += c;
    }
    return out.toCaseFolded();
}

void ClientIndex::reset(const QList<ClientEntry> &entries)
{
    m_byCode.clear();
    m_codeByNumber.clear();
    m_searchKeys.clear();
    m_byCode.reserve(entries.size());
    m_searchKeys.reserve(entries.size());
    for (const ClientEntry &entry : entries)
        upsert(entry);
}

void ClientIndex::upsert(const ClientEntry &entry)
{
    if (!entry.consignes || entry.consignes->code.trimmed().isEmpty()) {
        logging::module("routing")->warn("client index: refused an entry without consignes or code");
        return;
    }
    const Consignes &consignes = *entry.consignes;
    const QString code = consignes.code;
    remove(code);

    m_byCode.insert(code, entry);
    for (const QString &raw : consignes.dialedNumbers) {
        const QString number = raw.trimmed();
        if (number.isEmpty())
            continue;
        const auto owner = m_codeByNumber.constFind(number);
        if (owner != m_codeByNumber.cend() && *owner != code) {
            logging::module("routing")->warn("dialed number {} moves from client {} to client {}",
                                             number.toStdString(), owner->toStdString(), code.toStdString());
        }
        m_codeByNumber.insert(number, code);
    }
    const QString foldedCode = fold(code);
    const QString foldedName = fold(consignes.name);
    m_searchKeys.insert(
        code, {foldedCode, foldedName,
               foldedCode + QLatin1Char(' ') + foldedName + QLatin1Char(' ') + fold(consignes.sector)});
}

void ClientIndex::remove(const QString &clientCode)
{
    const auto it = m_byCode.find(clientCode);
    if (it == m_byCode.end())
        return;
    // Only the numbers still pointing at this client: one may have moved to another client since.
    for (const QString &raw : it->consignes->dialedNumbers) {
        const QString number = raw.trimmed();
        const auto owner = m_codeByNumber.find(number);
        if (owner != m_codeByNumber.end() && *owner == clientCode)
            m_codeByNumber.erase(owner);
    }
    m_byCode.erase(it);
    m_searchKeys.remove(clientCode);
}

const ClientEntry *ClientIndex::findByDialedNumber(const QString &e164) const
{
    const auto code = m_codeByNumber.constFind(e164);
    if (code == m_codeByNumber.cend())
        return nullptr;
    return findByCode(*code);
}

const ClientEntry *ClientIndex::findByCode(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.cend() ? nullptr : &it.value();
}

QList<const ClientEntry *> ClientIndex::search(const QString &text, int limit) const
{
    const QString query = fold(text).simplified();
    if (query.isEmpty() || limit <= 0)
        return {};
    const QStringList words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);

    // Rank: the exact code, then names starting with the query, then codes starting with it, then
    // every word starting a word of the client's text, then plain containment.
    struct Match
    {
        int rank;
        const SearchKeys *keys;
        const ClientEntry *entry;
    };
    QList<Match> matches;
    for (auto it = m_searchKeys.cbegin(); it != m_searchKeys.cend(); ++it) {
        const SearchKeys &keys = it.value();
        const bool all = std::all_of(words.cbegin(), words.cend(),
                                     [&](const QString &word) { return keys.all.contains(word); });
        if (!all)
            continue;
        int rank = 4;
        if (keys.code == query) {
            rank = 0;
        } else if (keys.name.startsWith(query)) {
            rank = 1;
        } else if (keys.code.startsWith(query)) {
            rank = 2;
        } else {
            const bool wordStarts = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
                for (qsizetype at = keys.all.indexOf(word); at >= 0; at = keys.all.indexOf(word, at + 1)) {
                    if (at == 0 || !keys.all.at(at - 1).isLetterOrNumber())
                        return true;
                }
                return false;
            });
            if (wordStarts)
                rank = 3;
        }
        const ClientEntry *entry = findByCode(it.key());
        if (entry)
            matches.append({rank, &keys, entry});
    }
    std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        return std::tie(a.rank, a.keys->name, a.keys->code) < std::tie(b.rank, b.keys->name, b.keys->code);
    });
    QList<const ClientEntry *> out;
    out.reserve(std::min<qsizetype>(limit, matches.size()));
    for (const Match &match : matches) {
        if (out.size() >= limit)
            break;
        out.append(match.entry);
    }
    return out;
}

QList<const ClientEntry *> ClientIndex::all() const
{
    QList<std::pair<const SearchKeys *, const ClientEntry *>> sorted;
    sorted.reserve(m_byCode.size());
    for (auto it = m_byCode.cbegin(); it != m_byCode.cend(); ++it) {
        const auto keys = m_searchKeys.constFind(it.key());
        if (keys != m_searchKeys.cend())
            sorted.append({&keys.value(), &it.value()});
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first->name, a.first->code) < std::tie(b.first->name, b.first->code);
    });
    QList<const ClientEntry *> out;
    out.reserve(sorted.size());
    for (const auto &pair : sorted)
        out.append(pair.second);
    return out;
}

} // namespace relais

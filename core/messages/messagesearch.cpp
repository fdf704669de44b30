// Message search: one query shape per engine and query kind, all newest first with a limit.
#include "messages/messagesearch.h"

#include "messages/messagecodec.h"
#include "storage/database.h"
#include "storage/sqlerrortext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace relais {

namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under MessageSearchText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct MessageSearchText
{
    Q_DECLARE_TR_FUNCTIONS(MessageSearchText)
};

// Must repeat the expression of the messages_search_words index (migration 0005) exactly, or
// PostgreSQL cannot use the index.
const QString wordsExpression =
    QStringLiteral("to_tsvector('simple'::regconfig, translate(lower(caller_name || ' ' || notes), "
                   "'àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝŸ', "
                   "'aaaaaaceeeeiiiinooooouuuuyyaaaaaaceeeeiiiinooooouuuuyy'))");

// FTS5: each word quoted (a plain string, never an operator) and matched as a prefix.
QString fts5Words(const QStringList &words)
{
    QStringList terms;
    for (const QString &w : words)
        terms << QLatin1Char('"') + w + QStringLiteral("\"*");
    return terms.join(QStringLiteral(" AND "));
}

// tsquery: each word quoted and matched as a prefix. Words hold only letters and digits.
QString tsqueryWords(const QStringList &words)
{
    QStringList terms;
    for (const QString &w : words)
        terms << QLatin1Char('\'') + w + QStringLiteral("':*");
    return terms.join(QStringLiteral(" & "));
}

QString reversed(const QString &text)
{
    QString out = text;
    std::reverse(out.begin(), out.end());
    return out;
}

struct Sql
{
    QString where; // conditions on messages m
    QVariantList values;
    QString from = QStringLiteral("messages m");
};

// SQLite: which FTS5 table, what to MATCH, and the check that keeps a prefix or suffix (trigrams find
// the digits anywhere in the number).
struct FtsMatch
{
    QString table;
    QString match;
    QString check;
    QString checkValue;
    bool byDate = false; // the table's rowid is the date key (words), not the message's rowid
};

// Trigrams of a number's first digits ("+33", "336") are in most numbers: a phrase of them makes FTS5
// read huge lists. The last characters of what was typed are the selective ones, so only they go to
// MATCH (a short prefix keeps its '+': 3+ characters, as trigrams need), and LIKE checks the whole
// prefix or suffix.
constexpr int selectiveTail = 6;
// An end of number: its last 3 digits and the '$' the index puts after every number (migration
// 0010), so only numbers ending so match; LIKE checks the rest of what was typed.
constexpr int suffixTail = 3;

// The words index's rowid (migration 0010): the date first, so rowid order is date order.
constexpr int dateKeyShift = 21;
const QString dateKeyOfRow = QStringLiteral("((m.created_at << 21) | (m.rowid & 2097151))");

FtsMatch sqliteMatch(const SearchQuery &q)
{
    const auto quoted = [](const QString &text) {
        return QString(QLatin1Char('"') + text + QLatin1Char('"'));
    };
    switch (q.kind) {
    case SearchQuery::Kind::Words:
        return {QStringLiteral("fts_message_words"), fts5Words(q.words), {}, {}, true};
    case SearchQuery::Kind::NumberPrefix:
        return {QStringLiteral("fts_message_numbers"), quoted(q.number.right(selectiveTail)),
                QStringLiteral("m.caller_number LIKE ?"), QString(q.number + QLatin1Char('%'))};
    case SearchQuery::Kind::NumberSuffix:
        return {QStringLiteral("fts_message_numbers"), quoted(q.number.right(suffixTail) + QLatin1Char('$')),
                QStringLiteral("m.caller_number LIKE ?"), QString(QLatin1Char('%') + q.number)};
    case SearchQuery::Kind::Nothing:
        break;
    }
    return {};
}

// Up to this many index matches, reading them all and sorting by date is fastest; beyond, walking the
// messages newest first and keeping those in the match set stops as soon as the limit is reached
// (a common word or "+33" matches most of a million messages).
constexpr int fewMatches = 2000;

Sql postgresCondition(const SearchQuery &q)
{
    switch (q.kind) {
    case SearchQuery::Kind::Words:
        return {wordsExpression + QStringLiteral(" @@ to_tsquery('simple'::regconfig, ?)"),
                {tsqueryWords(q.words)}};
    case SearchQuery::Kind::NumberPrefix:
        return {QStringLiteral("m.caller_number LIKE ?"), {QString(q.number + QLatin1Char('%'))}};
    case SearchQuery::Kind::NumberSuffix:
        return {QStringLiteral("reverse(m.caller_number) LIKE ?"),
                {QString(reversed(q.number) + QLatin1Char('%'))}};
    case SearchQuery::Kind::Nothing:
        break;
    }
    return {};
}

// SQLite: how to read the matches. Few: from the index, then sort. Words with no client filter: the
// index streams them newest first, so the first `limit` keys are the answer. Many otherwise: walk the
// messages newest first (all, or the client's) and keep those in the match set, stopping at the limit.
Result<Sql> sqlitePlan(Database &db, const SearchQuery &query, const QString &clientCode, bool narrowed,
                       int limit)
{
    const FtsMatch fts = sqliteMatch(query);
    const QString matches = QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?").arg(fts.table);
    // The matches are read once: when they are few, their keys (integers this code formats) go
    // straight into the query, so FTS5 does not evaluate the MATCH a second time.
    QSqlQuery first(db.connection());
    first.setForwardOnly(true);
    first.prepare(matches + (fts.byDate ? QStringLiteral(" ORDER BY rowid DESC") : QString()) +
                  // Words over all clients: the newest `limit` keys are the answer, few matches or many.
                  QStringLiteral(" LIMIT %1").arg(fts.byDate && !narrowed ? limit : fewMatches + 1));
    first.addBindValue(fts.match);
    if (!first.exec())
        return Error{
            MessageSearchText::tr("cannot search the messages: %1").arg(sqlErrorText(first.lastError())),
            db.url().redacted()};
    QList<qint64> keys;
    while (first.next())
        keys << first.value(0).toLongLong();

    Sql plan;
    const bool many = keys.size() > fewMatches;
    if (!many || (fts.byDate && !narrowed)) {
        QStringList list;
        for (const qint64 key : keys)
            list << QString::number(key);
        if (list.isEmpty())
            list << QStringLiteral("NULL"); // IN () is not SQL; IN (NULL) matches nothing
        if (fts.byDate) {
            // The date part finds the rows through messages_created; the whole key picks the row.
            QStringList dates;
            for (const qint64 key : keys)
                dates << QString::number(key >> dateKeyShift);
            if (dates.isEmpty())
                dates << QStringLiteral("NULL");
            plan.where = QStringLiteral("m.created_at IN (") + dates.join(QLatin1Char(',')) +
                         QStringLiteral(") AND ") + dateKeyOfRow + QStringLiteral(" IN (") +
                         list.join(QLatin1Char(',')) + QLatin1Char(')');
        } else {
            plan.where = QStringLiteral("m.rowid IN (") + list.join(QLatin1Char(',')) + QLatin1Char(')');
        }
    } else {
        // The unary + keeps SQLite from driving the query by rowid; INDEXED BY makes it walk the date
        // order (all clients) or the client's own rows.
        plan.from = clientCode.isEmpty()
                        ? QStringLiteral("messages m INDEXED BY messages_created")
                        : QStringLiteral("messages m INDEXED BY messages_client_caller_created");
        plan.where = (fts.byDate ? QStringLiteral("+") + dateKeyOfRow : QStringLiteral("+m.rowid")) +
                     QStringLiteral(" IN (") + matches + QLatin1Char(')');
        plan.values << fts.match;
    }
    if (!fts.check.isEmpty()) {
        plan.where += QStringLiteral(" AND ") + fts.check;
        plan.values << fts.checkValue;
    }
    return plan;
}

// The client and author filters, the same on both engines.
void narrow(Sql &sql, const QString &clientCode, const QString &operatorLogin)
{
    if (!clientCode.isEmpty()) {
        sql.where += QStringLiteral(" AND m.client_code = ?");
        sql.values << clientCode;
    }
    if (!operatorLogin.isEmpty()) {
        sql.where += QStringLiteral(" AND lower(m.operator_login) = lower(?)");
        sql.values << operatorLogin;
    }
}

} // namespace

MessageSearch::MessageSearch(Database &db)
    : m_db(db)
{}

Result<QList<Message>> MessageSearch::search(const MessageSearchRequest &request) const
{
    return search(SearchQuery::parse(request.text), request.clientCode, request.limit, request.operatorLogin);
}

Result<QList<Message>> MessageSearch::search(const SearchQuery &query, const QString &clientCode, int limit,
                                             const QString &operatorLogin) const
{
    if (query.kind == SearchQuery::Kind::Nothing || limit <= 0)
        return QList<Message>();
    const bool postgres = m_db.engine() == DatabaseUrl::Engine::Postgres;
    Sql condition;
    if (postgres) {
        condition = postgresCondition(query);
    } else {
        // Narrowed by client or author, the newest index keys are no longer the answer.
        const bool narrowed = !clientCode.isEmpty() || !operatorLogin.isEmpty();
        const Result<Sql> planned =
            sqlitePlan(m_db, query, clientCode, narrowed, std::min(limit, MessageSearchRequest::maxLimit));
        if (!planned)
            return planned.error();
        condition = *planned;
    }
    narrow(condition, clientCode, operatorLogin);
    QSqlQuery sql(m_db.connection());
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT ") + messagecodec::columns(QStringLiteral("m")) +
                QStringLiteral(" FROM ") + condition.from + QStringLiteral(" WHERE ") + condition.where +
                QStringLiteral(" ORDER BY m.created_at DESC, m.id DESC LIMIT ?"));
    for (const QVariant &value : condition.values)
        sql.addBindValue(value);
    sql.addBindValue(std::min(limit, MessageSearchRequest::maxLimit));
    if (!sql.exec())
        return Error{
            MessageSearchText::tr("cannot search the messages: %1").arg(sqlErrorText(sql.lastError())),
            m_db.url().redacted()};
    QList<Message> messages;
    while (sql.next())
        messages.append(messagecodec::read(sql));
    return messages;
}

} // namespace relais

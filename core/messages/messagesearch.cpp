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

QString tr(const char *text)
{
    return QCoreApplication::translate("MessageSearch", text);
}

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
};

Sql sqliteCondition(const SearchQuery &q)
{
    const QString in = QStringLiteral("m.rowid IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)");
    switch (q.kind) {
    case SearchQuery::Kind::Words:
        return {in.arg(QStringLiteral("fts_message_words")), {fts5Words(q.words)}};
    case SearchQuery::Kind::NumberPrefix: // with its '+' (3+ characters, as trigrams need); LIKE checks
        return {
            in.arg(QStringLiteral("fts_message_numbers")) + QStringLiteral(" AND m.caller_number LIKE ?"),
            {QString(QLatin1Char('"') + q.number + QLatin1Char('"')), QString(q.number + QLatin1Char('%'))}};
    case SearchQuery::Kind::NumberSuffix:
        return {
            in.arg(QStringLiteral("fts_message_numbers")) + QStringLiteral(" AND m.caller_number LIKE ?"),
            {QString(QLatin1Char('"') + q.number + QLatin1Char('"')), QString(QLatin1Char('%') + q.number)}};
    case SearchQuery::Kind::Nothing:
        break;
    }
    return {};
}

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

} // namespace

MessageSearch::MessageSearch(Database &db)
    : m_db(db)
{}

Result<QList<Message>> MessageSearch::search(const MessageSearchRequest &request) const
{
    return search(SearchQuery::parse(request.text), request.clientCode, request.limit);
}

Result<QList<Message>> MessageSearch::search(const SearchQuery &query, const QString &clientCode,
                                             int limit) const
{
    if (query.kind == SearchQuery::Kind::Nothing || limit <= 0)
        return QList<Message>();
    const bool postgres = m_db.engine() == DatabaseUrl::Engine::Postgres;
    Sql condition = postgres ? postgresCondition(query) : sqliteCondition(query);
    if (!clientCode.isEmpty()) {
        condition.where += QStringLiteral(" AND m.client_code = ?");
        condition.values << clientCode;
    }
    QSqlQuery sql(m_db.connection());
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT ") + messagecodec::columns(QStringLiteral("m")) +
                QStringLiteral(" FROM messages m WHERE ") + condition.where +
                QStringLiteral(" ORDER BY m.created_at DESC, m.id DESC LIMIT ?"));
    for (const QVariant &value : condition.values)
        sql.addBindValue(value);
    sql.addBindValue(std::min(limit, MessageSearchRequest::maxLimit));
    if (!sql.exec())
        return Error{tr("cannot search the messages: %1").arg(sqlErrorText(sql.lastError())),
                     m_db.url().redacted()};
    QList<Message> messages;
    while (sql.next())
        messages.append(messagecodec::read(sql));
    return messages;
}

} // namespace relais

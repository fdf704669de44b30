// Search over the stored messages by caller number or by words of the caller's name and notes.
#pragma once

#include "common/result.h"
#include "messages/message.h"
#include "messages/searchquery.h"

#include <QList>
#include <QString>

namespace relais {

class Database;

struct MessageSearchRequest
{
    QString text;          // what the operator typed (see SearchQuery::parse)
    QString clientCode;    // empty: every client
    int limit = 50;        // at most this many, newest first (clamped to 1..maxLimit)
    QString operatorLogin; // empty: every operator's messages; else only those this login took

    static constexpr int maxLimit = 10000;
};

// Uses the indexes of migrations 0005 and 0010: SQLite FTS5 (words keyed by date, trigram numbers
// ending in a marker), PostgreSQL GIN tsvector
// and number prefix/suffix indexes. Input never reaches SQL or a query language except as bound plain
// words or digits, so hostile text gives results or none, never an SQL error.
class MessageSearch final
{
public:
    explicit MessageSearch(Database &db);

    Result<QList<Message>> search(const MessageSearchRequest &request) const;
    Result<QList<Message>> search(const SearchQuery &query, const QString &clientCode, int limit,
                                  const QString &operatorLogin = {}) const;

private:
    Database &m_db;
};

} // namespace relais

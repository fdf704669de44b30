// Open callbacks from the messages table (see callbackqueue.h).
#include "followup/callbackqueue.h"

#include "messages/messagecodec.h"
#include "storage/database.h"
#include "storage/sqlerrortext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace relais {
namespace {

struct CallbackQueueText
{
    Q_DECLARE_TR_FUNCTIONS(CallbackQueueText)
};

constexpr int kMaxItems = 500;

// "Callback Jean Dupont — leak under the sink (attempted)" in the operator's words.
QString summaryOf(const Message &m)
{
    const QString who = m.callerName.isEmpty() ? CallbackQueueText::tr("the caller") : m.callerName;
    QString line = CallbackQueueText::tr("Call back %1").arg(who);
    const QString notes = m.notes.simplified();
    if (!notes.isEmpty())
        line += QStringLiteral(" — ") + (notes.size() > 60 ? notes.left(60) + QStringLiteral("…") : notes);
    if (m.callback.state == CallbackState::Attempted)
        line += CallbackQueueText::tr(" (tried, not reached)");
    return line;
}

} // namespace

CallbackQueue::CallbackQueue(Database &db, int lookAheadMinutes)
    : m_db(db)
    , m_lookAheadMinutes(std::max(0, lookAheadMinutes))
{}

Result<QList<FollowUpItem>> CallbackQueue::followUps(const QDateTime &now) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + messagecodec::columns() +
                  QStringLiteral(" FROM messages WHERE callback_state IN ('pending', 'attempted') AND "
                                 "callback_at > 0 AND callback_at <= ? ORDER BY callback_at, id LIMIT ?"));
    query.addBindValue(now.addSecs(m_lookAheadMinutes * 60LL).toMSecsSinceEpoch());
    query.addBindValue(kMaxItems);
    if (!query.exec())
        return Error{CallbackQueueText::tr("cannot read the callbacks to make: %1")
                         .arg(sqlErrorText(query.lastError())),
                     m_db.url().redacted()};
    QList<FollowUpItem> items;
    while (query.next()) {
        const Message m = messagecodec::read(query);
        items.append(FollowUpItem{
            FollowUpKind::Callback, m.id, m.clientCode, m.callback.at, m.callback.number, summaryOf(m), {}});
    }
    return items;
}

} // namespace relais

// The recent messages table model (see recentmessagesmodel.h).
#include "recentmessagesmodel.h"

#include "displaytext.h"
#include "phone/phonenumbers.h"
#include "routing/clientindex.h"

namespace relais {
namespace {
constexpr int kExcerptLength = 80;
}

RecentMessagesModel::RecentMessagesModel(const ClientIndex &index, const PhoneNumbers &phones,
                                         std::function<QDateTime()> now, QObject *parent)
    : QAbstractTableModel(parent)
    , m_index(index)
    , m_phones(phones)
    , m_now(std::move(now))
{}

void RecentMessagesModel::setMessages(QList<Message> messages)
{
    beginResetModel();
    m_messages = std::move(messages);
    endResetModel();
}

int RecentMessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_messages.size());
}

int RecentMessagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentMessagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &message = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(message, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Excerpt)
            return message.notes;
        if (index.column() == Time)
            return message.createdAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
        return {};
    case Qt::UserRole:
        return message.id;
    default:
        return {};
    }
}

QString RecentMessagesModel::displayText(const Message &message, int column) const
{
    switch (column) {
    case Time:
        return shortDateTime(message.createdAt, m_now());
    case Client: {
        const ClientEntry *entry = m_index.findByCode(message.clientCode);
        return entry ? entry->consignes->name : message.clientCode;
    }
    case Caller: {
        const QString number = m_phones.display(message.callerNumber);
        return message.callerName.isEmpty() ? number
                                            : QStringLiteral("%1 (%2)").arg(message.callerName, number);
    }
    case Urgency: {
        const ClientEntry *entry = m_index.findByCode(message.clientCode);
        const UrgencyLevel *level = entry ? entry->consignes->urgencyLevel(message.urgency) : nullptr;
        return level ? level->label : message.urgency;
    }
    case Status:
        return message.incomplete ? tr("%1 (incomplete)").arg(messageStatusText(message.status))
                                  : messageStatusText(message.status);
    case Excerpt: {
        const QString notes = message.notes.simplified();
        return notes.size() > kExcerptLength ? notes.left(kExcerptLength) + QStringLiteral("…") : notes;
    }
    default:
        return {};
    }
}

QVariant RecentMessagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Client:
        return tr("Client");
    case Caller:
        return tr("Caller");
    case Urgency:
        return tr("Urgency");
    case Status:
        return tr("Status");
    case Excerpt:
        return tr("Excerpt");
    default:
        return {};
    }
}

} // namespace relais

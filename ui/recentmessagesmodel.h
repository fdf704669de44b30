// The latest messages as a table: time, client, caller, urgency, status, excerpt. Client names and
// urgency labels come from the routing index, so the model does no database access.
#pragma once

#include "messages/message.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <functional>

namespace relais {

class ClientIndex;
class PhoneNumbers;

class RecentMessagesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Client,
        Caller,
        Urgency,
        Status,
        Excerpt,
        ColumnCount
    };

    // `now` gives the current time (UTC) so today's messages show only their hour.
    RecentMessagesModel(const ClientIndex &index, const PhoneNumbers &phones, std::function<QDateTime()> now,
                        QObject *parent = nullptr);

    void setMessages(QList<Message> messages);
    const QList<Message> &messages() const { return m_messages; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const Message &message, int column) const;

    const ClientIndex &m_index;
    const PhoneNumbers &m_phones;
    std::function<QDateTime()> m_now;
    QList<Message> m_messages;
};

} // namespace relais

// The recent messages dock's table: a read-only view over RecentMessagesModel; Enter or a double
// click on a row asks to open that message.
#pragma once

#include "messages/message.h"

#include <QTableView>

namespace relais {

class RecentMessagesModel;

class RecentMessagesView final : public QTableView
{
    Q_OBJECT
public:
    explicit RecentMessagesView(RecentMessagesModel *model, QWidget *parent = nullptr);

Q_SIGNALS:
    void openRequested(const relais::Message &message);

private:
    RecentMessagesModel *m_model;
};

} // namespace relais

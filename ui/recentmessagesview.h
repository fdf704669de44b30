// The recent messages dock's table: a read-only view over RecentMessagesModel.
#pragma once

#include <QTableView>

namespace relais {

class RecentMessagesModel;

class RecentMessagesView final : public QTableView
{
    Q_OBJECT
public:
    explicit RecentMessagesView(RecentMessagesModel *model, QWidget *parent = nullptr);
};

} // namespace relais

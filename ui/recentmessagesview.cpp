// The recent messages table (see recentmessagesview.h).
#include "recentmessagesview.h"

#include "recentmessagesmodel.h"

#include <QHeaderView>

namespace relais {

RecentMessagesView::RecentMessagesView(RecentMessagesModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("recentMessages"));
    setAccessibleName(tr("Recent messages"));
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(RecentMessagesModel::Excerpt, QHeaderView::Stretch);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.row() < m_model->messages().size())
            Q_EMIT openRequested(m_model->messages().at(index.row()));
    });
}

} // namespace relais

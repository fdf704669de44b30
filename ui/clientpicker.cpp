// The client picker (see clientpicker.h).
#include "clientpicker.h"

#include "routing/clientindex.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais {
namespace {
constexpr int kMaxResults = 20;
}

ClientPicker::ClientPicker(const ClientIndex &index, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_choose(new QPushButton(tr("Take the call for this client"), this))
{
    setObjectName(QStringLiteral("clientPicker"));
    m_search->setObjectName(QStringLiteral("clientPickerSearch"));
    m_search->setPlaceholderText(tr("Search a client by name, code or sector…"));
    m_search->setAccessibleName(tr("Search a client"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("clientPickerResults"));
    m_results->setAccessibleName(tr("Matching clients"));
    m_results->setMaximumHeight(140);
    m_choose->setObjectName(QStringLiteral("clientPickerChoose"));
    m_choose->setEnabled(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_search, 1);
    row->addWidget(m_choose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_results);

    connect(m_search, &QLineEdit::textChanged, this, &ClientPicker::search);
    connect(m_search, &QLineEdit::returnPressed, this, &ClientPicker::pickCurrent);
    connect(m_results, &QListWidget::itemActivated, this, &ClientPicker::pickCurrent);
    connect(m_choose, &QPushButton::clicked, this, &ClientPicker::pickCurrent);
    connect(m_results, &QListWidget::currentRowChanged, this,
            [this](int current) { m_choose->setEnabled(current >= 0); });
    search(QString());
}

void ClientPicker::search(const QString &text)
{
    // Nothing is listed before the operator types: an unknown call shows no client name it could be
    // mistaken for.
    const QList<const ClientEntry *> matches =
        text.trimmed().isEmpty() ? QList<const ClientEntry *>() : m_index.search(text, kMaxResults);
    m_results->clear();
    for (const ClientEntry *entry : matches) {
        const Consignes &client = *entry->consignes;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2 (%3)").arg(client.name, client.sector, client.code), m_results);
        item->setData(Qt::UserRole, client.code);
    }
    m_results->setVisible(m_results->count() > 0);
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    m_choose->setEnabled(m_results->currentRow() >= 0);
}

void ClientPicker::pickCurrent()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (item)
        Q_EMIT picked(item->data(Qt::UserRole).toString());
}

} // namespace relais

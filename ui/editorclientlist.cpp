// The consignes editor's client list (see editorclientlist.h).
#include "editorclientlist.h"

#include "routing/clientindex.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais {

namespace {
constexpr int kMaxSearchResults = 200;
}

EditorClientList::EditorClientList(const ClientIndex &index, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("editorSearch"));
    m_search->setPlaceholderText(tr("Search clients…"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("editorClientList"));
    auto *newButton = new QPushButton(tr("New client"), this);
    newButton->setObjectName(QStringLiteral("editorNewClient"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(newButton);
    connect(m_search, &QLineEdit::textChanged, this, &EditorClientList::refresh);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT openRequested(item->data(Qt::UserRole).toString()); });
    connect(newButton, &QPushButton::clicked, this, &EditorClientList::newRequested);
    refresh();
}

void EditorClientList::refresh()
{
    m_list->clear();
    const QString text = m_search->text().trimmed();
    const QList<const ClientEntry *> entries =
        text.isEmpty() ? m_index.all() : m_index.search(text, kMaxSearchResults);
    for (const ClientEntry *entry : entries) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(entry->consignes->code, entry->consignes->name), m_list);
        item->setData(Qt::UserRole, entry->consignes->code);
    }
}

void EditorClientList::select(const QString &code)
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(-1);
    for (int row = 0; row < m_list->count(); ++row)
        if (!code.isEmpty() && m_list->item(row)->data(Qt::UserRole).toString() == code)
            m_list->setCurrentRow(row);
}

Consignes EditorClientList::newClientDefaults()
{
    Consignes c;
    for (size_t day = 0; day < 5; ++day)
        c.hours.weekly.days[day] = {TimeSpan{QTime(9, 0), QTime(12, 0)},
                                    TimeSpan{QTime(14, 0), QTime(18, 0)}};
    c.greetings.open = QStringLiteral("{salutation}, {client}, {operator} à votre écoute.");
    c.urgencyLevels = {UrgencyLevel{QStringLiteral("normal"), QStringLiteral("Normal"), 0},
                       UrgencyLevel{QStringLiteral("urgent"), QStringLiteral("Urgent"), 10}};
    c.defaultUrgency = QStringLiteral("normal");
    return c;
}

} // namespace relais

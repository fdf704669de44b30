// The directory quick list (see directorypicker.h).
#include "directorypicker.h"

#include "phone/phonenumbers.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace relais {

DirectoryPicker::DirectoryPicker(const QString &clientName, const QList<Person> &directory,
                                 const PhoneNumbers &phones, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("directoryPicker"));
    setWindowTitle(tr("Directory — %1").arg(clientName));
    m_filter->setObjectName(QStringLiteral("directoryFilter"));
    m_filter->setPlaceholderText(tr("Name, role or number; Enter puts the call through"));
    m_filter->setAccessibleName(tr("Filter the directory"));
    m_list->setObjectName(QStringLiteral("directoryList"));
    for (const Person &person : directory) {
        for (const ContactNumber &number : person.numbers) {
            if (number.number.isEmpty())
                continue;
            m_choices.append({person.id, person.name, number.number});
            QStringList parts{person.name};
            if (!person.role.isEmpty())
                parts << person.role;
            parts << QStringLiteral("%1 %2").arg(number.label, phones.display(number.number)).trimmed();
            if (!person.availability.isEmpty())
                parts << person.availability;
            auto *item = new QListWidgetItem(parts.join(QStringLiteral(" — ")), m_list);
            // Matched as typed: the number in both its forms, so "0612" and "+33612" find it.
            item->setData(Qt::UserRole, static_cast<int>(m_choices.size() - 1));
            item->setData(Qt::UserRole + 1, QString(item->text() + QLatin1Char(' ') + number.number));
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    if (m_choices.isEmpty())
        layout->addWidget(new QLabel(tr("No number in this client's directory."), this));
    connect(m_filter, &QLineEdit::textChanged, this, &DirectoryPicker::filter);
    connect(m_list, &QListWidget::itemActivated, this, [this] { choose(); });
    m_filter->installEventFilter(this);
    resize(520, 320);
}

int DirectoryPicker::entryCount() const
{
    return static_cast<int>(m_choices.size());
}

void DirectoryPicker::filter(const QString &text)
{
    const QString needle = text.simplified();
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = needle.isEmpty() ||
                           item->data(Qt::UserRole + 1).toString().contains(needle, Qt::CaseInsensitive) ||
                           item->data(Qt::UserRole + 1).toString().remove(QLatin1Char(' ')).contains(needle);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    m_list->setCurrentItem(first);
}

void DirectoryPicker::choose()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return;
    const DirectoryChoice choice = m_choices.value(item->data(Qt::UserRole).toInt());
    accept();
    Q_EMIT chosen(choice);
}

bool DirectoryPicker::eventFilter(QObject *watched, QEvent *event)
{
    // The cursor stays in the filter: arrows move in the list, Enter chooses.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            choose();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            int row = m_list->currentRow();
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            for (int r = row + step; r >= 0 && r < m_list->count(); r += step) {
                if (!m_list->item(r)->isHidden()) {
                    m_list->setCurrentRow(r);
                    break;
                }
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace relais

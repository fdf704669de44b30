// Picking a client by hand when the dialed number is unknown: a search field over the routing
// index and the best matches; the choice is reported, never guessed.
#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace relais {

class ClientIndex;

class ClientPicker final : public QWidget
{
    Q_OBJECT
public:
    explicit ClientPicker(const ClientIndex &index, QWidget *parent = nullptr);

    // Shows the best matches for `text`, the first one selected; none when it is empty.
    void search(const QString &text);

Q_SIGNALS:
    void picked(const QString &clientCode);

private:
    void pickCurrent();

    const ClientIndex &m_index;
    QLineEdit *m_search;
    QListWidget *m_results;
    QPushButton *m_choose;
};

} // namespace relais

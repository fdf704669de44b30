// The consignes editor's left column: the clients of the routing index, searchable by code, name or
// number, and a New client button. It only asks; the window decides (unsaved edits come first).
#pragma once

#include "consignes/consignes.h"

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace relais {

class ClientIndex;

class EditorClientList final : public QWidget
{
    Q_OBJECT
public:
    // `index` must outlive the list.
    explicit EditorClientList(const ClientIndex &index, QWidget *parent = nullptr);

    // Lists the clients matching the search text again (after a save or an import).
    void refresh();
    // Highlights `code` (none when empty or not listed), without asking to open it.
    void select(const QString &code);
    // What New client starts from: office hours 9–12 and 14–18 on weekdays, a greeting, two levels.
    static Consignes newClientDefaults();

Q_SIGNALS:
    void openRequested(const QString &code);
    void newRequested();

private:
    const ClientIndex &m_index;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace relais

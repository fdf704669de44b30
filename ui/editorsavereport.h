// Under the consignes editor's form: what the last save changed, in words, or — when a save was
// refused because someone saved meanwhile — who did, the differences, and the two ways out.
#pragma once

#include "consignes/consignes.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace relais {

class EditorSaveReport final : public QWidget
{
    Q_OBJECT
public:
    explicit EditorSaveReport(QWidget *parent = nullptr);

    // Lists the changes from `before` to `after` under `caption`.
    void showChanges(const QString &caption, const Consignes &before, const Consignes &after);
    // Shows the refused save's `message` with Reload theirs / Overwrite with mine.
    void showConflict(const QString &message);
    void hideConflict();
    // Hides everything (a client was just loaded).
    void clear();

Q_SIGNALS:
    void reloadTheirsRequested();
    void overwriteMineRequested();

private:
    QWidget *m_conflictBox = nullptr;
    QLabel *m_conflictMessage = nullptr;
    QLabel *m_changesCaption = nullptr;
    QListWidget *m_changes = nullptr;
};

} // namespace relais

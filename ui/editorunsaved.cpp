// The Save / Discard / Cancel question before unsaved edits are lost (see editorunsaved.h).
#include "editorunsaved.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace relais {

UnsavedEditsQuestion askUnsavedEditsWithMessageBox()
{
    return [](QWidget *parent, const QString &client) {
        QMessageBox box(
            QMessageBox::Warning, QCoreApplication::translate("EditorUnsaved", "Unsaved consignes"),
            QCoreApplication::translate("EditorUnsaved", "The consignes of %1 have unsaved changes.")
                .arg(client),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
        box.setObjectName(QStringLiteral("editorUnsavedQuestion"));
        box.setInformativeText(QCoreApplication::translate(
            "EditorUnsaved", "Save them as a new version, discard them, or cancel and keep editing?"));
        box.setDefaultButton(QMessageBox::Save);
        box.setEscapeButton(QMessageBox::Cancel);
        switch (box.exec()) {
        case QMessageBox::Save:
            return UnsavedEditsChoice::Save;
        case QMessageBox::Discard:
            return UnsavedEditsChoice::Discard;
        default:
            return UnsavedEditsChoice::Cancel; // Escape or the window's close button keep everything
        }
    };
}

} // namespace relais

// The real file dialogs of the consignes editor (see editorfiledialogs.h).
#include "editorfiledialogs.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace relais {

EditorFileDialogs EditorFileDialogs::system()
{
    const QString filter = QCoreApplication::translate("EditorFileDialogs", "Consignes (*.json)");
    EditorFileDialogs dialogs;
    dialogs.openFile = [filter](QWidget *parent) {
        return QFileDialog::getOpenFileName(
            parent, QCoreApplication::translate("EditorFileDialogs", "Import consignes"), QString(), filter);
    };
    dialogs.openFiles = [filter](QWidget *parent) {
        return QFileDialog::getOpenFileNames(
            parent, QCoreApplication::translate("EditorFileDialogs", "Import consignes"), QString(), filter);
    };
    dialogs.saveFile = [filter](QWidget *parent) {
        return QFileDialog::getSaveFileName(
            parent, QCoreApplication::translate("EditorFileDialogs", "Export consignes"), QString(), filter);
    };
    return dialogs;
}

} // namespace relais

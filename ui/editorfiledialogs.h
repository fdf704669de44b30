// The file dialogs the consignes editor asks for import and export, as a seam tests answer.
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace relais {

struct EditorFileDialogs
{
    // A file to read; empty when the user cancelled.
    std::function<QString(QWidget *parent)> openFile;
    // A file to write; empty when the user cancelled.
    std::function<QString(QWidget *parent)> saveFile;

    // QFileDialog asking for *.json files.
    static EditorFileDialogs system();
};

} // namespace relais

// The file dialogs the consignes editor asks for import and export, as a seam tests answer.
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace relais {

struct EditorFileDialogs
{
    // A file to read; empty when the user cancelled.
    std::function<QString(QWidget *parent)> openFile;
    // Several files to read (used instead of openFile when set); empty when the user cancelled.
    std::function<QStringList(QWidget *parent)> openFiles;
    // A file to write; empty when the user cancelled.
    std::function<QString(QWidget *parent)> saveFile;

    // QFileDialog asking for *.json files.
    static EditorFileDialogs system();
};

} // namespace relais

// Importing many consignes files from the editor: one file after another, each all or nothing, with a
// progress dialog (and a Stop button) when there are several, and one summary for the status line.
#pragma once

#include "editorimportexport.h"

#include <QStringList>

#include <functional>

class QWidget;

namespace relais {

// Called before each file with its index (0-based) and the count; returns false to stop there.
using ImportProgress = std::function<bool(int done, int total, const QString &path)>;

EditorImportOutcome importConsignesFiles(Database &db, const PhoneNumbers &phones, const QStringList &paths,
                                         const ImportAuthor &who, const ImportProgress &progress);

// The same, showing a QProgressDialog over `parent` when there is more than one file.
EditorImportOutcome importConsignesFilesWithProgress(Database &db, const PhoneNumbers &phones,
                                                     const QStringList &paths, const ImportAuthor &who,
                                                     QWidget *parent);

} // namespace relais

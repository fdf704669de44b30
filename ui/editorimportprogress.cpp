// Many consignes files into the store, with progress (see editorimportprogress.h).
#include "editorimportprogress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProgressDialog>

namespace relais {
namespace {

struct ImportProgressText
{
    Q_DECLARE_TR_FUNCTIONS(ImportProgressText)
};

} // namespace

EditorImportOutcome importConsignesFiles(Database &db, const PhoneNumbers &phones, const QStringList &paths,
                                         const ImportAuthor &who, const ImportProgress &progress)
{
    if (paths.size() == 1)
        return importConsignesFile(db, phones, paths.first(), who);
    EditorImportOutcome total;
    QStringList problems;
    int imported = 0;
    int done = 0;
    for (const QString &path : paths) {
        if (progress && !progress(done, static_cast<int>(paths.size()), path))
            break;
        const EditorImportOutcome one = importConsignesFile(db, phones, path, who);
        ++done;
        total.saved += one.saved;
        if (one.failed)
            problems << QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), one.status);
        else
            ++imported;
    }
    if (progress)
        progress(done, static_cast<int>(paths.size()), QString());
    total.failed = !problems.isEmpty();
    QString status =
        done < paths.size()
            ? ImportProgressText::tr("Import stopped: %1 of %2 files imported, %3 clients with a new version")
                  .arg(imported)
                  .arg(paths.size())
                  .arg(total.saved.size())
            : ImportProgressText::tr("%1 of %2 files imported, %3 clients with a new version")
                  .arg(imported)
                  .arg(paths.size())
                  .arg(total.saved.size());
    if (!problems.isEmpty())
        status += QStringLiteral(". ") + problems.join(QStringLiteral("; "));
    total.status = status;
    return total;
}

EditorImportOutcome importConsignesFilesWithProgress(Database &db, const PhoneNumbers &phones,
                                                     const QStringList &paths, const ImportAuthor &who,
                                                     QWidget *parent)
{
    if (paths.size() <= 1)
        return importConsignesFiles(db, phones, paths, who, nullptr);
    QProgressDialog dialog(ImportProgressText::tr("Importing consignes…"), ImportProgressText::tr("Stop"), 0,
                           static_cast<int>(paths.size()), parent);
    dialog.setObjectName(QStringLiteral("editorImportProgress"));
    dialog.setWindowTitle(ImportProgressText::tr("Import consignes"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400); // a quick import shows no dialog at all
    return importConsignesFiles(db, phones, paths, who, [&dialog](int done, int total, const QString &path) {
        dialog.setValue(done); // a modal dialog handles its events (Stop) here
        if (!path.isEmpty())
            dialog.setLabelText(ImportProgressText::tr("Importing %1 (%2 of %3)…")
                                    .arg(QFileInfo(path).fileName())
                                    .arg(done + 1)
                                    .arg(total));
        return !dialog.wasCanceled();
    });
}

} // namespace relais

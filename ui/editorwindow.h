// The consignes editor for supervisors: a searchable list of clients, one client edited section by
// section in forms, its issues listed live under the form, its pop previewed beside it, and saves
// that never lose anybody's work when two people edit the same client.
#pragma once

#include "consignes/consignes.h"
#include "consignes/consignesvalidator.h"
#include "editorfiledialogs.h"
#include "editorimportexport.h"
#include "editorunsaved.h"
#include "security/role.h"

#include <QWidget>

#include <optional>

class QCloseEvent;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace relais {

class ClientIndex;
class ClientRepository;
class Clock;
class Database;
class EditorClientList;
class EditorPage;
class EditorPreview;
class EditorSaveReport;
class PhoneNumbers;

// What the editor works with; every reference must outlive the window.
class GuardedConsignes;

struct EditorContext
{
    Database &database;
    ClientRepository &clients;
    ClientIndex &index; // the console's routing index: updated on save so the next pop is current
    const PhoneNumbers &phones;
    const Clock &clock;
    QString author;            // who saves (the operator login)
    QString operatorFirstName; // for the preview's greeting
    EditorFileDialogs dialogs = EditorFileDialogs::system();
    // Asked before unsaved edits would be lost (switching client, new client, import, close).
    UnsavedEditsQuestion askUnsaved = askUnsavedEditsWithMessageBox();
    // Set by the console: saves and imports go through it as `actor` (EditConsignes checked in
    // core, consignes.change audited). Unset: straight to the repository as `author`.
    GuardedConsignes *guarded = nullptr;
    Actor actor = {};
};

class EditorWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit EditorWindow(EditorContext context, QWidget *parent = nullptr);
    ~EditorWindow() override;

    // Loads the latest stored version of `code` into the forms; false (and a message) when it fails.
    bool openClient(const QString &code);
    // Starts a client from empty consignes with sensible defaults.
    void newClient();
    // Saves the edited value as a new version on top of the version loaded. False when refused.
    bool save();
    // After a refused save: forgets the edits and loads the version saved meanwhile.
    void reloadTheirs();
    // After a refused save: saves the edits as the next version on top of the one saved meanwhile.
    bool overwriteWithMine();

    Consignes editedValue() const;
    // True when the forms hold something the store does not: a changed value, or text that could
    // not become one (a number that does not parse is an edit too).
    bool hasUnsavedEdits() const;
    // Before an action that replaces the forms: true when it may go on (nothing unsaved, or the user
    // chose Save and it saved, or Discard and the forms went back to the loaded version); false on
    // Cancel or a refused save, with every edit kept.
    bool confirmLeavingEdits();
    const QList<ConsignesIssue> &issues() const { return m_issues; }
    int loadedVersion() const { return m_loadedVersion; }

Q_SIGNALS:
    void saved(const QString &code, int version);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    ImportAuthor importAuthor() const;
    void buildPages();
    void buildFooter();
    void loadIntoForms(const Consignes &consignes);
    void refresh();
    // The forms' value on top of the loaded one; text no value can hold goes to `formIssues`.
    Consignes formValue(QList<ConsignesIssue> &formIssues) const;
    void focusIssue(const QString &path);
    void showConflict();
    void updateIndex(const Consignes &consignes, int version);
    void importFile();
    void exportFile();
    void setStatus(const QString &text, bool error = false);

    EditorContext m_context;
    Consignes m_base;                  // the version loaded (or the new client's defaults)
    int m_loadedVersion = 0;           // 0: a client not saved yet
    bool m_open = false;               // a client is in the forms
    bool m_loading = false;            // fields are being filled: their signals are not edits
    bool m_touched = false;            // a field was edited since the last load or save
    std::optional<Consignes> m_theirs; // after a refused save: the version saved meanwhile
    int m_theirsVersion = 0;
    QList<ConsignesIssue> m_issues;

    EditorClientList *m_clientList = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<EditorPage *> m_pages;
    QListWidget *m_issueList = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    EditorSaveReport *m_report = nullptr;
    EditorPreview *m_preview = nullptr;
};

} // namespace relais

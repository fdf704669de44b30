// The consignes editor window (see editorwindow.h).
#include "editorwindow.h"
#include "themecolors.h"

#include "security/guardedconsignes.h"

#include "common/clock.h"
#include "editorchecklistpage.h"
#include "editorclientlist.h"
#include "editordirectorypage.h"
#include "editorfaqpage.h"
#include "editorfilteringpage.h"
#include "editorgreetingspage.h"
#include "editorhourspage.h"
#include "editoridentitypage.h"
#include "editorimportexport.h"
#include "editorimportprogress.h"
#include "editorissuemarks.h"
#include "editorpreview.h"
#include "editorsavereport.h"
#include "editortransmissionpage.h"
#include "editorurgencypage.h"
#include "logging/logging.h"
#include "routing/clientindex.h"
#include "storage/clientrepository.h"
#include "storage/consigneshistory.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace relais {

namespace {

QPushButton *makeButton(const char *objectName, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(objectName));
    return button;
}

} // namespace

EditorWindow::EditorWindow(EditorContext context, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("editorWindow"));
    setWindowTitle(tr("Relais — consignes editor"));
    auto *splitter = new QSplitter(this);
    m_clientList = new EditorClientList(m_context.index, splitter);
    auto *centre = new QWidget(splitter);
    m_preview = new EditorPreview(m_context.phones, m_context.clock, m_context.operatorFirstName, splitter);
    connect(m_clientList, &EditorClientList::openRequested, this, [this](const QString &code) {
        if (m_open && code == m_base.code && m_loadedVersion > 0)
            return;
        if (confirmLeavingEdits())
            openClient(code);
        else
            m_clientList->select(m_open ? m_base.code : QString()); // Cancel: the list shows what is open
    });
    connect(m_clientList, &EditorClientList::newRequested, this, [this] {
        if (confirmLeavingEdits())
            newClient();
    });

    auto *centreLayout = new QVBoxLayout(centre);
    m_tabs = new QTabWidget(centre);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    centreLayout->addWidget(m_tabs, 3);
    buildPages();
    m_issueList = new QListWidget(centre);
    m_issueList->setObjectName(QStringLiteral("editorIssues"));
    m_issueList->setAccessibleName(tr("Problems to fix before saving"));
    connect(m_issueList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { focusIssue(item->data(Qt::UserRole).toString()); });
    centreLayout->addWidget(m_issueList, 1);
    buildFooter();
    centreLayout->addWidget(m_report, 1);
    auto *buttons = new QHBoxLayout;
    auto *importButton = makeButton("editorImport", tr("Import…"), centre);
    auto *exportButton = makeButton("editorExport", tr("Export…"), centre);
    connect(importButton, &QPushButton::clicked, this, &EditorWindow::importFile);
    connect(exportButton, &QPushButton::clicked, this, &EditorWindow::exportFile);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);
    buttons->addWidget(m_save);
    centreLayout->addLayout(buttons);

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    resize(1400, 850);
    refresh();
}

EditorWindow::~EditorWindow() = default;

void EditorWindow::buildPages()
{
    const QList<std::pair<EditorPage *, QString>> pages{
        {new EditorIdentityPage(m_context.phones, m_tabs), tr("Identity")},
        {new EditorHoursPage(m_tabs), tr("Hours")},
        {new EditorGreetingsPage(m_tabs), tr("Greetings")},
        {new EditorChecklistPage(m_tabs), tr("Checklist")},
        {new EditorUrgencyPage(m_context.phones, m_tabs), tr("Urgencies")},
        {new EditorFilteringPage(m_context.phones, m_tabs), tr("Filtering")},
        {new EditorDirectoryPage(m_context.phones, m_tabs), tr("Directory and on-call")},
        {new EditorTransmissionPage(m_tabs), tr("Transmission")},
        {new EditorFaqPage(m_tabs), tr("FAQ and wording")},
    };
    for (const auto &[page, title] : pages) {
        m_tabs->addTab(page, title);
        m_pages << page;
        connect(page, &EditorPage::edited, this, [this] {
            if (m_loading)
                return;
            m_touched = true;
            refresh();
        });
    }
}

void EditorWindow::buildFooter()
{
    m_save = makeButton("editorSave", tr("Save"), this);
    m_save->setDefault(true);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QPushButton::clicked, this, &EditorWindow::save);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_status->setWordWrap(true);
    m_report = new EditorSaveReport(this);
    connect(m_report, &EditorSaveReport::reloadTheirsRequested, this, &EditorWindow::reloadTheirs);
    connect(m_report, &EditorSaveReport::overwriteMineRequested, this, &EditorWindow::overwriteWithMine);
}

bool EditorWindow::openClient(const QString &code)
{
    ConsignesHistory history(m_context.database, m_context.phones);
    const auto versions = history.versions(code);
    if (!versions || versions->isEmpty()) {
        setStatus(versions ? tr("Client %1 has no version").arg(code) : versions.error().toString(), true);
        return false;
    }
    const int version = versions->last().version;
    auto loaded = history.load(code, version);
    if (!loaded) {
        setStatus(loaded.error().toString(), true);
        return false;
    }
    m_base = loaded.value();
    m_loadedVersion = version;
    loadIntoForms(m_base);
    setStatus(tr("Editing %1, version %2").arg(code).arg(version));
    logging::module("ui")->info("editor: opened {} version {}", code.toStdString(), version);
    return true;
}

void EditorWindow::newClient()
{
    m_base = EditorClientList::newClientDefaults();
    m_loadedVersion = 0;
    loadIntoForms(m_base);
    m_tabs->setCurrentIndex(0);
    setStatus(tr("New client: fill in its code and name first"));
}

void EditorWindow::loadIntoForms(const Consignes &consignes)
{
    m_loading = true;
    for (EditorPage *page : std::as_const(m_pages))
        page->load(consignes);
    m_loading = false;
    m_open = true;
    m_touched = false;
    m_theirs.reset();
    m_report->clear();
    refresh();
}

Consignes EditorWindow::editedValue() const
{
    QList<ConsignesIssue> ignored;
    return formValue(ignored);
}

Consignes EditorWindow::formValue(QList<ConsignesIssue> &formIssues) const
{
    Consignes value = m_base; // keeps anything a page does not edit
    for (const EditorPage *page : m_pages)
        page->apply(value, formIssues);
    return value;
}

void EditorWindow::refresh()
{
    m_issues.clear();
    const Consignes value = formValue(m_issues);
    if (m_open)
        m_issues += validateConsignes(value);
    m_issueList->clear();
    for (const ConsignesIssue &issue : std::as_const(m_issues)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(issue.path, issue.what), m_issueList);
        item->setData(Qt::UserRole, issue.path);
    }
    m_issueList->setVisible(!m_issues.isEmpty());
    const bool changed = value != m_base || m_loadedVersion == 0;
    m_save->setEnabled(m_open && m_issues.isEmpty() && changed);
    m_save->setToolTip(m_issues.isEmpty() ? QString() : tr("Fix the problems listed first"));
    m_tabs->setEnabled(m_open);
    for (EditorPage *page : std::as_const(m_pages)) {
        page->setContext(value);
        page->showIssues(m_issues);
    }
    if (m_open)
        m_preview->showConsignes(value, m_loadedVersion);
    m_preview->setVisible(m_open);
}

void EditorWindow::focusIssue(const QString &path)
{
    const QString key = editorissues::topKey(path);
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->sections().contains(key)) {
            m_tabs->setCurrentIndex(static_cast<int>(i));
            m_pages.at(i)->setFocus();
            return;
        }
    }
}

bool EditorWindow::save()
{
    refresh();
    if (!m_open || !m_issues.isEmpty())
        return false;
    const Consignes value = editedValue();
    const auto stored = m_context.guarded ? m_context.guarded->save(m_context.actor, value, m_loadedVersion)
                                          : m_context.clients.save(value, m_context.author, m_loadedVersion);
    if (!stored) {
        ConsignesHistory history(m_context.database, m_context.phones);
        const auto versions = history.versions(value.code);
        if (versions && !versions->isEmpty() && versions->last().version != m_loadedVersion) {
            showConflict();
            return false;
        }
        setStatus(tr("Not saved: %1").arg(stored.error().toString()), true);
        return false;
    }
    logging::module("consignes")
        ->info("editor: {} saved {} version {}", m_context.author.toStdString(), value.code.toStdString(),
               stored.value());
    m_report->showChanges(tr("Saved as version %1:").arg(stored.value()), m_base, value);
    updateIndex(value, stored.value());
    m_base = value;
    m_loadedVersion = stored.value();
    m_touched = false;
    m_theirs.reset();
    m_report->hideConflict();
    setStatus(tr("Saved %1 as version %2").arg(value.code).arg(stored.value()));
    m_clientList->refresh();
    refresh();
    Q_EMIT saved(value.code, m_loadedVersion);
    return true;
}

void EditorWindow::showConflict()
{
    const Consignes mine = editedValue();
    ConsignesHistory history(m_context.database, m_context.phones);
    const auto versions = history.versions(mine.code);
    const ConsignesVersionInfo latest = versions->last();
    auto theirs = history.load(mine.code, latest.version);
    if (!theirs) {
        setStatus(theirs.error().toString(), true);
        return;
    }
    m_theirs = theirs.value();
    m_theirsVersion = latest.version;
    const QString message =
        tr("Version %1 was saved by %2 at %3 since you opened this client; your changes are kept — review "
           "the differences")
            .arg(latest.version)
            .arg(latest.author, latest.createdAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    m_report->showConflict(message);
    m_report->showChanges(tr("From their version %1 to yours:").arg(latest.version), *m_theirs, mine);
    setStatus(tr("Not saved"), true);
    logging::module("consignes")
        ->warn("editor: save of {} refused, version {} saved meanwhile by {}", mine.code.toStdString(),
               latest.version, latest.author.toStdString());
}

void EditorWindow::reloadTheirs()
{
    if (m_theirs)
        openClient(m_theirs->code);
}

bool EditorWindow::overwriteWithMine()
{
    if (!m_theirs)
        return false;
    // The user saw their diff against this version: it becomes the base the new version goes on top of.
    m_base = *m_theirs;
    m_loadedVersion = m_theirsVersion;
    return save();
}

void EditorWindow::updateIndex(const Consignes &consignes, int version)
{
    ClientEntry entry;
    entry.consignes = std::make_shared<const Consignes>(consignes);
    entry.version = version;
    entry.changedAt = m_context.clock.now();
    entry.changedBy = m_context.author;
    m_context.index.upsert(entry);
}

// As save(): through the console's guard when it gave one, so an import is checked and audited too.
ImportAuthor EditorWindow::importAuthor() const
{
    if (m_context.guarded)
        return ImportAuthor{m_context.author, m_context.actor, m_context.guarded};
    return ImportAuthor{m_context.author};
}

void EditorWindow::importFile()
{
    if (!confirmLeavingEdits())
        return;
    QStringList paths;
    if (m_context.dialogs.openFiles)
        paths = m_context.dialogs.openFiles(this);
    else if (m_context.dialogs.openFile)
        paths << m_context.dialogs.openFile(this);
    paths.removeAll(QString());
    if (paths.isEmpty())
        return;
    const EditorImportOutcome outcome =
        importConsignesFilesWithProgress(m_context.database, m_context.phones, paths, importAuthor(), this);
    ConsignesHistory history(m_context.database, m_context.phones);
    for (const Consignes &client : outcome.saved) {
        const auto versions = history.versions(client.code);
        if (versions && !versions->isEmpty())
            updateIndex(client, versions->last().version);
    }
    m_clientList->refresh();
    // The client on screen may have just got a new version: show it, so the next save builds on it.
    for (const Consignes &client : outcome.saved)
        if (m_open && m_loadedVersion > 0 && client.code == m_base.code)
            openClient(client.code);
    setStatus(outcome.status, outcome.failed);
}

void EditorWindow::exportFile()
{
    const QString path = m_context.dialogs.saveFile ? m_context.dialogs.saveFile(this) : QString();
    if (path.isEmpty())
        return;
    // The client on screen when there is one saved, else every client.
    const QString code = m_open && m_loadedVersion > 0 ? m_base.code : QString();
    const Status written = exportConsignesFile(m_context.database, m_context.phones, path, code);
    setStatus(written ? tr("Exported to %1").arg(path)
                      : tr("Not exported: %1").arg(written.error().toString()),
              !written);
}

bool EditorWindow::hasUnsavedEdits() const
{
    if (!m_open || !m_touched)
        return false;
    QList<ConsignesIssue> formIssues;
    return formValue(formIssues) != m_base || !formIssues.isEmpty();
}

bool EditorWindow::confirmLeavingEdits()
{
    if (!hasUnsavedEdits())
        return true;
    const QString client = m_base.code.isEmpty() ? tr("the new client")
                                                 : QStringLiteral("%1 — %2").arg(m_base.code, m_base.name);
    const UnsavedEditsChoice choice =
        m_context.askUnsaved ? m_context.askUnsaved(this, client) : UnsavedEditsChoice::Cancel;
    switch (choice) {
    case UnsavedEditsChoice::Save:
        return save(); // a refused save (issues, someone saved meanwhile) says why and keeps the edits
    case UnsavedEditsChoice::Discard:
        logging::module("ui")->info("editor: unsaved edits of {} discarded", m_base.code.toStdString());
        loadIntoForms(m_base);
        return true;
    case UnsavedEditsChoice::Cancel:
        break;
    }
    return false;
}

void EditorWindow::closeEvent(QCloseEvent *event)
{
    if (confirmLeavingEdits())
        event->accept();
    else
        event->ignore();
}

void EditorWindow::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? theme::textCss(theme::problem(m_status->palette())) : QString());
}

} // namespace relais

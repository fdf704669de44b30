// What a save changed, or why it was refused (see editorsavereport.h).
#include "editorsavereport.h"
#include "themecolors.h"

#include "consignes/consignesdiff.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais {

EditorSaveReport::EditorSaveReport(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("editorSaveReport"));
    m_conflictBox = new QWidget(this);
    m_conflictBox->setObjectName(QStringLiteral("editorConflictBox"));
    m_conflictMessage = new QLabel(m_conflictBox);
    m_conflictMessage->setObjectName(QStringLiteral("editorConflictMessage"));
    m_conflictMessage->setWordWrap(true);
    m_conflictMessage->setStyleSheet(theme::textCss(theme::problem(m_conflictMessage->palette())) +
                                     QStringLiteral(" font-weight: bold;"));
    auto *reload = new QPushButton(tr("Reload theirs"), m_conflictBox);
    reload->setObjectName(QStringLiteral("editorReloadTheirs"));
    auto *overwrite =
        new QPushButton(tr("Overwrite with mine (new version on top of theirs)"), m_conflictBox);
    overwrite->setObjectName(QStringLiteral("editorOverwriteMine"));
    connect(reload, &QPushButton::clicked, this, &EditorSaveReport::reloadTheirsRequested);
    connect(overwrite, &QPushButton::clicked, this, &EditorSaveReport::overwriteMineRequested);
    auto *conflictLayout = new QVBoxLayout(m_conflictBox);
    conflictLayout->setContentsMargins(0, 0, 0, 0);
    conflictLayout->addWidget(m_conflictMessage);
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addWidget(reload);
    conflictButtons->addWidget(overwrite);
    conflictButtons->addStretch(1);
    conflictLayout->addLayout(conflictButtons);
    m_changesCaption = new QLabel(this);
    m_changesCaption->setObjectName(QStringLiteral("editorChangesCaption"));
    m_changes = new QListWidget(this);
    m_changes->setObjectName(QStringLiteral("editorChanges"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_conflictBox);
    layout->addWidget(m_changesCaption);
    layout->addWidget(m_changes, 1);
    clear();
}

void EditorSaveReport::showChanges(const QString &caption, const Consignes &before, const Consignes &after)
{
    m_changes->clear();
    const QList<ConsignesChange> changes = diffConsignes(before, after);
    for (const ConsignesChange &change : changes)
        m_changes->addItem(change.text);
    if (changes.isEmpty())
        m_changes->addItem(tr("No difference"));
    m_changesCaption->setText(caption);
    m_changesCaption->show();
    m_changes->show();
}

void EditorSaveReport::showConflict(const QString &message)
{
    m_conflictMessage->setText(message);
    m_conflictBox->show();
}

void EditorSaveReport::hideConflict()
{
    m_conflictBox->hide();
}

void EditorSaveReport::clear()
{
    m_conflictBox->hide();
    m_changesCaption->hide();
    m_changes->hide();
}

} // namespace relais

// Helpers for the consignes editor's widget tests: find a named widget, type into it, build an
// editor over the fixture console's services.
#pragma once

#include "consoleservices.h"
#include "editorwindow.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

namespace relais::test {

template <typename T> T *child(const QWidget *parent, const char *objectName)
{
    auto *found = parent->findChild<T *>(QLatin1String(objectName));
    INFO("widget " << objectName);
    REQUIRE(found != nullptr);
    return found;
}

// Replaces the text of a line edit the way a person does: select all, type.
inline void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

inline void retype(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

inline void click(const QWidget *parent, const char *objectName)
{
    QPushButton *button = child<QPushButton>(parent, objectName);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// An editor over the console's store and routing index, saving as `author`. Without `askUnsaved`, the
// unsaved-edits question is answered Cancel (nothing lost, nothing done).
inline std::unique_ptr<EditorWindow> makeEditor(ConsoleServices &services, const QString &author,
                                                EditorFileDialogs dialogs = {},
                                                UnsavedEditsQuestion askUnsaved = {})
{
    EditorContext context{services.database(),       services.clients(), services.mutableIndex(),
                          services.phones(),         services.clock(),   author,
                          QStringLiteral("Camille"), std::move(dialogs), std::move(askUnsaved)};
    auto editor = std::make_unique<EditorWindow>(std::move(context));
    editor->show();
    return editor;
}

} // namespace relais::test

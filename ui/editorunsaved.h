// The question the consignes editor asks before unsaved edits would be lost (switching client,
// starting a new one, importing, closing): Save, Discard or Cancel. A seam, so tests answer it.
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace relais {

enum class UnsavedEditsChoice
{
    Save,
    Discard,
    Cancel
};

// `client` names the client whose edits are at stake ("CAB-LEROY — Cabinet Leroy").
using UnsavedEditsQuestion = std::function<UnsavedEditsChoice(QWidget *parent, const QString &client)>;

// A QMessageBox with Save (default, Enter), Discard and Cancel (Escape); closing it is Cancel.
UnsavedEditsQuestion askUnsavedEditsWithMessageBox();

} // namespace relais

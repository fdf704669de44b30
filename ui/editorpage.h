// One section of the consignes editor: fills its fields from a Consignes, writes them back, and says
// which JSON keys it edits so an issue at "$.greetings.open" can bring its page forward.
#pragma once

#include "consignes/consignes.h"
#include "consignes/consignesvalidator.h"

#include <QList>
#include <QStringList>
#include <QWidget>

namespace relais {

class EditorPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Shows `consignes` in the fields (signals from the fields are the window's to ignore meanwhile).
    virtual void load(const Consignes &consignes) = 0;
    // Writes the fields into `consignes`; text the form cannot turn into a value (a phone number that
    // does not parse, "8h-midi") is reported in `issues` with the path it would have.
    virtual void apply(Consignes &consignes, QList<ConsignesIssue> &issues) const = 0;
    // The top-level JSON keys this page edits ("greetings", "dialedNumbers").
    virtual QStringList sections() const = 0;
    // The whole value being edited, after each edit: pages whose choices come from other sections
    // (people, levels, checklist fields) refresh them here.
    virtual void setContext(const Consignes &edited) { Q_UNUSED(edited) }
    // Every issue found (paths from "$"): pages show the ones about their fields next to them.
    virtual void showIssues(const QList<ConsignesIssue> &issues) { Q_UNUSED(issues) }

Q_SIGNALS:
    void edited();
};

} // namespace relais

// The checklist part of the message form: one editor per field, in the consignes' order (which is
// also the Tab order), required fields marked, answers read and written by field id.
#pragma once

#include "consignes/consignes.h"

#include <QList>
#include <QMap>
#include <QWidget>

namespace relais {

class ChecklistFieldEditor;
class PhoneNumbers;

class ChecklistFields final : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistFields(const PhoneNumbers &phones, QWidget *parent = nullptr);

    // Rebuilds the editors; answers already typed for field ids the new checklist has are kept.
    void setChecklist(const QList<ChecklistField> &checklist);
    const QList<ChecklistFieldEditor *> &editors() const { return m_editors; }

    // Answered fields only, by field id.
    QMap<QString, QString> answers() const;
    void setAnswers(const QMap<QString, QString> &answers);
    // Puts the caller's number in the phone field whose id says callback ("callback_number",
    // "rappel"), else the first phone field, when it is empty. Not a change (no signal).
    void prefillCaller(const QString &e164);

    // The first editor (nullptr for an empty checklist) and the last input, to chain the Tab order.
    QWidget *firstInput() const;
    QWidget *lastInput() const;

    // Required fields left empty and fields whose answer is invalid, by label; the first editor
    // with a problem, or nullptr when the checklist can be saved.
    ChecklistFieldEditor *problems(QStringList &missing, QStringList &invalid) const;

Q_SIGNALS:
    void changed();
    void focusLeft();

private:
    const PhoneNumbers &m_phones;
    QWidget *m_box = nullptr;
    QList<ChecklistFieldEditor *> m_editors;
};

} // namespace relais

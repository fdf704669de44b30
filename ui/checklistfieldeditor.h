// One checklist field of the message form: the editor that fits its type (line, text, phone, email,
// choice, yes/no, date-time), its answer as stored, and an inline error when the answer is invalid.
#pragma once

#include "consignes/consignes.h"

#include <QWidget>

class QLabel;

namespace relais {

class PhoneNumbers;

class ChecklistFieldEditor final : public QWidget
{
    Q_OBJECT
public:
    ChecklistFieldEditor(const ChecklistField &field, const PhoneNumbers &phones, QWidget *parent = nullptr);

    const ChecklistField &field() const { return m_field; }
    // The answer as stored: trimmed text; E.164 for a phone number that parses; "oui"/"non" for
    // yes/no; "yyyy-MM-ddTHH:mm" for a date-time; empty when not answered.
    QString answer() const;
    void setAnswer(const QString &answer);
    bool isEmpty() const { return answer().isEmpty(); }
    // Empty when the answer is acceptable (an empty answer is, here; required is the form's check).
    QString error() const;
    // The widget that takes the keyboard (for the tab order and the first focus).
    QWidget *input() const { return m_input; }
    // Re-checks and formats the answer (a phone number in national form), showing any error inline.
    void validate();

Q_SIGNALS:
    void changed();
    void focusLeft();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString rawText() const;

    ChecklistField m_field;
    const PhoneNumbers &m_phones;
    QWidget *m_input = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace relais

// Checklist field editors (see checklistfieldeditor.h).
#include "checklistfieldeditor.h"

#include "phone/phonenumbers.h"
#include "themecolors.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace relais {
namespace {

const QString kDateTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm");
// The date-time editor's minimum stands for "not answered" and shows blank (specialValueText).
const QDateTime kNoDateTime{QDate(2000, 1, 1), QTime(0, 0)};

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

ChecklistFieldEditor::ChecklistFieldEditor(const ChecklistField &field, const PhoneNumbers &phones,
                                           QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_phones(phones)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("formField_") + field.id);
    switch (field.type) {
    case FieldType::MultilineText: {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true); // Tab moves on, as in every other field
        edit->setPlaceholderText(field.help);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, &ChecklistFieldEditor::changed);
        m_input = edit;
        break;
    }
    case FieldType::Choice:
    case FieldType::YesNo: {
        auto *combo = new QComboBox(this);
        combo->addItem(QString(), QString());
        if (field.type == FieldType::YesNo) {
            combo->addItem(tr("Yes"), QStringLiteral("oui"));
            combo->addItem(tr("No"), QStringLiteral("non"));
        } else {
            for (const QString &choice : field.choices)
                combo->addItem(choice, choice);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &ChecklistFieldEditor::changed);
        m_input = combo;
        break;
    }
    case FieldType::DateTime: {
        auto *edit = new QDateTimeEdit(this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
        edit->setMinimumDateTime(kNoDateTime);
        edit->setSpecialValueText(QStringLiteral(" "));
        edit->setDateTime(kNoDateTime);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &ChecklistFieldEditor::changed);
        m_input = edit;
        break;
    }
    case FieldType::Text:
    case FieldType::Phone:
    case FieldType::Email: {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(field.help);
        connect(edit, &QLineEdit::textChanged, this, &ChecklistFieldEditor::changed);
        if (field.type != FieldType::Text)
            connect(edit, &QLineEdit::editingFinished, this, &ChecklistFieldEditor::validate);
        m_input = edit;
        break;
    }
    }
    m_input->setObjectName(QStringLiteral("formInput_") + field.id);
    m_input->setAccessibleName(field.label);
    m_input->setAccessibleDescription(!field.required        ? field.help
                                      : field.help.isEmpty() ? tr("Required")
                                                             : tr("Required. %1").arg(field.help));
    m_input->setToolTip(field.help);
    m_input->installEventFilter(this);
    m_error->setObjectName(QStringLiteral("formError_") + field.id);
    theme::setTextColour(m_error, theme::problem(palette()));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_input);
    layout->addWidget(m_error);
    setFocusProxy(m_input);
}

QString ChecklistFieldEditor::rawText() const
{
    if (const auto *line = qobject_cast<const QLineEdit *>(m_input))
        return line->text().trimmed();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(m_input))
        return text->toPlainText().trimmed();
    if (const auto *combo = qobject_cast<const QComboBox *>(m_input))
        return combo->currentData().toString();
    if (const auto *date = qobject_cast<const QDateTimeEdit *>(m_input))
        return date->dateTime() == kNoDateTime ? QString() : date->dateTime().toString(kDateTimeFormat);
    return {};
}

QString ChecklistFieldEditor::answer() const
{
    const QString text = rawText();
    if (m_field.type == FieldType::Phone && !text.isEmpty()) {
        const auto parsed = m_phones.parse(text);
        if (parsed.ok())
            return parsed.value().e164;
    }
    return text;
}

void ChecklistFieldEditor::setAnswer(const QString &answer)
{
    const QSignalBlocker blocker(m_input);
    if (auto *line = qobject_cast<QLineEdit *>(m_input)) {
        line->setText(m_field.type == FieldType::Phone ? m_phones.display(answer) : answer);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(m_input)) {
        text->setPlainText(answer);
    } else if (auto *combo = qobject_cast<QComboBox *>(m_input)) {
        int index = combo->findData(answer);
        if (index < 0 && !answer.isEmpty()) { // a choice since removed from the consignes: kept
            combo->addItem(answer, answer);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(0, index));
    } else if (auto *date = qobject_cast<QDateTimeEdit *>(m_input)) {
        const QDateTime value = QDateTime::fromString(answer, kDateTimeFormat);
        date->setDateTime(value.isValid() ? value : kNoDateTime);
    }
    validate();
}

QString ChecklistFieldEditor::error() const
{
    const QString text = rawText();
    if (text.isEmpty())
        return {};
    if (m_field.type == FieldType::Phone) {
        const auto parsed = m_phones.parse(text);
        return parsed.ok() ? QString() : parsed.error().what;
    }
    if (m_field.type == FieldType::Email && !looksLikeEmail(text))
        return tr("Not an email address (name@example.fr).");
    return {};
}

void ChecklistFieldEditor::validate()
{
    const QString problem = error();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (m_field.type == FieldType::Phone && problem.isEmpty()) {
        auto *line = qobject_cast<QLineEdit *>(m_input);
        const QString text = line->text().trimmed();
        if (!text.isEmpty()) {
            const QString national = m_phones.display(m_phones.normalize(text));
            if (national != line->text()) {
                const QSignalBlocker blocker(line);
                line->setText(national); // the answer (E.164) is unchanged
            }
        }
    }
}

bool ChecklistFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::FocusOut) {
        validate();
        Q_EMIT focusLeft();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace relais

// The identity section of the consignes editor (see editoridentitypage.h).
#include "editoridentitypage.h"

#include "editorfields.h"
#include "phone/phonenumbers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeZone>

namespace relais {

EditorIdentityPage::EditorIdentityPage(const PhoneNumbers &phones, QWidget *parent)
    : EditorPage(parent)
    , m_phones(phones)
{
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("editorCode"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("editorName"));
    m_sector = new QLineEdit(this);
    m_sector->setObjectName(QStringLiteral("editorSector"));
    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("editorTimeZone"));
    m_timeZone->setEditable(true); // typing "Europe/P" is faster than scrolling 400 zones
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_retentionDays = new QSpinBox(this);
    m_retentionDays->setObjectName(QStringLiteral("editorRetentionDays"));
    m_retentionDays->setRange(1, 3650);
    m_retentionDays->setSuffix(tr(" days"));
    m_dialedNumbers = new QPlainTextEdit(this);
    m_dialedNumbers->setObjectName(QStringLiteral("editorDialedNumbers"));
    m_dialedNumbers->setPlaceholderText(tr("One number per line, e.g. 01 42 68 53 00"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Sector"), m_sector);
    form->addRow(tr("Time zone"), m_timeZone);
    form->addRow(tr("Keep messages for"), m_retentionDays);
    form->addRow(tr("Dialed numbers"), m_dialedNumbers);

    for (QLineEdit *edit : {m_code, m_name, m_sector})
        connect(edit, &QLineEdit::textChanged, this, &EditorPage::edited);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &EditorPage::edited);
    connect(m_retentionDays, &QSpinBox::valueChanged, this, &EditorPage::edited);
    connect(m_dialedNumbers, &QPlainTextEdit::textChanged, this, &EditorPage::edited);
}

void EditorIdentityPage::load(const Consignes &consignes)
{
    m_code->setText(consignes.code);
    m_name->setText(consignes.name);
    m_sector->setText(consignes.sector);
    m_timeZone->setCurrentText(consignes.timeZone);
    m_retentionDays->setValue(consignes.retentionDays);
    QStringList shown;
    for (const QString &number : consignes.dialedNumbers)
        shown << m_phones.display(number);
    m_dialedNumbers->setPlainText(shown.join(QLatin1Char('\n')));
}

void EditorIdentityPage::apply(Consignes &consignes, QList<ConsignesIssue> &issues) const
{
    consignes.code = m_code->text().trimmed();
    consignes.name = m_name->text().trimmed();
    consignes.sector = m_sector->text().trimmed();
    consignes.timeZone = m_timeZone->currentText().trimmed();
    consignes.retentionDays = m_retentionDays->value();
    // The store refuses a client without them; saying so here keeps Save off until they are typed.
    if (consignes.code.isEmpty())
        issues << ConsignesIssue{QStringLiteral("$.code"), tr("a client needs a code, e.g. CAB-LEROY")};
    if (consignes.name.isEmpty())
        issues << ConsignesIssue{QStringLiteral("$.name"), tr("a client needs a name")};
    consignes.dialedNumbers.clear();
    const QStringList numbers = editorfields::lines(m_dialedNumbers);
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const Result<PhoneNumber> parsed = m_phones.parse(numbers.at(i));
        if (parsed) {
            consignes.dialedNumbers << parsed->e164;
        } else {
            issues << ConsignesIssue{
                QStringLiteral("$.dialedNumbers[%1]").arg(i),
                tr("\"%1\" is not a phone number: %2").arg(numbers.at(i), parsed.error().what)};
        }
    }
}

QStringList EditorIdentityPage::sections() const
{
    return {QStringLiteral("code"),     QStringLiteral("name"),          QStringLiteral("sector"),
            QStringLiteral("timeZone"), QStringLiteral("retentionDays"), QStringLiteral("dialedNumbers")};
}

} // namespace relais

// The directory and on-call section of the consignes editor (see editordirectorypage.h).
#include "editordirectorypage.h"

#include "consignes/consignesnames.h"
#include "editorfields.h"
#include "phone/phonenumbers.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais {

namespace {
constexpr int kId = 0;
constexpr int kName = 1;
constexpr int kRole = 2;
constexpr int kNumbers = 3;
constexpr int kEmail = 4;
constexpr int kAvailability = 5;

constexpr int kPerson = 0;
constexpr int kDays = 1;
constexpr int kHours = 2;
} // namespace

EditorDirectoryPage::EditorDirectoryPage(const PhoneNumbers &phones, QWidget *parent)
    : EditorPage(parent)
    , m_phones(phones)
{
    m_people = editorfields::makeTable(
        "editorDirectory",
        {tr("Id"), tr("Name"), tr("Role"), tr("Numbers (Label: number; …)"), tr("Email"), tr("Availability")},
        this);
    m_onCall = editorfields::makeTable(
        "editorOnCall", {tr("Person id"), tr("Days (mon, tue, …)"), tr("Hours (18:00-08:00)")}, this);
    for (QTableWidget *table : {m_people, m_onCall}) {
        connect(table, &QTableWidget::itemChanged, this, &EditorPage::edited);
        connect(table->model(), &QAbstractItemModel::rowsRemoved, this, &EditorPage::edited);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("People"), this));
    layout->addWidget(editorfields::withRowButtons(
                          m_people, [](int) {}, this),
                      2);
    layout->addWidget(new QLabel(tr("On-call shifts"), this));
    layout->addWidget(editorfields::withRowButtons(
                          m_onCall, [](int) {}, this),
                      1);
}

void EditorDirectoryPage::load(const Consignes &consignes)
{
    m_people->setRowCount(0);
    for (const Person &person : consignes.directory) {
        const int row = m_people->rowCount();
        m_people->insertRow(row);
        QStringList numbers;
        for (const ContactNumber &number : person.numbers)
            numbers << QStringLiteral("%1: %2").arg(number.label, m_phones.display(number.number));
        editorfields::setCell(m_people, row, kId, person.id);
        editorfields::setCell(m_people, row, kName, person.name);
        editorfields::setCell(m_people, row, kRole, person.role);
        editorfields::setCell(m_people, row, kNumbers, numbers.join(QStringLiteral("; ")));
        editorfields::setCell(m_people, row, kEmail, person.email);
        editorfields::setCell(m_people, row, kAvailability, person.availability);
    }
    m_onCall->setRowCount(0);
    for (const OnCallShift &shift : consignes.onCall) {
        const int row = m_onCall->rowCount();
        m_onCall->insertRow(row);
        QStringList days;
        for (const int day : shift.days)
            days << consignesnames::days().value(day);
        editorfields::setCell(m_onCall, row, kPerson, shift.person);
        editorfields::setCell(m_onCall, row, kDays, days.join(QStringLiteral(", ")));
        editorfields::setCell(m_onCall, row, kHours, editorfields::spanToText(shift.hours));
    }
}

void EditorDirectoryPage::apply(Consignes &consignes, QList<ConsignesIssue> &issues) const
{
    consignes.directory.clear();
    for (int row = 0; row < m_people->rowCount(); ++row) {
        const QString path = QStringLiteral("$.directory[%1]").arg(row);
        Person person;
        person.id = editorfields::cell(m_people, row, kId);
        person.name = editorfields::cell(m_people, row, kName);
        person.role = editorfields::cell(m_people, row, kRole);
        const QStringList numbers =
            editorfields::splitList(editorfields::cell(m_people, row, kNumbers), QLatin1Char(';'));
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            const QString label = numbers.at(i).contains(QLatin1Char(':'))
                                      ? numbers.at(i).section(QLatin1Char(':'), 0, 0).trimmed()
                                      : QString();
            const QString text = numbers.at(i).section(QLatin1Char(':'), -1).trimmed();
            const Result<PhoneNumber> parsed = m_phones.parse(text);
            if (!parsed) {
                issues << ConsignesIssue{
                    path + QStringLiteral(".numbers[%1]").arg(i),
                    tr("\"%1\" is not a phone number: %2").arg(text, parsed.error().what)};
                continue;
            }
            person.numbers << ContactNumber{label, parsed->e164};
        }
        person.email = editorfields::cell(m_people, row, kEmail);
        person.availability = editorfields::cell(m_people, row, kAvailability);
        consignes.directory << person;
    }
    consignes.onCall.clear();
    for (int row = 0; row < m_onCall->rowCount(); ++row) {
        const QString path = QStringLiteral("$.onCall[%1]").arg(row);
        OnCallShift shift;
        shift.person = editorfields::cell(m_onCall, row, kPerson);
        for (const QString &day : editorfields::splitList(editorfields::cell(m_onCall, row, kDays))) {
            const qsizetype index = consignesnames::days().indexOf(day.toLower().left(3));
            if (index < 0)
                issues << ConsignesIssue{
                    path + QStringLiteral(".days"),
                    tr("\"%1\" is not a day (mon, tue, wed, thu, fri, sat, sun)").arg(day)};
            else
                shift.days << static_cast<int>(index);
        }
        const auto spans = editorfields::parseSpans(editorfields::cell(m_onCall, row, kHours));
        if (spans && spans->size() == 1)
            shift.hours = spans->first();
        else
            issues << ConsignesIssue{path + QStringLiteral(".hours"), tr("one span like 18:00-08:00")};
        consignes.onCall << shift;
    }
}

QStringList EditorDirectoryPage::sections() const
{
    return {QStringLiteral("directory"), QStringLiteral("onCall")};
}

} // namespace relais

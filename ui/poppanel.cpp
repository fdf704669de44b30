// The call pop (see poppanel.h).
#include "poppanel.h"

#include "clientpicker.h"
#include "displaytext.h"
#include "phone/phonenumbers.h"
#include "themecolors.h"
#include "wrappinglabel.h"

#include <QAccessible>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace relais {
namespace {

// Colours carry meaning here: blue is a known client, red is "do not name a client", the greeting
// sits on paper yellow so the eye finds what to read aloud.
const char *const kStyle = R"(
#popClientHeader { background: #1d3f66; border-radius: 6px; }
#popClientHeader QLabel { color: white; }
#popUnknownBox { background: #b42318; border-radius: 6px; }
#popUnknownBox QLabel { color: white; }
#popGreetingBox { background: #fff8dc; border: 1px solid #e0c96b; border-radius: 6px; }
#popGreetingBox QLabel { color: #2b2100; }
#popKnownContact { background: #e6f4ea; color: #14532d; border-radius: 4px; padding: 4px 8px; }
QGroupBox { border: 1px solid palette(mid); margin-top: 0.7em; padding-top: 0.5em; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 3px; }
)";
const char *const kScrollBarStyle = R"(
QScrollBar:vertical { background: palette(window); width: 12px; margin: 0; }
QScrollBar::handle:vertical { background: palette(mid); min-height: 32px; margin: 2px; border-radius: 4px; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }
)";
// The sections' frames are drawn from this style sheet: Fusion's own group-box frame scales a
// bitmap on every paint, which made up a third of painting a pop.
// Text on the window's own background follows the light or dark palette (the boxes above carry
// their own background, so their fixed text colours read in both).
QString paletteStyle(const QPalette &palette)
{
    return QStringLiteral("#popNeverSay { %1 }").arg(theme::textCss(theme::problem(palette)));
}

// Only what can run long wraps: a wrapping label is laid out again at every width the layouts try.
enum class Wrap
{
    No,
    Yes
};

QLabel *makeLabel(const char *objectName, const QString &accessibleName, QWidget *parent,
                  Wrap wrap = Wrap::No)
{
    QLabel *label = wrap == Wrap::Yes ? new WrappingLabel(parent) : new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setAccessibleName(accessibleName);
    // Caller names come from the PBX: never let one be read as markup. Not mouse-selectable: a
    // selectable label lays its text out as a QTextDocument at every width tried, most of a pop's time.
    label->setTextFormat(Qt::PlainText);
    return label;
}

QListWidget *makeList(const char *objectName, const QString &accessibleName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QLatin1String(objectName));
    list->setAccessibleName(accessibleName);
    list->setWordWrap(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFocusPolicy(Qt::NoFocus);
    return list;
}

// Lists grow with their content up to a cap, so a short checklist leaves room for the rules below
// it and the whole pop fits on a laptop screen without scrolling.
void fitToContents(QListWidget *list, int maxHeight)
{
    // sizeHintForRow() measures an item as if it never wrapped: add the lines wrapping at the
    // list's width makes, or a long item shows cut in half.
    constexpr int kItemTextMargins = 8; // the item delegate's padding, both sides together
    const int width = std::max(1, list->viewport()->width() - kItemTextMargins);
    int height = 2 * list->frameWidth() + 4;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->isHidden())
            continue;
        const QFontMetrics metrics(item->data(Qt::FontRole).isValid() ? item->font() : list->font());
        const int wrapped =
            metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, item->text()).height();
        const int unwrapped = metrics.boundingRect(QRect(0, 0, 1 << 20, 1 << 20), 0, item->text()).height();
        height += list->sizeHintForRow(row) + std::max(0, wrapped - unwrapped);
    }
    list->setFixedHeight(std::clamp(height, list->fontMetrics().height() + 10, maxHeight));
}

QGroupBox *section(const QString &title, QWidget *content, QWidget *extra = nullptr)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    if (extra)
        layout->addWidget(extra);
    layout->addWidget(content);
    return box;
}

// Plain text on purpose: a rich-text label lays out a whole QTextDocument at every width the layout
// tries, which cost most of a pop's time; plain text also leaves nothing to escape.
QString bulletList(const QStringList &items, const QString &emptyText)
{
    if (items.isEmpty())
        return emptyText;
    QStringList lines;
    lines.reserve(items.size());
    for (const QString &item : items)
        lines += QStringLiteral("• ") + item;
    return lines.join(QLatin1Char('\n'));
}

QFont scaled(QFont font, int points, bool bold)
{
    font.setPointSize(points);
    font.setBold(bold);
    return font;
}

} // namespace

PopPanel::PopPanel(const ClientIndex &index, const PhoneNumbers &phones, int greetingFontPoints,
                   QWidget *parent)
    : QScrollArea(parent)
    , m_phones(phones)
{
    setObjectName(QStringLiteral("popPanel"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Flat: Fusion fills the whole groove with a gradient, which was four tenths of painting a pop.
    verticalScrollBar()->setStyleSheet(QLatin1String(kScrollBarStyle));
    auto *content = new QWidget(this);
    content->setStyleSheet(QLatin1String(kStyle) + paletteStyle(palette()));
    auto *layout = new QVBoxLayout(content);
    buildCallLine(layout);
    buildClientHeader(layout);
    buildChangedSince(layout);
    buildUnknownBox(layout, index);
    m_knownContact = makeLabel("popKnownContact", tr("Known contact"), content, Wrap::Yes);
    layout->addWidget(m_knownContact);
    buildGreeting(layout, greetingFontPoints);
    buildDetails(layout);
    layout->addStretch(1);
    setWidget(content);
    setCallState(CallState::Ringing);
}

void PopPanel::buildCallLine(QVBoxLayout *layout)
{
    QWidget *parent = layout->parentWidget();
    m_callState = makeLabel("popCallState", tr("Call state"), parent);
    m_caller = makeLabel("popCaller", tr("Caller"), parent);
    m_dialed = makeLabel("popDialed", tr("Dialed number"), parent);
    m_openLabel = makeLabel("popOpenLabel", tr("Open or closed"), parent);
    // "Closed — reopens …" is read whole, never cut: it does not wrap, like the rest of this line.
    m_openLabel->setFont(scaled(m_openLabel->font(), m_openLabel->font().pointSize() + 1, true));
    auto *row = new QHBoxLayout;
    row->addWidget(m_callState);
    row->addSpacing(8);
    row->addWidget(m_caller, 2);
    row->addWidget(m_dialed, 2);
    row->addWidget(m_openLabel, 1, Qt::AlignRight);
    layout->addLayout(row);
}

void PopPanel::buildClientHeader(QVBoxLayout *layout)
{
    m_clientHeader = new QFrame(layout->parentWidget());
    m_clientHeader->setObjectName(QStringLiteral("popClientHeader"));
    m_clientName = makeLabel("popClientName", tr("Client name"), m_clientHeader);
    m_clientName->setFont(scaled(m_clientName->font(), 22, true));
    m_sector = makeLabel("popClientSector", tr("Client sector"), m_clientHeader);
    m_sector->setFont(scaled(m_sector->font(), 13, false));
    m_consignesVersion = makeLabel("popConsignesVersion", tr("Consignes version"), m_clientHeader);
    auto *row = new QHBoxLayout(m_clientHeader);
    row->setContentsMargins(14, 10, 14, 10);
    auto *names = new QVBoxLayout;
    names->addWidget(m_clientName);
    names->addWidget(m_sector);
    row->addLayout(names, 1);
    row->addWidget(m_consignesVersion, 0, Qt::AlignRight | Qt::AlignBottom);
    layout->addWidget(m_clientHeader);
}

void PopPanel::buildUnknownBox(QVBoxLayout *layout, const ClientIndex &index)
{
    m_unknownBox = new QFrame(layout->parentWidget());
    m_unknownBox->setObjectName(QStringLiteral("popUnknownBox"));
    m_unknownBanner = makeLabel("popUnknownBanner", tr("Unknown number"), m_unknownBox);
    m_unknownBanner->setFont(scaled(m_unknownBanner->font(), 20, true));
    auto *advice = makeLabel("popUnknownAdvice", tr("Advice for an unknown number"), m_unknownBox, Wrap::Yes);
    advice->setText(tr("No client owns this dialed number. Do not name a client: greet neutrally, "
                       "then pick the client below if the caller says who they are calling."));
    m_picker = new ClientPicker(index, m_unknownBox);
    connect(m_picker, &ClientPicker::picked, this, &PopPanel::clientPicked);
    auto *box = new QVBoxLayout(m_unknownBox);
    box->setContentsMargins(14, 10, 14, 10);
    box->addWidget(m_unknownBanner);
    box->addWidget(advice);
    box->addWidget(m_picker);
    layout->addWidget(m_unknownBox);
}

void PopPanel::buildChangedSince(QVBoxLayout *layout)
{
    QWidget *parent = layout->parentWidget();
    m_changedSince = new QPushButton(parent);
    m_changedSince->setObjectName(QStringLiteral("popChangedSince"));
    m_changedSince->setStyleSheet(QStringLiteral("background: #fde68a; color: #78350f; font-weight: bold;"));
    m_changedSinceList = makeList("popChangedSinceList", tr("Changes since your last call"), parent);
    connect(m_changedSince, &QPushButton::clicked, this, [this] {
        // Read from the store only when asked, off the pop's path.
        if (m_changedSinceChanges && m_changedSinceList->count() == 0)
            m_changedSinceList->addItems(m_changedSinceChanges());
        m_changedSinceList->setVisible(!m_changedSinceList->isVisible());
        fitToContents(m_changedSinceList, 160);
    });
    layout->addWidget(m_changedSince);
    layout->addWidget(m_changedSinceList);
    m_changedSince->hide();
    m_changedSinceList->hide();
}

void PopPanel::showChangedSince(int seenVersion, std::function<QStringList()> changes)
{
    m_changedSinceChanges = std::move(changes);
    m_changedSinceList->clear();
    m_changedSinceList->hide();
    m_changedSince->setText(tr("Consignes changed since your last call (v%1 → v%2) — show the changes")
                                .arg(seenVersion)
                                .arg(m_pop.consignesVersion));
    m_changedSince->show();
}

void PopPanel::buildGreeting(QVBoxLayout *layout, int greetingFontPoints)
{
    m_greetingBox = new QFrame(layout->parentWidget());
    m_greetingBox->setObjectName(QStringLiteral("popGreetingBox"));
    auto *caption = makeLabel("popGreetingCaption", tr("Greeting caption"), m_greetingBox);
    caption->setText(tr("Say on pick-up:"));
    m_greeting = makeLabel("popGreeting", tr("Greeting to read aloud"), m_greetingBox, Wrap::Yes);
    m_greeting->setFont(scaled(m_greeting->font(), greetingFontPoints, true));
    m_overflowGreeting = makeLabel("popOverflowGreeting", tr("Overflow greeting"), m_greetingBox, Wrap::Yes);
    auto *box = new QVBoxLayout(m_greetingBox);
    box->setContentsMargins(14, 8, 14, 10);
    box->addWidget(caption);
    box->addWidget(m_greeting);
    box->addWidget(m_overflowGreeting);
    layout->addWidget(m_greetingBox);
}

void PopPanel::setGreetingFontPoints(int points)
{
    m_greeting->setFont(scaled(m_greeting->font(), points, true));
}

int PopPanel::greetingFontPoints() const
{
    return m_greeting->font().pointSize();
}

void PopPanel::buildDetails(QVBoxLayout *layout)
{
    m_details = new QWidget(layout->parentWidget());
    m_checklist = makeList("popChecklist", tr("Questions to ask"), m_details);
    m_urgencyRules = makeLabel("popUrgencyRules", tr("Urgency rules"), m_details, Wrap::Yes);
    m_filteringRules = makeLabel("popFilteringRules", tr("Filtering rules"), m_details, Wrap::Yes);
    m_onCall = makeLabel("popOnCall", tr("On call now"), m_details, Wrap::Yes);
    m_history = makeList("popHistory", tr("Caller's history"), m_details);
    m_faqFilter = new QLineEdit(m_details);
    m_faqFilter->setObjectName(QStringLiteral("popFaqFilter"));
    m_faqFilter->setAccessibleName(tr("Filter the FAQ"));
    m_faqFilter->setPlaceholderText(tr("Filter the FAQ…"));
    m_faqFilter->setClearButtonEnabled(true);
    connect(m_faqFilter, &QLineEdit::textChanged, this, &PopPanel::filterFaq);
    m_faq = makeList("popFaq", tr("Client's FAQ"), m_details);
    m_say = makeLabel("popSay", tr("What to say"), m_details, Wrap::Yes);
    m_neverSay = makeLabel("popNeverSay", tr("What never to say"), m_details, Wrap::Yes);

    auto *left = new QVBoxLayout;
    left->addWidget(section(tr("To ask (* required)"), m_checklist));
    left->addWidget(section(tr("Urgencies"), m_urgencyRules));
    left->addWidget(section(tr("Filtering"), m_filteringRules));
    left->addWidget(section(tr("On call now"), m_onCall));
    auto *right = new QVBoxLayout;
    right->addWidget(section(tr("This caller's earlier messages"), m_history));
    right->addWidget(section(tr("FAQ"), m_faq, m_faqFilter));
    right->addWidget(section(tr("Say"), m_say));
    right->addWidget(section(tr("Never say"), m_neverSay));
    left->addStretch(1);
    right->addStretch(1);
    auto *columns = new QHBoxLayout(m_details);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    layout->addWidget(m_details, 1);
}

QSize PopPanel::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.averageCharWidth() * 100, metrics.height() * 30};
}

void PopPanel::setPop(const Pop &pop, Fill fill)
{
    m_pop = pop;
    m_changedSince->hide();
    m_changedSinceList->hide();
    m_changedSinceChanges = nullptr;
    const bool known = pop.isKnownClient();
    m_clientHeader->setVisible(known);
    m_unknownBox->setVisible(!known);
    m_details->setVisible(known);

    QString caller =
        tr("Caller: %1").arg(pop.callerDisplay.isEmpty() ? tr("hidden number") : pop.callerDisplay);
    if (!pop.callerName.isEmpty())
        caller += QStringLiteral(" — ") + pop.callerName;
    m_caller->setText(caller);
    m_dialed->setText(tr("Dialed: %1").arg(pop.dialedDisplay));
    m_openLabel->setText(pop.reopensLabel.isEmpty()
                             ? pop.openLabel
                             : QStringLiteral("%1 — %2").arg(pop.openLabel, pop.reopensLabel));
    theme::setTextColour(m_openLabel, pop.open ? theme::ok(palette()) : theme::problem(palette()));
    m_openLabel->setVisible(known && !pop.openLabel.isEmpty());

    m_knownContact->setVisible(pop.knownContact.has_value());
    if (pop.knownContact)
        m_knownContact->setText(tr("Known contact: %1").arg(personInWords(*pop.knownContact)));
    m_greetingBox->setVisible(!pop.greeting.isEmpty());
    m_greeting->setText(pop.greeting);
    m_overflowGreeting->setVisible(!pop.overflowGreeting.isEmpty());
    m_overflowGreeting->setText(
        tr("If the call overflowed from the client's switchboard: %1").arg(pop.overflowGreeting));

    if (known) {
        fillClient(*pop.client);
        fillRules(pop);
    } else {
        m_unknownBanner->setText(tr("Unknown number: %1").arg(pop.dialedDisplay));
        m_clientName->clear();
        m_sector->clear();
        m_checklist->clear();
    }
    if (fill == Fill::All)
        fillReference();
    else
        clearReference(); // never another call's: empty until fillReference()
    announce(pop, caller);
}

void PopPanel::announce(const Pop &pop, const QString &caller)
{
    // A screen reader says who the call is for the moment it rings: the panel's name and description
    // change (each sends its own event), then an alert asks for them to be read out now.
    const QString who =
        pop.isKnownClient() ? pop.client->name : tr("unknown number %1").arg(pop.dialedDisplay);
    setAccessibleName(tr("Call for %1").arg(who));
    setAccessibleDescription(pop.greeting.isEmpty() ? caller : tr("%1. Say: %2").arg(caller, pop.greeting));
    if (!QAccessible::isActive())
        return; // no assistive technology listening: nothing to build
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void PopPanel::fillClient(const Consignes &client)
{
    m_clientName->setText(client.name);
    m_sector->setText(client.sector);
    m_consignesVersion->setText(
        tr("Consignes v%1 of %2")
            .arg(m_pop.consignesVersion)
            .arg(m_pop.consignesChangedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy"))));
    m_checklist->clear();
    for (const ChecklistField &field : client.checklist) {
        QString text = field.required ? field.label + QStringLiteral(" *") : field.label;
        if (!field.help.isEmpty())
            text += QStringLiteral("\n    ") + field.help;
        auto *item = new QListWidgetItem(text, m_checklist);
        item->setToolTip(field.help);
        if (field.required) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    fitToContents(m_checklist, 260);
}

void PopPanel::fillRules(const Pop &pop)
{
    m_urgencyRules->setText(bulletList(pop.urgencyRulesInWords, tr("No urgency rule: message only")));
    m_filteringRules->setText(bulletList(pop.filteringRulesInWords, tr("No filtering rule")));
    m_onCall->setText(pop.onCallNow ? personInWords(*pop.onCallNow) : tr("Nobody is on call now"));
}

void PopPanel::clearReference()
{
    m_faq->clear();
    m_history->clear();
    m_say->clear();
    m_neverSay->clear();
}

void PopPanel::fillReference()
{
    clearReference();
    if (!m_pop.isKnownClient())
        return;
    const Pop &pop = m_pop;
    const Consignes &client = *pop.client;
    for (const FaqEntry &entry : client.faq)
        new QListWidgetItem(entry.question + QStringLiteral("\n→ ") + entry.answer, m_faq);
    filterFaq(m_faqFilter->text());
    m_say->setText(bulletList(client.say, tr("Nothing particular")));
    m_neverSay->setText(bulletList(client.neverSay, tr("Nothing particular")));
    for (const MessageSummary &summary : pop.callerHistory) {
        const UrgencyLevel *level = pop.client->urgencyLevel(summary.urgency);
        QString text = QStringLiteral("%1 — %2 — %3")
                           .arg(shortDateTime(summary.createdAt, pop.offeredAt),
                                level ? level->label : summary.urgency, summary.excerpt);
        if (summary.incomplete)
            text += QStringLiteral(" ") + tr("(incomplete)");
        new QListWidgetItem(text, m_history);
    }
    if (pop.callerHistory.isEmpty())
        new QListWidgetItem(tr("No earlier message from this caller"), m_history);
    fitToContents(m_history, 140);
}

QString PopPanel::personInWords(const Person &person) const
{
    QString text =
        person.role.isEmpty() ? person.name : QStringLiteral("%1 (%2)").arg(person.name, person.role);
    QStringList numbers;
    for (const ContactNumber &number : person.numbers)
        numbers += QStringLiteral("%1 %2").arg(number.label, m_phones.display(number.number));
    if (!numbers.isEmpty())
        text += QStringLiteral(" — ") + numbers.join(QStringLiteral(", "));
    return text;
}

void PopPanel::setCallState(CallState state)
{
    m_state = state;
    m_callState->setText(callStateText(state));
    static const char *const colours[] = {"#d97706", "#15803d", "#6b7280"};
    m_callState->setStyleSheet(QStringLiteral("background: %1; color: white; font-weight: bold;"
                                              " border-radius: 4px; padding: 3px 10px;")
                                   .arg(QLatin1String(colours[static_cast<int>(state)])));
}

void PopPanel::filterFaq(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < m_faq->count(); ++i) {
        QListWidgetItem *item = m_faq->item(i);
        bool matches = true;
        for (const QString &word : words)
            matches = matches && item->text().contains(word, Qt::CaseInsensitive);
        item->setHidden(!matches);
    }
    fitToContents(m_faq, 220);
}

void PopPanel::setForm(QWidget *form)
{
    if (m_form || !form)
        return;
    // The pop's content and the form side by side in one scrolled page: the operator reads the
    // consignes on the left while typing on the right.
    QWidget *content = takeWidget();
    auto *page = new QWidget(this);
    auto *row = new QHBoxLayout(page);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(content, 3);
    row->addWidget(form, 2, Qt::AlignTop);
    setWidget(page);
    m_form = form;
}

} // namespace relais

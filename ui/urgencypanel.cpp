// The live urgency and filtering verdict (see urgencypanel.h).
#include "urgencypanel.h"

#include "themecolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais {
namespace {

QLabel *plainLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText); // consignes text is never markup
    label->setWordWrap(true);
    return label;
}

} // namespace

UrgencyPanel::UrgencyPanel(QWidget *parent)
    : QWidget(parent)
    , m_level(plainLabel("formUrgencyLevel", this))
    , m_procedure(plainLabel("formUrgencyProcedure", this))
    , m_why(plainLabel("formUrgencyWhy", this))
    , m_filtering(new QWidget(this))
    , m_filteringSay(plainLabel("formFilteringSay", m_filtering))
    , m_confirmAction(new QPushButton(tr("Confirm action (Ctrl+Shift+A)"), this))
    , m_putThrough(new QPushButton(tr("Put through (F6)"), this))
    , m_closeFiltered(new QPushButton(tr("Close as filtered"), m_filtering))
{
    setObjectName(QStringLiteral("formUrgencyPanel"));
    QFont bold = m_level->font();
    bold.setBold(true);
    m_level->setFont(bold);
    m_why->setStyleSheet(theme::textCss(theme::muted(palette())));
    m_confirmAction->setObjectName(QStringLiteral("formConfirmAction"));
    m_confirmAction->setAccessibleDescription(tr("Records that the urgency procedure's action was done"));
    m_level->setAccessibleName(tr("Urgency level"));
    m_procedure->setAccessibleName(tr("Urgency procedure"));
    m_putThrough->setObjectName(QStringLiteral("formPutThrough"));
    m_putThrough->hide();
    m_closeFiltered->setObjectName(QStringLiteral("formCloseFiltered"));
    m_filtering->setObjectName(QStringLiteral("formFiltering"));
    // Its own background, so its own text colour: readable in light and dark themes alike.
    m_filtering->setStyleSheet(QStringLiteral("#formFiltering { background: #fef3c7; border-radius: 4px; } "
                                              "#formFiltering QLabel { color: #1f2937; }"));
    auto *filteringLayout = new QHBoxLayout(m_filtering);
    filteringLayout->addWidget(m_filteringSay, 1);
    filteringLayout->addWidget(m_closeFiltered);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_level, 1);
    top->addWidget(m_putThrough);
    top->addWidget(m_confirmAction);
    layout->addLayout(top);
    layout->addWidget(m_procedure);
    layout->addWidget(m_why);
    layout->addWidget(m_filtering);
    m_filtering->hide();
    connect(m_confirmAction, &QPushButton::clicked, this, &UrgencyPanel::confirmActionRequested);
    connect(m_putThrough, &QPushButton::clicked, this, &UrgencyPanel::putThroughRequested);
    connect(m_closeFiltered, &QPushButton::clicked, this, &UrgencyPanel::closeAsFilteredRequested);
}

QString UrgencyPanel::whyInWords(const ConditionsMatch &why, const QList<ChecklistField> &checklist)
{
    QStringList parts;
    for (const KeywordMatch &k : why.keywords)
        parts << tr("keyword “%1”").arg(k.keyword);
    for (const AnswerMatch &a : why.answers) {
        QString label = a.field;
        for (const ChecklistField &f : checklist)
            if (f.id == a.field)
                label = f.label;
        parts << tr("%1 = %2").arg(label, a.answer);
    }
    if (!why.caller.isEmpty())
        parts << tr("caller %1").arg(why.caller);
    if (why.hoursMatched)
        parts << tr("hours");
    return parts.join(QStringLiteral(", "));
}

void UrgencyPanel::setResults(const UrgencyResult &urgency, const FilteringResult &filtering,
                              const QList<ChecklistField> &checklist)
{
    const QString level = urgency.levelLabel.isEmpty() ? urgency.levelId : urgency.levelLabel;
    m_level->setText(tr("Urgency: %1").arg(level.isEmpty() ? tr("none") : level));
    m_level->setStyleSheet(urgency.ruleMatched ? theme::textCss(theme::problem(palette())) : QString());
    m_procedure->setText(urgency.procedure.inWords);
    const bool someoneToReach = (urgency.procedure.action == ProcedureAction::Transfer ||
                                 urgency.procedure.action == ProcedureAction::PageOnCall) &&
                                urgency.procedure.person && !urgency.procedure.unavailable;
    m_putThrough->setVisible(m_putThroughAvailable && someoneToReach);
    m_procedure->setVisible(!urgency.procedure.inWords.isEmpty());
    if (urgency.ruleMatched && urgency.ruleIndex >= 0) {
        ConditionsMatch why;
        for (const UrgencyRuleMatch &m : urgency.matches)
            if (m.index == urgency.ruleIndex)
                why = m.why;
        const QString rule = urgency.ruleDescription.isEmpty() ? urgency.ruleId : urgency.ruleDescription;
        m_why->setText(tr("Why: %1 (%2)").arg(whyInWords(why, checklist), rule));
    } else {
        m_why->setText(tr("No urgency rule holds: the default level applies."));
    }
    m_filtering->setVisible(filtering.matched);
    if (filtering.matched) {
        const QString why = whyInWords(filtering.why, checklist);
        m_filteringSay->setText(
            tr("Filtered: %1 (%2). Say: “%3”").arg(filtering.description, why, filtering.say));
    }
}

} // namespace relais

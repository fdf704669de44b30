// The transmission section of the consignes editor (see editortransmissionpage.h).
#include "editortransmissionpage.h"

#include "consignes/consignesnames.h"
#include "editorfields.h"
#include "editorissuemarks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace relais {

namespace {
constexpr int kUrgency = 0;
constexpr int kChannels = 1;
constexpr int kRecipients = 2;
constexpr int kTiming = 3;
constexpr int kColumns = 4;
constexpr int kMaxAcknowledgeMinutes = 7 * 24 * 60;

QString rulePath(int row)
{
    return QStringLiteral("$.transmission[%1]").arg(row);
}

// "08:00, 12:30" -> times; nullopt when a part is not HH:MM.
std::optional<QList<QTime>> parseTimes(const QString &text)
{
    QList<QTime> times;
    for (QString part : editorfields::splitList(text)) {
        part.replace(QLatin1Char('h'), QLatin1Char(':'));
        const QTime time =
            QTime::fromString(part.size() == 4 ? QLatin1Char('0') + part : part, QStringLiteral("HH:mm"));
        if (!time.isValid())
            return std::nullopt;
        times << time;
    }
    return times;
}
} // namespace

EditorTransmissionPage::EditorTransmissionPage(QWidget *parent)
    : EditorPage(parent)
{
    m_rules = editorfields::makeTable("editorTransmissionRules",
                                      {tr("Urgency"), tr("Channels"), tr("Recipients"), tr("When")}, this);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers); // the form below edits the rule
    connect(m_rules, &QTableWidget::currentCellChanged, this, [this](int row) { showRule(row); });
    connect(m_rules->model(), &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                if (m_filling)
                    return;
                m_values.remove(first, last - first + 1);
                Q_EMIT edited();
            });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("How messages reach the client, by urgency level"), this));
    layout->addWidget(editorfields::withRowButtons(
                          m_rules,
                          [this](int row) {
                              TransmissionRule rule;
                              rule.urgency = consignesnames::everyLevel();
                              rule.channels = {Channel::Email};
                              m_values.insert(row, rule);
                              for (int column = 0; column < kColumns; ++column)
                                  editorfields::setCell(m_rules, row, column, QString());
                              updateSummary(row);
                              Q_EMIT edited();
                          },
                          this),
                      1);
    layout->addWidget(buildRuleForm(), 2);
    showRule(-1);
}

QWidget *EditorTransmissionPage::buildRuleForm()
{
    m_ruleForm = new QGroupBox(tr("Selected transmission rule"), this);
    m_urgency = new QComboBox(m_ruleForm);
    m_urgency->setObjectName(QStringLiteral("editorTransmissionUrgency"));
    m_callType = new QComboBox(m_ruleForm);
    m_callType->setObjectName(QStringLiteral("editorTransmissionCallType"));
    const QStringList callTypes = consignesnames::callTypes();
    editorfields::setChoices(m_callType,
                             {{callTypes.at(0), tr("Every call")},
                              {callTypes.at(1), tr("A message taken")},
                              {callTypes.at(2), tr("A filtered call")},
                              {callTypes.at(3), tr("A caller who hung up before the end")}},
                             callTypes.at(0));
    m_email = new QCheckBox(tr("Email"), m_ruleForm);
    m_email->setObjectName(QStringLiteral("editorTransmissionEmail"));
    m_sms = new QCheckBox(tr("SMS"), m_ruleForm);
    m_sms->setObjectName(QStringLiteral("editorTransmissionSms"));
    m_recipients = new QListWidget(m_ruleForm);
    m_recipients->setObjectName(QStringLiteral("editorTransmissionRecipients"));
    m_recipients->setAccessibleName(tr("Recipients (space ticks one)"));
    m_digest =
        new QCheckBox(tr("Group messages into digests sent at set times (else each at once)"), m_ruleForm);
    m_digest->setObjectName(QStringLiteral("editorTransmissionDigest"));
    m_digestTimes = new QLineEdit(m_ruleForm);
    m_digestTimes->setObjectName(QStringLiteral("editorTransmissionDigestTimes"));
    m_digestTimes->setPlaceholderText(tr("08:00, 12:00, 17:30"));
    m_acknowledge = new QSpinBox(m_ruleForm);
    m_acknowledge->setObjectName(QStringLiteral("editorTransmissionAcknowledge"));
    m_acknowledge->setRange(0, kMaxAcknowledgeMinutes);
    m_acknowledge->setSuffix(tr(" min"));
    m_acknowledge->setSpecialValueText(tr("not expected"));
    m_urgencyIssues = editorissues::makeLabel(QStringLiteral("editorTransmissionUrgencyIssues"), m_ruleForm);
    m_channelIssues = editorissues::makeLabel(QStringLiteral("editorTransmissionChannelIssues"), m_ruleForm);
    m_recipientIssues =
        editorissues::makeLabel(QStringLiteral("editorTransmissionRecipientIssues"), m_ruleForm);
    m_digestIssues = editorissues::makeLabel(QStringLiteral("editorTransmissionDigestIssues"), m_ruleForm);

    auto *channels = new QHBoxLayout;
    channels->addWidget(m_email);
    channels->addWidget(m_sms);
    channels->addStretch(1);
    auto *form = new QFormLayout(m_ruleForm);
    form->addRow(tr("For the level"), m_urgency);
    form->addRow(QString(), m_urgencyIssues);
    form->addRow(tr("For the calls"), m_callType);
    form->addRow(tr("Send by"), channels);
    form->addRow(QString(), m_channelIssues);
    form->addRow(tr("To"), m_recipients);
    form->addRow(QString(), m_recipientIssues);
    form->addRow(QString(), m_digest);
    form->addRow(tr("Digest times"), m_digestTimes);
    form->addRow(QString(), m_digestIssues);
    form->addRow(tr("Acknowledgement expected within"), m_acknowledge);

    connect(m_urgency, &QComboBox::currentIndexChanged, this, &EditorTransmissionPage::formEdited);
    connect(m_callType, &QComboBox::currentIndexChanged, this, &EditorTransmissionPage::formEdited);
    connect(m_email, &QCheckBox::toggled, this, &EditorTransmissionPage::formEdited);
    connect(m_sms, &QCheckBox::toggled, this, &EditorTransmissionPage::formEdited);
    connect(m_digest, &QCheckBox::toggled, this, &EditorTransmissionPage::formEdited);
    connect(m_digestTimes, &QLineEdit::textChanged, this, &EditorTransmissionPage::formEdited);
    connect(m_acknowledge, &QSpinBox::valueChanged, this, &EditorTransmissionPage::formEdited);
    connect(m_recipients, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        recipientToggled(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    });
    return m_ruleForm;
}

void EditorTransmissionPage::load(const Consignes &consignes)
{
    m_filling = true;
    m_values = consignes.transmission;
    m_people = consignes.directory;
    m_levels = consignes.urgencyLevels;
    m_rules->setRowCount(0);
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        m_rules->insertRow(static_cast<int>(i));
        updateSummary(static_cast<int>(i));
    }
    m_filling = false;
    if (!m_values.isEmpty())
        m_rules->setCurrentCell(0, kUrgency);
    showRule(m_values.isEmpty() ? -1 : 0);
}

void EditorTransmissionPage::setContext(const Consignes &edited)
{
    if (edited.directory == m_people && edited.urgencyLevels == m_levels)
        return; // rebuilding the lists under the user's hands would lose their place
    m_people = edited.directory;
    m_levels = edited.urgencyLevels;
    for (int row = 0; row < m_rules->rowCount(); ++row)
        updateSummary(row);
    showRule(m_rules->currentRow());
}

void EditorTransmissionPage::showRule(int row)
{
    const bool valid = row >= 0 && row < m_values.size();
    m_ruleForm->setEnabled(valid);
    const TransmissionRule rule = valid ? m_values.at(row) : TransmissionRule{};
    m_filling = true;
    fillUrgencies(rule.urgency);
    m_callType->setCurrentIndex(static_cast<int>(rule.callType));
    m_email->setChecked(rule.channels.contains(Channel::Email));
    m_sms->setChecked(rule.channels.contains(Channel::Sms));
    fillRecipients(rule.recipients);
    m_digest->setChecked(rule.digest);
    QStringList times;
    for (const QTime &time : rule.digestTimes)
        times << time.toString(QStringLiteral("HH:mm"));
    m_digestTimes->setText(times.join(QStringLiteral(", ")));
    m_acknowledge->setValue(rule.acknowledgeWithinMinutes);
    m_filling = false;
}

void EditorTransmissionPage::fillUrgencies(const QString &current)
{
    QList<std::pair<QString, QString>> choices{{consignesnames::everyLevel(), tr("Every level")}};
    for (const UrgencyLevel &level : std::as_const(m_levels))
        choices.append({level.id, level.label.isEmpty() ? level.id : level.label});
    editorfields::setChoices(m_urgency, choices, current);
}

void EditorTransmissionPage::fillRecipients(const QStringList &checked)
{
    const QSignalBlocker blocker(m_recipients);
    m_recipients->clear();
    auto choices = editorfields::personChoices(m_people);
    choices.prepend({consignesnames::onCallRecipient(), tr("Whoever is on call (the rota decides)")});
    for (const QString &id : checked) {
        const bool known = std::any_of(choices.cbegin(), choices.cend(),
                                       [&id](const auto &choice) { return choice.first == id; });
        if (!known)
            choices.append({id, tr("%1 (not in the directory)").arg(id)});
    }
    for (const auto &[id, text] : choices) {
        auto *item = new QListWidgetItem(text, m_recipients);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

void EditorTransmissionPage::formEdited()
{
    const int row = m_rules->currentRow();
    if (m_filling || row < 0 || row >= m_values.size())
        return;
    TransmissionRule &rule = m_values[row];
    rule.urgency = editorfields::choice(m_urgency);
    rule.callType = static_cast<CallType>(std::max(0, m_callType->currentIndex()));
    rule.channels.clear();
    if (m_email->isChecked())
        rule.channels << Channel::Email;
    if (m_sms->isChecked())
        rule.channels << Channel::Sms;
    rule.digest = m_digest->isChecked();
    rule.digestTimes = parseTimes(m_digestTimes->text()).value_or(QList<QTime>{});
    rule.acknowledgeWithinMinutes = m_acknowledge->value();
    updateSummary(row);
    Q_EMIT edited();
}

void EditorTransmissionPage::recipientToggled(const QString &id, bool checked)
{
    const int row = m_rules->currentRow();
    if (m_filling || row < 0 || row >= m_values.size())
        return;
    // Keeps the stored order of those still ticked, so a round trip through the form is no change.
    QStringList &recipients = m_values[row].recipients;
    if (checked && !recipients.contains(id))
        recipients << id;
    else if (!checked)
        recipients.removeAll(id);
    updateSummary(row);
    Q_EMIT edited();
}

void EditorTransmissionPage::updateSummary(int row)
{
    const QSignalBlocker blocker(m_rules);
    for (int column = 0; column < kColumns; ++column)
        editorfields::setCell(m_rules, row, column, summaryOf(m_values.at(row), column));
}

QString EditorTransmissionPage::summaryOf(const TransmissionRule &rule, int column) const
{
    QStringList parts;
    switch (column) {
    case kUrgency: {
        QString level = rule.urgency;
        if (rule.urgency == consignesnames::everyLevel())
            level = tr("Every level");
        for (const UrgencyLevel &known : m_levels)
            if (known.id == rule.urgency && !known.label.isEmpty())
                level = known.label;
        if (rule.callType == CallType::Any)
            return level;
        return QStringLiteral("%1 — %2").arg(level, m_callType->itemText(static_cast<int>(rule.callType)));
    }
    case kChannels:
        for (const Channel channel : rule.channels)
            parts << (channel == Channel::Email ? tr("Email") : tr("SMS"));
        break;
    case kRecipients:
        for (const QString &id : rule.recipients) {
            const auto it = std::find_if(m_people.cbegin(), m_people.cend(),
                                         [&id](const Person &person) { return person.id == id; });
            parts << (id == consignesnames::onCallRecipient()        ? tr("on call")
                      : it != m_people.cend() && !it->name.isEmpty() ? it->name
                                                                     : id);
        }
        break;
    case kTiming: {
        QStringList times;
        for (const QTime &time : rule.digestTimes)
            times << time.toString(QStringLiteral("HH:mm"));
        parts << (rule.digest ? tr("digest at %1").arg(times.join(QStringLiteral(", "))) : tr("at once"));
        if (rule.acknowledgeWithinMinutes > 0)
            parts << tr("acknowledged within %1 min").arg(rule.acknowledgeWithinMinutes);
        break;
    }
    default:
        break;
    }
    return parts.join(QStringLiteral(", "));
}

void EditorTransmissionPage::apply(Consignes &consignes, QList<ConsignesIssue> &issues) const
{
    consignes.transmission = m_values;
    const int row = m_rules->currentRow();
    if (row >= 0 && row < m_values.size() && !parseTimes(m_digestTimes->text()))
        issues << ConsignesIssue{
            rulePath(row) + QStringLiteral(".digestTimes"),
            tr("\"%1\" is not a list of times like 08:00, 12:30").arg(m_digestTimes->text())};
}

void EditorTransmissionPage::showIssues(const QList<ConsignesIssue> &issues)
{
    editorissues::markRows(m_rules, issues, QStringLiteral("$.transmission"));
    const QString path = rulePath(m_rules->currentRow());
    editorissues::show(m_urgencyIssues, editorissues::under(issues, path + QStringLiteral(".urgency")));
    editorissues::show(m_channelIssues, editorissues::under(issues, path + QStringLiteral(".channels")));
    editorissues::show(m_recipientIssues, editorissues::under(issues, path + QStringLiteral(".recipients")));
    editorissues::show(m_digestIssues,
                       editorissues::under(issues, path + QStringLiteral(".digest")) +
                           editorissues::under(issues, path + QStringLiteral(".digestTimes")));
}

QStringList EditorTransmissionPage::sections() const
{
    return {QStringLiteral("transmission")};
}

} // namespace relais

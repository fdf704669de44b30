// Fills the review tab from ReviewQueue, MessageRepository, ConsignesHistory
// and the call event log.
#include "supervisionreviewtab.h"

#include "common/clock.h"
#include "consignes/consignes.h"
#include "messages/message.h"
#include "phone/phonenumbers.h"
#include "storage/consigneshistory.h"
#include "storage/messagerepository.h"
#include "supervision/callrecordrepository.h"
#include "supervision/reviewqueue.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

namespace relais {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// The number as operators read it and the date in the interface's language.
QString messageHtml(const Message &m, const Consignes *c, const PhoneNumbers &phones)
{
    const QString number = phones.display(m.callerNumber);
    QString html = QStringLiteral("<h3>%1</h3><p>%2 · %3</p><table>")
                       .arg(esc(m.callerName.isEmpty() ? number : m.callerName), esc(number),
                            esc(QLocale().toString(m.createdAt.toLocalTime(), QLocale::ShortFormat)));
    for (auto it = m.answers.cbegin(); it != m.answers.cend(); ++it) {
        QString label = it.key();
        if (c)
            for (const ChecklistField &f : c->checklist)
                if (f.id == it.key())
                    label = f.label;
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(it.value()));
    }
    html += QStringLiteral("</table><p>%1</p>").arg(esc(m.notes));
    html +=
        QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(SupervisionReviewTab::tr("Urgency:")), esc(m.urgency));
    for (const ActionTaken &a : m.actions)
        html += QStringLiteral("<p>%1 — %2 %3 %4</p>")
                    .arg(esc(actionKindLabel(a.kind)), esc(a.targetName), esc(a.targetNumber), esc(a.result));
    return html;
}

QString consignesHtml(const Consignes &c, int version)
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><p><i>%3</i></p><ul>")
                       .arg(esc(c.name), esc(SupervisionReviewTab::tr("Consignes version %1").arg(version)),
                            esc(c.greetings.open));
    for (const ChecklistField &f : c.checklist)
        html +=
            QStringLiteral("<li>%1%2</li>").arg(esc(f.label), f.required ? QStringLiteral(" *") : QString());
    html += QStringLiteral("</ul>");
    for (const UrgencyRule &r : c.urgencyRules)
        html += QStringLiteral("<p><b>%1</b>: %2 %3</p>")
                    .arg(esc(r.level), esc(r.description), esc(r.procedure.instructions));
    for (const QString &never : c.neverSay)
        html += QStringLiteral("<p>✗ %1</p>").arg(esc(never));
    return html;
}

} // namespace

SupervisionReviewTab::SupervisionReviewTab(Database &db, const PhoneNumbers &phones, const Clock &clock,
                                           QString reviewer, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_phones(phones)
    , m_clock(clock)
    , m_reviewer(std::move(reviewer))
    , m_queue(std::make_unique<ReviewQueue>(db, phones, clock))
    , m_rubric(defaultRubric())
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("reviewList"));
    auto *sample = new QPushButton(tr("Sample the last &7 days"), this);
    sample->setObjectName(QStringLiteral("sampleButton"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(sample);

    m_message = new QTextBrowser(this);
    m_message->setObjectName(QStringLiteral("messageView"));
    m_consignes = new QTextBrowser(this);
    m_consignes->setObjectName(QStringLiteral("consignesView"));
    m_events = new QTextBrowser(this);
    m_events->setObjectName(QStringLiteral("eventLog"));
    m_completeness = new QLabel(this);
    m_completeness->setObjectName(QStringLiteral("completenessLabel"));
    m_completeness->setWordWrap(true);
    m_completeness->setTextFormat(Qt::PlainText);

    auto *rubricBox = new QGroupBox(tr("Rubric"), this);
    auto *rubricForm = new QFormLayout(rubricBox);
    for (const RubricCriterion &c : m_rubric) {
        auto *spin = new QSpinBox(rubricBox);
        spin->setObjectName(QStringLiteral("rubric_") + c.id);
        spin->setRange(0, c.maxPoints);
        spin->setSuffix(QStringLiteral(" / %1").arg(c.maxPoints));
        spin->setToolTip(c.help);
        rubricForm->addRow(c.label, spin);
        m_scores.insert(c.id, spin);
    }
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("Comment the operator sees at their next session"));
    m_save = new QPushButton(tr("&Save review"), this);
    m_save->setObjectName(QStringLiteral("saveReviewButton"));
    m_save->setToolTip(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reviewStatus"));

    auto *texts = new QSplitter(Qt::Horizontal, this);
    texts->addWidget(m_message);
    texts->addWidget(m_consignes);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(texts, 2);
    rightLayout->addWidget(m_events, 1);
    rightLayout->addWidget(m_completeness);
    auto *verdict = new QHBoxLayout;
    verdict->addWidget(rubricBox);
    verdict->addWidget(m_comment, 1);
    rightLayout->addLayout(verdict);
    rightLayout->addWidget(m_save);
    rightLayout->addWidget(m_status);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            clearDetail();
        else
            showReview(m_list->item(row)->data(Qt::UserRole).toString());
    });
    connect(sample, &QPushButton::clicked, this, &SupervisionReviewTab::sampleLastWeek);
    connect(m_save, &QPushButton::clicked, this, &SupervisionReviewTab::saveReview);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &SupervisionReviewTab::saveReview);
    setTabOrder(m_list, m_scores.value(m_rubric.first().id));
    reload();
}

SupervisionReviewTab::~SupervisionReviewTab() = default;

QString SupervisionReviewTab::currentMessageId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void SupervisionReviewTab::reload()
{
    const QString keep = currentMessageId();
    const auto reviews = m_queue->list();
    m_list->clear();
    if (!reviews) {
        m_status->setText(reviews.error().toString());
        return;
    }
    for (const Review &r : reviews.value()) {
        const QString flag = r.source == ReviewSource::Flagged ? QStringLiteral("⚑ ") : QString();
        auto *item = new QListWidgetItem(
            QStringLiteral("%1%2 % · %3 · %4 · %5")
                .arg(flag)
                .arg(r.completeness.score)
                .arg(r.operatorLogin, r.clientCode, QLocale().toString(r.day, QLocale::ShortFormat)),
            m_list);
        item->setData(Qt::UserRole, r.messageId);
        if (r.messageId == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (m_list->count() == 0) {
        clearDetail();
        m_status->setText(tr("Nothing to review."));
    }
}

void SupervisionReviewTab::sampleLastWeek()
{
    const QDate today = m_clock.now().toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris"))).date();
    const Result<int> added = m_queue->sample(today.addDays(-6), today);
    reload();
    m_status->setText(added ? tr("%n message(s) added to the queue.", nullptr, added.value())
                            : added.error().toString());
}

void SupervisionReviewTab::clearDetail()
{
    m_message->clear();
    m_consignes->clear();
    m_events->clear();
    m_completeness->clear();
    m_comment->clear();
    m_save->setEnabled(false);
}

void SupervisionReviewTab::showReview(const QString &messageId)
{
    const auto review = m_queue->find(messageId);
    const auto message = MessageRepository(m_db).find(messageId);
    if (!review || !review.value() || !message || !message.value()) {
        clearDetail();
        m_status->setText(!review    ? review.error().toString()
                          : !message ? message.error().toString()
                                     : tr("The message is gone."));
        return;
    }
    const Message &m = *message.value();
    const auto consignes = ConsignesHistory(m_db, m_phones).load(m.clientCode, m.consignesVersion);
    m_message->setHtml(messageHtml(m, consignes ? &consignes.value() : nullptr, m_phones));
    if (consignes)
        m_consignes->setHtml(consignesHtml(consignes.value(), m.consignesVersion));
    else
        m_consignes->setPlainText(consignes.error().toString());

    QString log;
    const auto events = CallRecordRepository(m_db).eventsOfMessage(messageId);
    if (events)
        for (const CallLogEntry &e : events.value())
            log +=
                QStringLiteral("%1  %2  %3\n")
                    .arg(e.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")), toString(e.kind), e.detail);
    m_events->setPlainText(events ? (log.isEmpty() ? tr("No event log for this call.") : log)
                                  : events.error().toString());

    const Review &r = *review.value();
    QStringList reasons{tr("Completeness %1 %").arg(r.completeness.score)};
    for (const CompletenessCheck &c : r.completeness.checks)
        reasons << (c.maxPoints > 0 ? QStringLiteral("%1/%2  %3").arg(c.points).arg(c.maxPoints).arg(c.reason)
                                    : QStringLiteral("—  %1").arg(c.reason));
    if (r.source == ReviewSource::Flagged)
        reasons << tr("Flagged by %1: %2").arg(r.flaggedBy, r.flagReason);
    m_completeness->setText(reasons.join(QLatin1Char('\n')));
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it)
        it.value()->setValue(r.rubricScores.value(it.key(), 0));
    m_comment->setPlainText(r.comment);
    m_save->setEnabled(true);
}

bool SupervisionReviewTab::saveReview()
{
    const QString id = currentMessageId();
    if (id.isEmpty())
        return false;
    QMap<QString, int> scores;
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it)
        scores.insert(it.key(), it.value()->value());
    const Status saved = m_queue->submit(id, m_reviewer, scores, m_comment->toPlainText(), m_rubric);
    if (!saved) {
        m_status->setText(saved.error().toString());
        return false;
    }
    // The saved review leaves the queue; the next one is selected, ready for the
    // keyboard.
    const int row = m_list->currentRow();
    reload();
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    m_list->setFocus();
    m_status->setText(tr("Review saved."));
    return true;
}

} // namespace relais

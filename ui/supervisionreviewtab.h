// The review tab: the queue on the left; beside the selected message, the
// consignes version that was on screen during the call, the call's event log,
// the completeness score with its reasons, the rubric and the comment for the
// operator. Keyboard: Up/Down in the queue, Tab through the rubric, Ctrl+Return
// saves and moves to the next message.
#pragma once

#include "supervision/reviewrubric.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace relais {

class Clock;
class Database;
class PhoneNumbers;
class ReviewQueue;

class SupervisionReviewTab final : public QWidget
{
    Q_OBJECT
public:
    SupervisionReviewTab(Database &db, const PhoneNumbers &phones, const Clock &clock, QString reviewer,
                         QWidget *parent = nullptr);
    ~SupervisionReviewTab() override;

    // Reloads the queue from the store, keeping the selection when the message is
    // still queued.
    void reload();
    // Queues the sample of the last seven days (today included) and reloads.
    void sampleLastWeek();
    // Saves the rubric and comment of the selected message; true when stored.
    bool saveReview();
    QString currentMessageId() const;

private:
    void showReview(const QString &messageId);
    void clearDetail();

    Database &m_db;
    const PhoneNumbers &m_phones;
    const Clock &m_clock;
    QString m_reviewer;
    std::unique_ptr<ReviewQueue> m_queue;
    QList<RubricCriterion> m_rubric;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_message = nullptr;
    QTextBrowser *m_consignes = nullptr;
    QTextBrowser *m_events = nullptr;
    QLabel *m_completeness = nullptr;
    QMap<QString, QSpinBox *> m_scores;
    QPlainTextEdit *m_comment = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace relais

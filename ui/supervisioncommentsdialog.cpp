// Reads the unseen review comments with their messages, marks them seen, and lists them.
#include "supervisioncommentsdialog.h"

#include "logging/logging.h"
#include "messages/message.h"
#include "storage/messagerepository.h"
#include "supervision/reviewqueue.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace relais {

SupervisionCommentsDialog *SupervisionCommentsDialog::forOperator(Database &db, const PhoneNumbers &phones,
                                                                  const Clock &clock,
                                                                  const QString &operatorLogin,
                                                                  QWidget *parent)
{
    ReviewQueue queue(db, phones, clock);
    const auto comments = queue.unseenComments(operatorLogin);
    if (!comments) {
        logging::module("ui")->warn("review comments: {}", comments.error().toString().toStdString());
        return nullptr;
    }
    if (comments->isEmpty())
        return nullptr;
    MessageRepository messages(db);
    QString html;
    for (const Review &r : comments.value()) {
        const auto message = messages.find(r.messageId);
        QString about = r.messageId;
        if (message && message.value())
            about = QStringLiteral("%1 — %2 — %3")
                        .arg(message.value()->createdAt.toLocalTime().toString(
                                 QStringLiteral("dd/MM/yyyy HH:mm")),
                             message.value()->clientCode,
                             message.value()->callerName.isEmpty() ? message.value()->callerNumber
                                                                   : message.value()->callerName);
        html += QStringLiteral("<p><b>%1</b><br/>%2<br/><i>%3</i></p>")
                    .arg(about.toHtmlEscaped(), r.comment.toHtmlEscaped(),
                         tr("Review by %1: %2 %").arg(r.reviewer).arg(r.score.value_or(0)).toHtmlEscaped());
        if (message && message.value() && !message.value()->notes.isEmpty())
            html += QStringLiteral("<blockquote>%1</blockquote>").arg(message.value()->notes.toHtmlEscaped());
        if (Status seen = queue.markCommentSeen(r.messageId); !seen)
            logging::module("ui")->warn("review comments: {}", seen.error().toString().toStdString());
    }
    return new SupervisionCommentsDialog(html, int(comments->size()), parent);
}

SupervisionCommentsDialog::SupervisionCommentsDialog(const QString &html, int count, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reviewCommentsDialog"));
    setWindowTitle(tr("%n comment(s) from your supervisor", nullptr, count));
    auto *text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("reviewCommentsText"));
    text->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(560, 400);
}

} // namespace relais

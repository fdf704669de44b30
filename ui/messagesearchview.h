// The console's message search (Ctrl+F): a field that searches as the operator types (a number in any
// form, its end, or words of the name and notes) and the matches newest first; Enter opens one.
#pragma once

#include "common/result.h"
#include "messages/message.h"
#include "messages/messagesearch.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QTimer;

namespace relais {

class ClientIndex;
class Clock;
class PhoneNumbers;
class RecentMessagesModel;
class RecentMessagesView;

class MessageSearchView final : public QWidget
{
    Q_OBJECT
public:
    // Runs one search; the console's searches what the signed-in person may see.
    using Searcher = std::function<Result<QList<Message>>(const MessageSearchRequest &)>;

    MessageSearchView(Searcher searcher, const ClientIndex &index, const PhoneNumbers &phones,
                      const Clock &clock, QWidget *parent = nullptr);
    ~MessageSearchView() override;

    // Puts the cursor in the field with its text selected, ready to type over.
    void focusSearch();
    // Searches the field's text now (typing searches after a short pause).
    void search();
    const RecentMessagesModel &results() const { return *m_model; }

Q_SIGNALS:
    void openRequested(const relais::Message &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Searcher m_search;
    QLineEdit *m_field = nullptr;
    QLabel *m_status = nullptr;
    RecentMessagesModel *m_model = nullptr;
    RecentMessagesView *m_view = nullptr;
    QTimer *m_pause = nullptr;
};

} // namespace relais

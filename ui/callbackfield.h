// The form's "call back at" line: when (typed "30 min", "+1h", "14:30", or the quick buttons) and
// which number (the caller's unless changed). Alt+R puts the cursor in it; the time it will be is
// shown beside, and a time in the past is said at once.
#pragma once

#include "messages/callbackpromise.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace relais {

class Clock;

class CallbackField final : public QWidget
{
    Q_OBJECT
public:
    explicit CallbackField(const Clock &clock, QWidget *parent = nullptr);

    // The number used when none is typed: the caller's.
    void setDefaultNumber(const QString &e164);
    // Nothing typed: no callback promised.
    bool isEmpty() const;
    // The promise as typed (state Pending; `at` invalid when the time does not read); None when empty.
    CallbackPromise promise() const;
    // Empty when the promise can be saved with the message, else what to correct.
    QString problem() const;
    void restore(const CallbackPromise &promise);
    void focusTime();
    void setReadOnly(bool readOnly);
    QWidget *lastInput() const;

Q_SIGNALS:
    void changed();

private:
    void setIn(int minutes);
    void showWhen();

    const Clock &m_clock;
    QString m_defaultNumber;
    QDateTime m_at; // the typed time, read when typed
    QLineEdit *m_time;
    QLineEdit *m_number;
    QLabel *m_when;
};

} // namespace relais

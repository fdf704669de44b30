// The form's callback line (see callbackfield.h).
#include "callbackfield.h"
#include "themecolors.h"

#include "common/clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>

namespace relais {

CallbackField::CallbackField(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_time(new QLineEdit(this))
    , m_number(new QLineEdit(this))
    , m_when(new QLabel(this))
{
    setObjectName(QStringLiteral("formCallback"));
    auto *label = new QLabel(tr("Call back (Alt+R):"), this);
    label->setBuddy(m_time);
    m_time->setObjectName(QStringLiteral("formCallbackTime"));
    m_time->setPlaceholderText(tr("30 min, +1h, 14:30"));
    m_time->setAccessibleName(tr("Callback time"));
    m_time->setMaxLength(20);
    m_number->setObjectName(QStringLiteral("formCallbackNumber"));
    m_number->setAccessibleName(tr("Callback number"));
    m_number->setMaxLength(40);
    m_when->setObjectName(QStringLiteral("formCallbackWhen"));
    m_when->setTextFormat(Qt::PlainText);
    auto *in30 = new QPushButton(tr("+30 min"), this);
    in30->setObjectName(QStringLiteral("formCallbackIn30"));
    auto *in60 = new QPushButton(tr("+1 h"), this);
    in60->setObjectName(QStringLiteral("formCallbackIn60"));
    for (QPushButton *button : {in30, in60})
        button->setFocusPolicy(Qt::NoFocus); // Tab goes time -> number; the typed forms do the same
    connect(in30, &QPushButton::clicked, this, [this] { setIn(30); });
    connect(in60, &QPushButton::clicked, this, [this] { setIn(60); });
    connect(m_time, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Read once, when typed: "30 min" means 30 minutes from the typing, not from each save.
        m_at = parseCallbackTime(text, m_clock.now(), QTimeZone::systemTimeZone());
        showWhen();
        Q_EMIT changed();
    });
    connect(m_number, &QLineEdit::textChanged, this, &CallbackField::changed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_time, 1);
    layout->addWidget(in30);
    layout->addWidget(in60);
    layout->addWidget(m_number, 1);
    layout->addWidget(m_when, 1);
}

void CallbackField::setDefaultNumber(const QString &e164)
{
    m_defaultNumber = e164;
    m_number->setPlaceholderText(e164.isEmpty() ? tr("number to call back") : e164);
}

bool CallbackField::isEmpty() const
{
    return m_time->text().trimmed().isEmpty();
}

CallbackPromise CallbackField::promise() const
{
    if (isEmpty())
        return {};
    CallbackPromise promise;
    promise.at = m_at;
    const QString typed = m_number->text().trimmed();
    promise.number = typed.isEmpty() ? m_defaultNumber : typed;
    promise.state = CallbackState::Pending;
    return promise;
}

QString CallbackField::problem() const
{
    if (isEmpty())
        return {};
    const Status valid = validateNewCallback(promise(), m_clock.now());
    return valid ? QString() : valid.error().toString();
}

void CallbackField::restore(const CallbackPromise &promise)
{
    if (promise.state == CallbackState::None)
        return;
    m_time->setText(promise.at.toLocalTime().toString(QStringLiteral("HH:mm")));
    m_at = promise.at; // the stored time, even on another day than today
    if (promise.number != m_defaultNumber)
        m_number->setText(promise.number);
}

void CallbackField::focusTime()
{
    m_time->setFocus(Qt::ShortcutFocusReason);
    m_time->selectAll();
}

void CallbackField::setReadOnly(bool readOnly)
{
    m_time->setReadOnly(readOnly);
    m_number->setReadOnly(readOnly);
}

QWidget *CallbackField::lastInput() const
{
    return m_number;
}

void CallbackField::setIn(int minutes)
{
    m_time->setText(tr("%1 min").arg(minutes));
    m_time->setFocus(Qt::OtherFocusReason);
}

void CallbackField::showWhen()
{
    if (isEmpty()) {
        m_when->clear();
        return;
    }
    const QString why = problem();
    const CallbackPromise p = promise();
    if (why.isEmpty())
        m_when->setText(tr("at %1").arg(QLocale().toString(p.at.toLocalTime(), QStringLiteral("ddd HH:mm"))));
    else
        m_when->setText(why);
    m_when->setStyleSheet(why.isEmpty() ? QString() : theme::textCss(theme::problem(palette())));
}

} // namespace relais

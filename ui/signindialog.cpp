// Sign-in dialog: a form over SignIn::signIn; the password field is cleared after every attempt.
// Keyboard: login, Tab, password, Enter signs in; Esc cancels (at start, the console quits).
#include "signindialog.h"

#include "security/signin.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais {

SignInDialog::SignInDialog(SignIn &signIn, QWidget *parent)
    : QDialog(parent)
    , m_signIn(signIn)
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Sign in to Relais"));
    setObjectName(QStringLiteral("signInDialog"));
    m_login->setObjectName(QStringLiteral("signInLogin"));
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signInButton = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void SignInDialog::attempt()
{
    const QString password = m_password->text();
    m_password->clear();
    const Result<User> result = m_signIn.signIn(m_login->text(), password);
    if (!result) {
        // Say how long the next attempt must wait, so a slowed-down operator is not left guessing.
        QString text = result.error().what;
        const auto wait = m_signIn.secondsToWait(m_login->text());
        if (wait && *wait > 0 && !text.contains(QString::number(*wait)))
            text += QLatin1Char('\n') + tr("Next attempt possible in %n second(s).", nullptr, int(*wait));
        m_message->setText(text);
        m_password->setFocus();
        return;
    }
    m_user = *result;
    accept();
}

} // namespace relais

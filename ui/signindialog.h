// The sign-in dialog shown at console start when the database holds users: login and password,
// checked by core's SignIn (failure delays, audit); the dialog only shows its answer.
#pragma once

#include "security/userrepository.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace relais {

class SignIn;

class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(SignIn &signIn, QWidget *parent = nullptr);

    // The signed-in user once the dialog is accepted.
    const std::optional<User> &user() const { return m_user; }

private:
    void attempt();

    SignIn &m_signIn;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_signInButton;
    std::optional<User> m_user;
};

} // namespace relais

// What an operator is shown at the start of their session: the supervisors' comments on their reviewed
// messages, each with the message it is about. Shown once: opening it notes the comments as seen.
#pragma once

#include <QDialog>

namespace relais {

class Clock;
class Database;
class PhoneNumbers;

class SupervisionCommentsDialog final : public QDialog
{
    Q_OBJECT
public:
    // Null when `operatorLogin` has no comment to see (or the store cannot be read: logged). Otherwise
    // a dialog listing them, already noted as seen; the caller shows it.
    static SupervisionCommentsDialog *forOperator(Database &db, const PhoneNumbers &phones,
                                                  const Clock &clock, const QString &operatorLogin,
                                                  QWidget *parent);

private:
    SupervisionCommentsDialog(const QString &html, int count, QWidget *parent);
};

} // namespace relais

// The audit log for administrators: who did what and when, newest first, filtered by action, user and
// dates. Read-only; the rows come through Session::readAudit, which refuses anyone but an admin.
#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace relais {

class Clock;
class Session;

class AuditLogView final : public QDialog
{
    Q_OBJECT
public:
    // The default period (the last 30 days) is read off `clock`, the console's injected time.
    AuditLogView(Session &session, const Clock &clock, QWidget *parent = nullptr);

    // Reads the rows again with the filters on screen; false (and why, on screen) when refused.
    bool reload();
    int rowCount() const;

private:
    Session &m_session;
    QComboBox *m_action;
    QLineEdit *m_user;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_table;
    QLabel *m_status;
};

} // namespace relais

// The supervisors' window, opened from the console's menu: the review queue and
// the KPI dashboard.
#pragma once

#include <QWidget>

class QTabWidget;

namespace relais {

class Clock;
class Database;
class PhoneNumbers;
class SupervisionDashboard;
class SupervisionReviewTab;

class SupervisionWindow final : public QWidget
{
    Q_OBJECT
public:
    // `reviewer` is the login stored with each review. Everything passed must
    // outlive the window.
    SupervisionWindow(Database &db, const PhoneNumbers &phones, const Clock &clock, const QString &reviewer,
                      QWidget *parent = nullptr);

    SupervisionReviewTab *reviewTab() const { return m_review; }
    SupervisionDashboard *dashboard() const { return m_dashboard; }

private:
    QTabWidget *m_tabs = nullptr;
    SupervisionReviewTab *m_review = nullptr;
    SupervisionDashboard *m_dashboard = nullptr;
};

} // namespace relais

// Assembles the supervision window's two tabs; Ctrl+1 / Ctrl+2 switch between
// them.
#include "supervisionwindow.h"

#include "supervisiondashboard.h"
#include "supervisionreviewtab.h"

#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace relais {

SupervisionWindow::SupervisionWindow(Database &db, const PhoneNumbers &phones, const Clock &clock,
                                     const QString &reviewer, QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("supervisionWindow"));
    setWindowTitle(tr("Supervision — Relais"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("supervisionTabs"));
    m_review = new SupervisionReviewTab(db, phones, clock, reviewer, m_tabs);
    m_review->setObjectName(QStringLiteral("reviewTab"));
    m_dashboard = new SupervisionDashboard(db, clock, m_tabs);
    m_dashboard->setObjectName(QStringLiteral("dashboardTab"));
    m_tabs->addTab(m_review, tr("&Review"));
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_1), this), &QShortcut::activated, this,
            [this] { m_tabs->setCurrentIndex(0); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_2), this), &QShortcut::activated, this, [this] {
        m_tabs->setCurrentIndex(1);
        m_dashboard->refresh();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            m_dashboard->refresh();
    });
    resize(1100, 720);
}

} // namespace relais

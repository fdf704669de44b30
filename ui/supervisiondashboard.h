// The supervision dashboard: KPIs per client, operator and period with period
// pickers, a daily trend chart, the weekday × hour heat map, and the figures
// exported as CSV (kpiexport).
#pragma once

#include "supervision/kpis.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace relais {

class Clock;
class Database;
class SupervisionHeatMap;
class SupervisionTrendChart;

class SupervisionDashboard final : public QWidget
{
    Q_OBJECT
public:
    // Asks where to save the CSV; empty: cancelled. A seam so tests need no file
    // dialog.
    using SaveFileName = std::function<QString(QWidget *parent, const QString &suggested)>;

    SupervisionDashboard(Database &db, const Clock &clock, QWidget *parent = nullptr);

    void setSaveFileName(SaveFileName ask) { m_saveFileName = std::move(ask); }
    void setPeriod(const QDate &from, const QDate &to);
    // Recomputes every figure from the store for the chosen period, client and
    // operator.
    void refresh();
    // Writes the CSV of the current figures; false (and a message on screen) when
    // it cannot.
    bool exportCsv();

    const KpiReport &report() const { return m_report; }

private:
    KpiFilter filter() const;
    void fillTable();
    void fillClients();
    void showError(const QString &text);

    Database &m_db;
    SaveFileName m_saveFileName;
    KpiReport m_report;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_client = nullptr;
    QLineEdit *m_operator = nullptr;
    QTableWidget *m_table = nullptr;
    SupervisionTrendChart *m_trend = nullptr;
    SupervisionHeatMap *m_heatMap = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace relais

// Builds the dashboard's pickers, table and charts, and fills them from
// KpiCalculator.
#include "supervisiondashboard.h"

#include "common/clock.h"
#include "storage/clientrepository.h"
#include "storage/consigneshistory.h"
#include "supervision/kpicalculator.h"
#include "supervision/kpiexport.h"
#include "supervisionheatmap.h"
#include "supervisiontrendchart.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace relais {
namespace {

// A longer period draws one bar per day still, but computing it day by day
// would be slow.
constexpr qint64 kMaxTrendDays = 92;

QString percent(const std::optional<double> &rate)
{
    return rate ? QLocale().toString(*rate * 100.0, 'f', 1) + QStringLiteral(" %") : QStringLiteral("-");
}

QString seconds(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 1) + QStringLiteral(" s") : QStringLiteral("-");
}

} // namespace

SupervisionDashboard::SupervisionDashboard(Database &db, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_saveFileName([](QWidget *p, const QString &suggested) {
        return QFileDialog::getSaveFileName(p, tr("Export the figures"), suggested, tr("CSV files (*.csv)"));
    })
{
    const QDate today = clock.now().toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris"))).date();
    m_from = new QDateEdit(today.addDays(-29), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setCalendarPopup(true);
    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("clientFilter"));
    m_operator = new QLineEdit(this);
    m_operator->setObjectName(QStringLiteral("operatorFilter"));
    m_operator->setPlaceholderText(tr("every operator"));
    auto *show = new QPushButton(tr("&Show"), this);
    show->setObjectName(QStringLiteral("refreshButton"));
    show->setDefault(true);
    auto *exportButton = new QPushButton(tr("Export &CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportCsvButton"));

    auto *pickers = new QHBoxLayout;
    auto *form = new QFormLayout;
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&To"), m_to);
    auto *form2 = new QFormLayout;
    form2->addRow(tr("C&lient"), m_client);
    form2->addRow(tr("&Operator"), m_operator);
    pickers->addLayout(form);
    pickers->addLayout(form2);
    pickers->addWidget(show);
    pickers->addWidget(exportButton);
    pickers->addStretch();

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("kpiTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_trend = new SupervisionTrendChart(this);
    m_trend->setObjectName(QStringLiteral("trendChart"));
    m_heatMap = new SupervisionHeatMap(this);
    m_heatMap->setObjectName(QStringLiteral("heatMap"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_trend, 1);
    charts->addWidget(m_heatMap, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_table, 1);
    layout->addLayout(charts);
    layout->addWidget(m_status);

    connect(show, &QPushButton::clicked, this, &SupervisionDashboard::refresh);
    connect(m_operator, &QLineEdit::returnPressed, this, &SupervisionDashboard::refresh);
    connect(exportButton, &QPushButton::clicked, this, &SupervisionDashboard::exportCsv);
    fillClients();
}

void SupervisionDashboard::fillClients()
{
    m_client->addItem(tr("Every client"), QString());
    const auto clients = ClientRepository(m_db).loadLatest();
    if (!clients) {
        showError(clients.error().toString());
        return;
    }
    for (const ClientEntry &entry : clients.value())
        m_client->addItem(entry.consignes->code + QStringLiteral(" — ") + entry.consignes->name,
                          entry.consignes->code);
}

void SupervisionDashboard::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

KpiFilter SupervisionDashboard::filter() const
{
    KpiFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.clientCode = m_client->currentData().toString();
    f.operatorLogin = m_operator->text().trimmed();
    return f;
}

void SupervisionDashboard::showError(const QString &text)
{
    m_status->setText(text);
}

void SupervisionDashboard::refresh()
{
    const KpiFilter f = filter();
    if (*f.to < *f.from) {
        showError(tr("The period ends before it starts."));
        return;
    }
    KpiCalculator calculator(m_db);
    const Result<KpiReport> report = calculator.compute(f);
    if (!report) {
        showError(report.error().toString());
        return;
    }
    m_report = report.value();
    fillTable();
    m_heatMap->setMatrix(m_report.offeredByWeekdayHour);

    QList<TrendPoint> points;
    const QDate first = std::max(*f.from, f.to->addDays(-(kMaxTrendDays - 1)));
    for (QDate day = first; day <= *f.to; day = day.addDays(1)) {
        KpiFilter one = f;
        one.from = day;
        one.to = day;
        const Result<KpiReport> daily = calculator.compute(one);
        if (!daily) {
            showError(daily.error().toString());
            return;
        }
        points.append({day, daily->total.offered, daily->total.answerRate});
    }
    m_trend->setPoints(points);
    m_status->setText(tr("%n call(s) offered from %1 to %2.", nullptr, int(m_report.total.offered))
                          .arg(QLocale().toString(*f.from, QLocale::ShortFormat),
                               QLocale().toString(*f.to, QLocale::ShortFormat)));
}

void SupervisionDashboard::fillTable()
{
    const QStringList headers{tr("Scope"),       tr("Offered"),        tr("Answered"),
                              tr("Answer rate"), tr("Avg. to answer"), tr("Avg. handling"),
                              tr("Messages"),    tr("Qualification"),  tr("Actions")};
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    QList<std::pair<QString, const KpiFigures *>> rows{{tr("All"), &m_report.total}};
    for (auto it = m_report.byClient.cbegin(); it != m_report.byClient.cend(); ++it)
        rows.append({tr("Client %1").arg(it.key().isEmpty() ? tr("(unknown)") : it.key()), &it.value()});
    for (auto it = m_report.byOperator.cbegin(); it != m_report.byOperator.cend(); ++it)
        rows.append({tr("Operator %1").arg(it.key()), &it.value()});
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const KpiFigures &f = *rows[r].second;
        const QStringList cells{rows[r].first,
                                QString::number(f.offered),
                                QString::number(f.answered),
                                percent(f.answerRate),
                                seconds(f.averageAnswerSeconds),
                                seconds(f.averageHandlingSeconds),
                                QString::number(f.messages),
                                percent(f.qualificationRate),
                                QString::number(f.actions)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
}

bool SupervisionDashboard::exportCsv()
{
    refresh(); // the file holds what the pickers say, even if Show was not
               // pressed since
    const KpiFilter f = filter();
    const QString suggested = QStringLiteral("relais-kpi-%1-%2.csv")
                                  .arg(f.from->toString(Qt::ISODate), f.to->toString(Qt::ISODate));
    const QString path = m_saveFileName(this, suggested);
    if (path.isEmpty())
        return false;
    const Status written = writeFileAtomically(path, kpiCsv(m_report));
    if (!written) {
        showError(written.error().toString());
        return false;
    }
    m_status->setText(tr("Figures exported to %1.").arg(path));
    return true;
}

} // namespace relais

// The audit log table and its filters (see auditlogview.h).
#include "auditlogview.h"

#include "common/clock.h"
#include "security/auditlog.h"
#include "security/session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais {

namespace {

QStringList auditedActions()
{
    return {audit::signInSuccess, audit::signInFailure,  audit::consignesChange, audit::messageAmend,
            audit::messagesView,  audit::messagesExport, audit::messagesPurge,   audit::userAdd,
            audit::userPassword,  audit::userDisable};
}

} // namespace

AuditLogView::AuditLogView(Session &session, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_action(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("auditLogView"));
    setWindowTitle(tr("Audit log"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("All actions"), QString());
    for (const QString &action : auditedActions())
        m_action->addItem(action, action);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setPlaceholderText(tr("any user"));
    m_user->setClearButtonEnabled(true);
    const QDate today = clock.now().toLocalTime().date();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("What")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("auditStatus"));

    auto *filters = new QHBoxLayout;
    auto *form = new QFormLayout;
    form->addRow(tr("&Action:"), m_action);
    form->addRow(tr("&User:"), m_user);
    auto *dates = new QFormLayout;
    dates->addRow(tr("&From:"), m_from);
    dates->addRow(tr("&To:"), m_to);
    auto *show = new QPushButton(tr("&Show"), this);
    show->setObjectName(QStringLiteral("auditShow"));
    show->setDefault(true);
    filters->addLayout(form);
    filters->addLayout(dates);
    filters->addWidget(show, 0, Qt::AlignBottom);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(show, &QPushButton::clicked, this, &AuditLogView::reload);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditLogView::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogView::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 560);
    reload();
}

int AuditLogView::rowCount() const
{
    return m_table->rowCount();
}

bool AuditLogView::reload()
{
    AuditFilter filter;
    filter.action = m_action->currentData().toString();
    filter.actor = m_user->text().trimmed();
    // The dates are the desk's local days: from the start of the first to the end of the last.
    filter.from = m_from->date().startOfDay();
    filter.to = m_to->date().addDays(1).startOfDay();
    const auto rows = m_session.readAudit(filter);
    m_table->setRowCount(0);
    if (!rows) {
        m_status->setText(tr("Cannot show the audit log: %1").arg(rows.error().what));
        return false;
    }
    m_table->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const AuditEntry &entry = rows->at(r);
        const QString what = entry.detail.isEmpty()
                                 ? entry.subject
                                 : QStringLiteral("%1 — %2").arg(entry.subject, entry.detail);
        const QStringList cells{entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                entry.actor, entry.action, what};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_status->setText(rows->size() >= filter.limit
                          ? tr("The newest %1 rows (narrow the filters to see older ones)").arg(rows->size())
                          : tr("%n row(s)", nullptr, int(rows->size())));
    return true;
}

} // namespace relais

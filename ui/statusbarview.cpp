// The status bar's labels (see statusbarview.h).
#include "statusbarview.h"
#include "themecolors.h"

#include <QHBoxLayout>
#include <QLabel>

namespace relais {
namespace {

QLabel *makeLabel(const char *objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

StatusBarView::StatusBarView(QWidget *parent)
    : QWidget(parent)
    , m_cti(makeLabel("statusCti", tr("Phone system"), this))
    , m_database(makeLabel("statusDatabase", tr("Database"), this))
    , m_pending(makeLabel("statusPendingSync", tr("Messages waiting to sync"), this))
{
    setObjectName(QStringLiteral("statusBarView"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_cti);
    layout->addWidget(separator(this));
    layout->addWidget(m_database, 1);
    layout->addWidget(separator(this));
    layout->addWidget(m_pending);
    setPendingSyncCount(0);
}

QString StatusBarView::ctiStateText(bool isSimulator, CtiSource::State state, const QString &detail)
{
    if (isSimulator)
        return tr("Simulator");
    switch (state) {
    case CtiSource::State::Connected:
        return tr("Asterisk connected");
    case CtiSource::State::Connecting:
        return tr("Connecting to Asterisk…");
    case CtiSource::State::Disconnected:
        return detail.isEmpty() ? tr("Asterisk disconnected") : tr("Asterisk disconnected: %1").arg(detail);
    case CtiSource::State::Failed:
        return tr("Asterisk unreachable: %1").arg(detail);
    }
    return {};
}

void StatusBarView::setCtiState(bool isSimulator, CtiSource::State state, const QString &detail)
{
    m_cti->setText(ctiStateText(isSimulator, state, detail));
    const bool trouble = !isSimulator && state != CtiSource::State::Connected;
    // A phone system that is not there is the one thing the operator must not miss.
    m_cti->setStyleSheet(trouble ? QStringLiteral("color: white; background: #b42318; padding: 1px 6px;")
                                 : QString(theme::textCss(theme::ok(m_cti->palette())) +
                                           QStringLiteral(" padding: 1px 6px;")));
}

void StatusBarView::setDatabase(const QString &description)
{
    m_database->setText(description);
    m_database->setToolTip(description);
}

void StatusBarView::setPendingSyncCount(int count)
{
    m_pending->setText(tr("%n waiting to sync", nullptr, count));
}

void StatusBarView::setSyncStatus(const SyncStatus &status)
{
    m_pending->setText(status.text());
    switch (status.kind) {
    case SyncStatus::Kind::Synced:
        m_pending->setToolTip(tr("Every message saved here is in the shared database"));
        m_pending->setStyleSheet(theme::textCss(theme::ok(m_pending->palette())) +
                                 QStringLiteral(" padding: 1px 6px;"));
        break;
    case SyncStatus::Kind::Waiting:
        m_pending->setToolTip(tr("Messages saved here and not yet in the shared database"));
        m_pending->setStyleSheet(QStringLiteral("padding: 1px 6px;"));
        break;
    case SyncStatus::Kind::Offline:
        // Messages are still taken and kept here; the operator should know they are not shared yet.
        m_pending->setToolTip(tr("The shared database does not answer; messages are kept on this desk "
                                 "and sent when it is back.\n%1")
                                  .arg(status.lastError));
        m_pending->setStyleSheet(QStringLiteral("color: #1f2937; background: #fbbf24; padding: 1px 6px;"));
        break;
    }
}

void StatusBarView::setSyncConnecting()
{
    m_pending->setText(tr("Connecting to the shared database…"));
    m_pending->setToolTip(QString());
    m_pending->setStyleSheet(QString());
}

void StatusBarView::setLocalOnly()
{
    m_pending->setText(tr("Messages stay on this desk"));
    m_pending->setToolTip(tr("No shared database is configured (--shared or storage/sharedDatabaseUrl)"));
    m_pending->setStyleSheet(QString());
}

void StatusBarView::setSyncUnavailable(const QString &why)
{
    m_pending->setText(tr("Sync off: %1").arg(why));
    m_pending->setToolTip(why);
    m_pending->setStyleSheet(QStringLiteral("color: white; background: #b42318; padding: 1px 6px;"));
}

} // namespace relais

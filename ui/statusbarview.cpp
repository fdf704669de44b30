// The status bar's labels (see statusbarview.h).
#include "statusbarview.h"

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
                                 : QStringLiteral("color: #15803d; padding: 1px 6px;"));
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

} // namespace relais
